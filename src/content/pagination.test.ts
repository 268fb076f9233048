import { describe, expect, it } from "vitest";
import { paginate, pagerURL } from "./pagination.ts";

// Expected URLs, items and neighbours were checked against Hugo 0.111 with paginate = 2.
// https://gohugo.io/templates/pagination/
describe("pagerURL", () => {
  it.each([
    ["/posts/", 1, "/posts/"],
    ["/posts/", 2, "/posts/page/2/"],
    ["/", 3, "/page/3/"],
    ["/tags/%C3%A4rger/", 2, "/tags/%C3%A4rger/page/2/"],
  ])("%s pager %i is %s, as Hugo's paginatePath \"page\"", (list, n, expected) => {
    expect(pagerURL(list, n)).toBe(expected);
  });
});

describe("paginate", () => {
  const withoutLinks = <T>({ links: _links, ...pager }: { links: unknown } & T) => pager;

  it("splits 5 items by 2 into 3 pagers, as Hugo's .Paginator", () => {
    expect(paginate(["P1", "P2", "P3", "P4", "P5"], 2, "/posts/").map(withoutLinks)).toEqual([
      { number: 1, total: 3, url: "/posts/", items: ["P1", "P2"], prev: undefined, next: "/posts/page/2/", first: "/posts/", last: "/posts/page/3/" },
      { number: 2, total: 3, url: "/posts/page/2/", items: ["P3", "P4"], prev: "/posts/", next: "/posts/page/3/", first: "/posts/", last: "/posts/page/3/" },
      { number: 3, total: 3, url: "/posts/page/3/", items: ["P5"], prev: "/posts/page/2/", next: undefined, first: "/posts/", last: "/posts/page/3/" },
    ]);
  });

  it("gives an empty list one empty pager, as Hugo (whose .TotalPages says 0 where folio says 1)", () => {
    expect(paginate([], 2, "/empty/")).toEqual([
      { number: 1, total: 1, url: "/empty/", items: [], prev: undefined, next: undefined, first: "/empty/", last: "/empty/", links: [{ number: 1, url: "/empty/", current: true }] },
    ]);
  });

  it.each([
    [4, 2, 2],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
  ])("%i items by %i make %i pagers", (count, size, pagers) => {
    expect(paginate(Array.from({ length: count }, (_, i) => i), size, "/").length).toBe(pagers);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses a pager size of %s", (size) => {
    expect(() => paginate([1], size, "/")).toThrow("the pager size must be a whole number of at least 1");
  });

  it.each([
    ["the only pager", 1, 1, [1]],
    ["the first of two", 1, 2, [1, 2]],
    ["the first of many", 1, 1000, [1, 2, 3, 1000]],
    ["the third of many, touching the first", 3, 1000, [1, 2, 3, 4, 5, 1000]],
    ["one in the middle, gaps both sides", 500, 1000, [1, 498, 499, 500, 501, 502, 1000]],
    ["the last of many", 1000, 1000, [1, 998, 999, 1000]],
    ["the middle of five, every pager", 3, 5, [1, 2, 3, 4, 5]],
  ])("links %s: first, last and current ± 2", (_, current, total, numbers) => {
    const pager = paginate(Array.from({ length: total }, (_, i) => i), 1, "/tags/go/")[current - 1]!;
    expect(pager.links.map((l) => l.number)).toEqual(numbers);
    expect(pager.links.filter((l) => l.current)).toEqual([{ number: current, url: pagerURL("/tags/go/", current), current: true }]);
  });

  it("keeps links linear: 10,000 items by 10 make 1,000 pagers of at most 7 links", () => {
    const pagers = paginate(Array.from({ length: 10_000 }, (_, i) => i), 10, "/tags/go/");
    expect(pagers.length).toBe(1000);
    expect(Math.max(...pagers.map((p) => p.links.length))).toBe(7);
    expect(pagers[999]!.items).toEqual([9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999]);
  });
});
