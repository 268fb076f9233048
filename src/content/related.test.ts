import { describe, expect, it } from "vitest";
import type { Page } from "../types.ts";
import { blankPage } from "./page.ts";
import { RelatedMemo, relatedPages } from "./related.ts";

// Folio's ranking, not Hugo's default: with these five pages Hugo 0.111 relates only a → b and e → a, b,
// as its default index is `tags` alone, case-sensitive, and leaves out pages newer than the page shown.
// https://gohugo.io/content-management/related-content/
function pageFixture({ path, ...overrides }: Partial<Page> & { path: string }): Page {
  const page = blankPage({ kind: "page", dir: "", url: `/${path}/`, outputPath: "" }, path);
  return { ...page, path, file: `content/${path}`, ...overrides };
}
const day = (n: number) => new Date(Date.UTC(2024, 0, n));
const paths = (related: Map<Page, Page[]>) => Object.fromEntries([...related].map(([page, others]) => [page.path, others.map((p) => p.path)]));

describe("relatedPages", () => {
  const a = pageFixture({ path: "a", date: day(5), tags: ["go", "web"], categories: ["dev"] });
  const b = pageFixture({ path: "b", date: day(4), tags: ["go", "web"] });
  const c = pageFixture({ path: "c", date: day(6), tags: ["Go"], categories: ["dev"] });
  const d = pageFixture({ path: "d", date: day(3), tags: ["rust"] });
  const e = pageFixture({ path: "e", date: day(7), tags: ["web"] });

  it("ranks by shared tags and categories alike, then newest first; leaves out pages sharing nothing", () => {
    expect(paths(relatedPages([e, c, a, b, d]))).toEqual({
      e: ["a", "b"],
      c: ["a", "b"],
      a: ["c", "b", "e"], // c and b share two terms each; c is newer
      b: ["a", "e", "c"],
      d: [],
    });
  });

  it.each([
    ["case and spacing, as urlize", { tags: ["Docker "] }, { tags: [" docker"] }, true],
    ["a tag and a category of one name, which are two terms", { tags: ["dev"] }, { categories: ["dev"] }, false],
    ["a term with no letters or digits, which is no term", { tags: ["!!!"] }, { tags: ["!!!"] }, false],
  ])("compares terms ignoring %s", (_, first, second, isRelated) => {
    const one = pageFixture({ path: "one", ...first });
    const two = pageFixture({ path: "two", ...second });
    expect(relatedPages([one, two]).get(one)).toEqual(isRelated ? [two] : []);
  });

  it("breaks a tie of shared terms and date by Hugo's default order (weight), and puts undated pages last", () => {
    const self = pageFixture({ path: "self", tags: ["x"] });
    const heavy = pageFixture({ path: "heavy", date: day(1), weight: 2, tags: ["x"] });
    const light = pageFixture({ path: "light", date: day(1), weight: 1, tags: ["x"] });
    const undated = pageFixture({ path: "undated", tags: ["x"] });
    expect(relatedPages([undated, heavy, self, light]).get(self)!.map((p) => p.path)).toEqual(["light", "heavy", "undated"]);
  });

  it("never relates a page to itself, even when it lists a term twice, and counts the repeat once", () => {
    const self = pageFixture({ path: "self", date: day(1), tags: ["x", "X", "y"] });
    const once = pageFixture({ path: "once", date: day(2), tags: ["x"] });
    const both = pageFixture({ path: "both", date: day(1), tags: ["x", "y"] });
    expect(relatedPages([self, once, both]).get(self)!.map((p) => p.path)).toEqual(["both", "once"]);
  });

  it.each([
    [2, ["p9", "p8"]],
    [0, []],
  ])("keeps the best %i", (limit, expected) => {
    const all = Array.from({ length: 10 }, (_, i) => pageFixture({ path: `p${i}`, date: day(i + 1), tags: ["x"] }));
    expect(relatedPages(all, { limit }).get(all[0]!)!.map((p) => p.path)).toEqual(expected);
  });

  it("reads other taxonomies, from params by default", () => {
    const one = pageFixture({ path: "one", params: { series: ["Intro"] } });
    const two = pageFixture({ path: "two", params: { series: "intro" } });
    expect(relatedPages([one, two], { taxonomies: ["series"] }).get(one)).toEqual([two]);
    expect(relatedPages([one, two]).get(one)).toEqual([]);
  });

  describe("a common term, on more than commonTerm pages", () => {
    // p0…p5 dated day 1…6, all tagged "x": x is common with commonTerm 3.
    const all = Array.from({ length: 6 }, (_, i) => pageFixture({ path: `p${i}`, date: day(i + 1), tags: ["x"] }));
    const options = { commonTerm: 3, nearestOfCommon: 2 };

    it.each([
      ["p2", ["p3", "p1"]], // one day either side
      ["p5", ["p4", "p3"]], // the newest: the two before it
      ["p0", ["p2", "p1"]], // the oldest: the two after it, ranked newest first
    ])("adds only its nearest pages by date: %s → %j", (path, expected) => {
      const related = relatedPages(all, options);
      expect(related.get(all.find((p) => p.path === path)!)!.map((p) => p.path)).toEqual(expected);
    });

    it("still finds a far page through a rare term", () => {
      const far = all.map((p) => (p.path === "p0" || p.path === "p5" ? { ...p, tags: ["x", "rare"] } : p));
      expect(relatedPages(far, options).get(far[0]!)!.map((p) => p.path)).toEqual(["p5", "p2", "p1"]);
    });

    it("takes the newer of two pages equally near", () => {
      const spaced = [day(1), day(3), day(5), day(7)].map((date, i) => pageFixture({ path: `q${i}`, date, tags: ["x"] }));
      expect(relatedPages(spaced, { commonTerm: 2, nearestOfCommon: 1 }).get(spaced[1]!)!.map((p) => p.path)).toEqual(["q2"]);
    });
  });

  // The tag is common (over 100 pages): each page's candidates are its 50 nearest in date, ranked newest first.
  it("relates 100,000 pages sharing one tag through the cap, each to the newest of its nearest in date", () => {
    const all = Array.from({ length: 100_000 }, (_, i) => pageFixture({ path: `p${i}`, date: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000), tags: ["news"] }));
    const related = relatedPages(all);
    expect(related.get(all[50_000]!)!.map((p) => p.path)).toEqual(["p50025", "p50024", "p50023", "p50022", "p50021"]);
  });
});

