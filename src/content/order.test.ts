import { describe, expect, it } from "vitest";
import { byDefaultOrder } from "./order.ts";

// Hugo's default order: https://gohugo.io/quick-reference/glossary/#default-sort-order
type Sortable = Parameters<typeof byDefaultOrder>[0];

const page = (path: string, fields: Partial<Sortable> = {}): Sortable => ({
  path, weight: 0, date: undefined, linkTitle: path, ...fields,
});
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const order = (...pages: Sortable[]) => [...pages].sort(byDefaultOrder).map((p) => p.path);

describe("byDefaultOrder", () => {
  it.each([
    ["weight ascending", [page("c", { weight: 3 }), page("a", { weight: 1 }), page("b", { weight: 2 })], ["a", "b", "c"]],
    ["a negative weight before a positive one", [page("pos", { weight: 1 }), page("neg", { weight: -1 })], ["neg", "pos"]],
    ["weight 0 means unweighted, after every weighted page", [page("zero"), page("heavy", { weight: 100 }), page("light", { weight: 1 })], ["light", "heavy", "zero"]],
    ["weight before date", [page("new", { date: day("2024-06-01") }), page("old", { weight: 1, date: day("2020-01-01") })], ["old", "new"]],
    [
      "date newest first",
      [page("jan", { date: day("2024-01-01") }), page("mar", { date: day("2024-03-01") }), page("feb", { date: day("2024-02-01") })],
      ["mar", "feb", "jan"],
    ],
    ["undated after dated", [page("undated"), page("dated", { date: day("1970-01-01") })], ["dated", "undated"]],
    ["a date before 1970 before undated", [page("undated"), page("old", { date: day("1900-01-01") })], ["old", "undated"]],
    ["linkTitle when dates are equal", [page("1", { linkTitle: "Beta", date: day("2024-01-01") }), page("2", { linkTitle: "Alpha", date: day("2024-01-01") })], ["2", "1"]],
    ["linkTitle when both are undated", [page("1", { linkTitle: "Beta" }), page("2", { linkTitle: "Alpha" })], ["2", "1"]],
    ["linkTitle before path", [page("a.md", { linkTitle: "Z" }), page("z.md", { linkTitle: "A" })], ["z.md", "a.md"]],
    ["path last", [page("posts/b.md", { linkTitle: "Same" }), page("posts/a.md", { linkTitle: "Same" })], ["posts/a.md", "posts/b.md"]],
  ])("sorts by %s", (_, pages, expected) => {
    expect(order(...pages)).toEqual(expected);
  });

  it("sorts a mixed list by every key in turn", () => {
    const pages = [
      page("posts/undated-b.md", { linkTitle: "B" }),
      page("posts/undated-a.md", { linkTitle: "A" }),
      page("posts/old.md", { date: day("2023-01-01") }),
      page("posts/new.md", { date: day("2024-01-01") }),
      page("about.md", { weight: 2 }),
      page("contact.md", { weight: 1, date: day("2000-01-01") }),
    ];
    expect(order(...pages)).toEqual(["contact.md", "about.md", "posts/new.md", "posts/old.md", "posts/undated-a.md", "posts/undated-b.md"]);
  });

  it("is 0 only for the same page", () => {
    const a = page("a.md", { weight: 1, date: day("2024-01-01") });
    expect(byDefaultOrder(a, { ...a })).toBe(0);
    expect(Math.sign(byDefaultOrder(a, { ...a, path: "b.md" }))).toBe(-1);
  });
});
