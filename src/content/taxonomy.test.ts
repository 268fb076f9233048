import { describe, expect, it } from "vitest";
import type { Page } from "../types.ts";
import { blankPage } from "./page.ts";
import { createTermLinker, defaultTaxonomies, groupTaxonomies, pageTerms, readTaxonomyConfig, termLinks } from "./taxonomy.ts";

// Expected names, slugs, URLs and orders were checked against Hugo 0.111 building the same pages.
// https://gohugo.io/content-management/taxonomies/
function pageFixture({ path, ...overrides }: Partial<Page> & { path: string }): Page {
  const page = blankPage({ kind: "page", dir: "", url: `/${path}/`, outputPath: "" }, path);
  return { ...page, path, file: `content/${path}`, ...overrides };
}

const tags = [{ singular: "tag", plural: "tags" }];
const tagsOf = (pages: Page[]) => groupTaxonomies(pages, tags)[0]!;
const summary = (pages: Page[]) => tagsOf(pages).terms.map((t) => ({ name: t.name, url: t.url, pages: t.pages.map((p) => p.path) }));

describe("readTaxonomyConfig", () => {
  it.each([
    ["no [taxonomies] table gives Hugo's tags and categories", undefined, defaultTaxonomies, []],
    ["an empty [taxonomies] table gives none, as Hugo", {}, [], []],
    ["singular = plural", { series: "series", tag: "tags" }, [{ singular: "series", plural: "series" }, { singular: "tag", plural: "tags" }], []],
    ["both names lower-cased, as Hugo publishes `Series = \"Series\"` at /series/", { Series: "Series" }, [{ singular: "series", plural: "series" }], []],
    ["a non-string plural is an error naming the key", { tag: 3 }, [], ['taxonomies.tag: both names need letters or digits, such as tag = "tags"']],
    ["an empty plural is an error", { tag: " " }, [], ['taxonomies.tag: both names need letters or digits, such as tag = "tags"']],
    ["a plural named twice is an error", { tag: "tags", label: "Tags" }, [{ singular: "tag", plural: "tags" }], ['taxonomies.label: "tags" is named twice; give each taxonomy its own names']],
    ["a table that is not one is an error", "tags", [], ['taxonomies: must be a table of singular = "plural", such as tag = "tags"']],
  ])("%s", (_, table, configs, errors) => {
    expect(readTaxonomyConfig(table)).toEqual({ configs, errors });
  });

  it("returns a copy of the defaults", () => {
    readTaxonomyConfig(undefined).configs[0]!.plural = "changed";
    expect(defaultTaxonomies[0]!.plural).toBe("tags");
  });
});