describe("RelatedMemo", () => {
  const site = () => [
    pageFixture({ path: "a", date: day(5), tags: ["go", "web"], categories: ["dev"] }),
    pageFixture({ path: "b", date: day(4), tags: ["go", "web"] }),
    pageFixture({ path: "c", date: day(6), tags: ["Go"], categories: ["dev"] }),
    pageFixture({ path: "d", date: day(3), tags: ["rust"] }),
  ];

  it("answers as relatedPages does, with the new build's pages, after edits that change the ranking or not", () => {
    const memo = new RelatedMemo();
    const first = site();
    expect(paths(memo.related(first))).toEqual(paths(relatedPages(first)));
    // A new title ranks nothing again, but the answer must hold the new build's page objects.
    const retitled = site().map((p) => (p.path === "b" ? { ...p, title: "New" } : p));
    const kept = memo.related(retitled);
    expect(paths(kept)).toEqual(paths(relatedPages(retitled)));
    expect([...kept.values()].flat().every((p) => retitled.includes(p))).toBe(true);
    // New terms, a new date, a page gone: each changes the ranking.
    const retagged = site().map((p) => (p.path === "d" ? { ...p, tags: ["go"] } : p));
    expect(paths(memo.related(retagged))).toEqual(paths(relatedPages(retagged)));
    const redated = site().map((p) => (p.path === "c" ? { ...p, date: day(1) } : p));
    expect(paths(memo.related(redated))).toEqual(paths(relatedPages(redated)));
    const fewer = site().slice(1);
    expect(paths(memo.related(fewer))).toEqual(paths(relatedPages(fewer)));
  });

  it("ranks nothing again for a new link title it is told keeps its place", () => {
    const memo = new RelatedMemo();
    memo.related(site());
    const retitled = site().map((p) => (p.path === "b" ? { ...p, linkTitle: "New" } : p));
    memo.retitled("b", "New");
    expect(paths(memo.related(retitled))).toEqual(paths(relatedPages(retitled)));
    expect(memo.rankings).toBe(1);
    // Not told, it ranks again.
    memo.related(site().map((p) => (p.path === "c" ? { ...p, linkTitle: "Newer" } : p)));
    expect(memo.rankings).toBe(2);
  });
});