describe("groupTaxonomies", () => {
  it("makes one term of spellings differing in case and spacing; named from the page whose path sorts first, as Hugo", () => {
    // Pages in default order (c is newest); Hugo named the term page "Docker", from posts/a.md.
    const c = pageFixture({ path: "posts/c.md", tags: ["DOCKER"] });
    const a = pageFixture({ path: "posts/a.md", tags: ["Docker"] });
    const b = pageFixture({ path: "posts/b.md", tags: ["docker", " docker "] });
    expect(summary([c, a, b])).toEqual([{ name: "Docker", url: "/tags/docker/", pages: ["posts/c.md", "posts/a.md", "posts/b.md"] }]);
  });

  it.each([
    ["the last of one page's spellings wins, as Hugo's `Go`, `go` → go", [["posts/a.md", ["Go", "go"]]], "go"],
    ["paths compare lower-cased, as Hugo: posts/_b.md before posts/A.md", [["posts/A.md", ["Cc"]], ["posts/_b.md", ["cC"]]], "cC"],
    ["paths compare whole, as Hugo: posts/trip-x.md before posts/trip/index.md", [["posts/trip/index.md", ["bUN"]], ["posts/trip-x.md", ["BUN"]]], "BUN"],
    ["spaces are trimmed from the name (Hugo keeps them; HTML shows them alike)", [["a.md", ["  dOcker  "]]], "dOcker"],
  ])("%s", (_, written, name) => {
    const pages = (written as [string, string[]][]).map(([path, t]) => pageFixture({ path, tags: t }));
    expect(tagsOf(pages).terms.map((t) => t.name)).toEqual([name]);
  });

  it("counts a page listing a term twice once, as Hugo", () => {
    const a = pageFixture({ path: "a.md", tags: ["Go", "go", "GO "] });
    expect(tagsOf([a]).terms[0]!.pages).toEqual([a]);
  });

  it("sorts terms by slug with collation, as Hugo's .Data.Terms.Alphabetical: apple, ärger, docker, zebra", () => {
    const a = pageFixture({ path: "a.md", tags: ["Zebra", "docker", "Ärger", "apple"] });
    expect(summary([a]).map((t) => [t.name, t.url])).toEqual([
      ["apple", "/tags/apple/"],
      ["Ärger", "/tags/%C3%A4rger/"],
      ["docker", "/tags/docker/"],
      ["Zebra", "/tags/zebra/"],
    ]);
  });

  it("skips terms with nothing to make a URL from, as Hugo publishes no page for `!!!`", () => {
    expect(summary([pageFixture({ path: "a.md", tags: ["!!!", "", "ok"] })]).map((t) => t.name)).toEqual(["ok"]);
  });

  it("keeps pages in the order given (Hugo's default order) and gives the taxonomy its URL", () => {
    const pages = ["z.md", "m.md", "a.md"].map((path) => pageFixture({ path, categories: ["Dev Ops"] }));
    const [group] = groupTaxonomies(pages, [{ singular: "category", plural: "categories" }]);
    expect(group!.url).toBe("/categories/");
    expect(group!.terms.map((t) => [t.name, t.url, t.pages.map((p) => p.path)])).toEqual([["Dev Ops", "/categories/dev-ops/", ["z.md", "m.md", "a.md"]]]);
  });

  it("gives one group per taxonomy, in settings order, even with no terms", () => {
    const groups = groupTaxonomies([pageFixture({ path: "a.md", tags: ["x"] })], [...defaultTaxonomies].reverse());
    expect(groups.map((g) => [g.config.plural, g.terms.length])).toEqual([["categories", 0], ["tags", 1]]);
  });
});

describe("pageTerms", () => {
  it.each([
    ["tags", { tags: ["a"] }, ["a"]],
    ["categories", { categories: ["b"] }, ["b"]],
    ["series", { params: { series: ["s1", 2, "s2"] } }, ["s1", "s2"]],
    ["series", { params: { series: "one" } }, ["one"]], // Hugo reads a lone string as a list of one
    ["series", {}, []],
  ])("%s of %j", (plural, fields, expected) => {
    expect(pageTerms(pageFixture({ path: "a.md", ...fields }), plural)).toEqual(expected);
  });
});

describe("termLinks and createTermLinker", () => {
  const a = pageFixture({ path: "a.md", tags: ["Go", "Docker"], categories: ["Dev"] });
  const b = pageFixture({ path: "b.md", tags: ["docker", "go", "Go"] });
  const hidden = pageFixture({ path: "hidden.md", tags: ["Secret", "go"] });
  const groups = groupTaxonomies([a, b], defaultTaxonomies);

  it("links each term with its page count", () => {
    expect(termLinks(groups[0]!)).toEqual(
      new Map([
        ["docker", { name: "Docker", url: "/tags/docker/", count: 2 }],
        ["go", { name: "Go", url: "/tags/go/", count: 2 }],
      ]),
    );
  });

  it.each([
    ["in front matter order, named as the term page, as Hugo's .GetTerms", a, { tags: [["Go", 2], ["Docker", 2]], categories: [["Dev", 1]] }],
    ["without repeats", b, { tags: [["Docker", 2], ["Go", 2]], categories: [] }],
    ["leaving out terms only unlisted pages carry", hidden, { tags: [["Go", 2]], categories: [] }],
  ])("gives a page its terms %s", (_, page, expected) => {
    const linked = createTermLinker(groups)(page);
    expect(Object.fromEntries(Object.entries(linked).map(([plural, links]) => [plural, links.map((l) => [l.name, l.count])]))).toEqual(expected);
  });
});
