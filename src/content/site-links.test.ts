import { describe, expect, it } from "vitest";
import type { Page, Problem } from "../types.ts";
import { emptyPageMeta } from "./fields.ts";
import { blankPage, type PageDescription } from "./page.ts";
import { locateListPage } from "./paths.ts";
import { createRefResolver } from "./refs.ts";
import { siteMenus, siteRelated, siteTaxonomies } from "./site-links.ts";
import { linkOf } from "./structure.ts";
import { defaultTaxonomies } from "./taxonomy.ts";

// Taxonomies, related content and menus across the site:
// https://gohugo.io/content-management/taxonomies/ https://gohugo.io/content-management/menus/
const list = (dir: string, title: string, file?: string): Page => ({ ...blankPage(locateListPage(dir), title), file });
const page = (path: string, fields: Partial<Page> = {}): Page => {
  const url = `/${path.replace(/\.md$/, "")}/`;
  return { ...blankPage({ kind: "page", dir: "", url, outputPath: `${url.slice(1)}index.html` }, path), path, file: `content/${path}`, ...fields };
};
const shortLinks = (p: Page) => Object.fromEntries(Object.entries(p.taxonomies).map(([plural, links]) => [plural, links.map((l) => `${l.name} ${l.url} ${l.count}`)]));

describe("siteTaxonomies", () => {
  function site(owned: Record<string, Page> = {}) {
    const home = list("", "Home", "content/_index.md");
    const a = page("posts/a.md", { tags: ["Go", "Docker"], date: new Date("2024-01-02") });
    const b = page("posts/b.md", { tags: ["docker"], date: new Date("2024-01-01") });
    const c = page("posts/c.md", { tags: ["Über"], categories: ["Notes"] });
    const [tags, categories] = siteTaxonomies([a, b, c], defaultTaxonomies, new Map(Object.entries({ "": home, ...owned })));
    return { home, a, b, c, tags: tags!, categories: categories! };
  }
  const shown = (p: Page) => [p.kind, p.url, p.outputPath, p.title];

  it("makes a taxonomy page per taxonomy, titled from its plural, below home", () => {
    const { home, tags, categories } = site();
    expect(shown(tags.page)).toEqual(["taxonomy", "/tags/", "tags/index.html", "Tags"]);
    expect(shown(categories.page)).toEqual(["taxonomy", "/categories/", "categories/index.html", "Categories"]);
    expect(tags.page.ancestors).toEqual([linkOf(home)]);
  });

  it("lists every term on the taxonomy page, sorted by slug, with counts", () => {
    expect(site().tags.page.terms).toEqual([
      { name: "Docker", url: "/tags/docker/", count: 2 },
      { name: "Go", url: "/tags/go/", count: 1 },
      { name: "Über", url: "/tags/%C3%BCber/", count: 1 },
    ]);
  });

  it("makes a term page per term, with its pages, below home and the taxonomy", () => {
    const { home, a, b, tags } = site();
    expect(tags.termPages.map(shown)).toEqual([
      ["term", "/tags/docker/", "tags/docker/index.html", "Docker"],
      ["term", "/tags/go/", "tags/go/index.html", "Go"],
      ["term", "/tags/%C3%BCber/", "tags/über/index.html", "Über"],
    ]);
    expect(tags.termPages[0]!.pages).toEqual([a, b]);
    expect(tags.termPages[0]!.ancestors).toEqual([linkOf(home), { title: "Tags", linkTitle: "Tags", url: "/tags/" }]);
  });

  it("gives the taxonomy and a term the title and text of their _index.md, at their own URLs", () => {
    const tagsIndex = { ...list("tags", "All the tags", "content/tags/_index.md"), content: "<p>Every tag.</p>" };
    const goIndex = list("tags/go", "Golang", "content/tags/go/_index.md");
    const { tags } = site({ tags: tagsIndex, "tags/go": goIndex });
    expect(tags.page).toBe(tagsIndex);
    expect([...shown(tags.page), tags.page.content, tags.page.file]).toEqual(["taxonomy", "/tags/", "tags/index.html", "All the tags", "<p>Every tag.</p>", "content/tags/_index.md"]);
    expect(tags.termPages[1]).toBe(goIndex);
    expect(shown(goIndex)).toEqual(["term", "/tags/go/", "tags/go/index.html", "Golang"]);
    expect(goIndex.ancestors.map((l) => l.title)).toEqual(["Home", "All the tags"]);
  });

  it("gives each page its term links, in front matter order, for every taxonomy", () => {
    const { a, c } = site();
    expect(shortLinks(a)).toEqual({ tags: ["Go /tags/go/ 1", "Docker /tags/docker/ 2"], categories: [] });
    expect(shortLinks(c)).toEqual({ tags: ["Über /tags/%C3%BCber/ 1"], categories: ["Notes /categories/notes/ 1"] });
  });

  // Regression tests, for what was wrong: a term's _index.md is looked up only at `tags/<slug>`, so these are dropped without a word (the site
  // takes them out of the section tree first). Hugo 0.111 rendered both (checked): content/tags/Go/_index.md as
  // the term page /tags/go/ titled from it, content/tags/unused/_index.md as /tags/unused/ with no pages.
  it("gives a term the _index.md of its folder written in another case", () => {
    const goIndex = list("tags/Go", "Golang", "content/tags/Go/_index.md");
    expect(site({ "tags/Go": goIndex }).tags.termPages[1]).toBe(goIndex);
  });
  it("makes a term page of an _index.md whose term no page carries", () => {
    const unused = list("tags/unused", "Unused", "content/tags/unused/_index.md");
    expect(site({ "tags/unused": unused }).tags.termPages).toContain(unused);
  });

  it("leaves the ancestors empty without a home page", () => {
    const [tags] = siteTaxonomies([page("a.md", { tags: ["go"] })], defaultTaxonomies, new Map());
    expect(tags!.page.ancestors).toEqual([]);
    expect(tags!.termPages[0]!.ancestors).toEqual([{ title: "Tags", linkTitle: "Tags", url: "/tags/" }]);
  });
});

describe("siteRelated", () => {
  it("links each page to those sharing its terms, and none to a page sharing nothing", () => {
    const a = page("a.md", { tags: ["go"] });
    const b = page("b.md", { tags: ["Go"], categories: ["x"] });
    const c = page("c.md", { tags: ["rust"] });
    siteRelated([a, b, c]);
    expect([a.related, b.related, c.related]).toEqual([[linkOf(b)], [linkOf(a)], []]);
  });
});

describe("siteMenus", () => {
  const home = list("", "Home");
  const posts = list("posts", "Posts");
  const blog = list("blög", "Blög");
  const about = page("about.md", { title: "About", linkTitle: "About" });
  const pages = [home, posts, blog, about];
  const resolveRef = createRefResolver([{ path: "about.md", url: "/about/" }]);
  const withMenus = (p: Page, menus: unknown): PageDescription => ({
    file: { path: p.path, displayPath: p.file!, text: "" },
    frontMatter: { format: "toml", data: {}, body: "", bodyLine: 1, positionOf: () => ({ line: 1, column: 1 }) },
    meta: { ...emptyPageMeta(), menus },
    location: { kind: p.kind, dir: "", url: p.url, outputPath: p.outputPath },
    state: p.state,
  });
  const menus = (settings: unknown, aboutMenus?: unknown) => {
    const problems: Problem[] = [];
    const descriptions = new Map(aboutMenus === undefined ? [] : [[about, withMenus(about, aboutMenus)]]);
    const result = siteMenus(settings, "folio.toml", pages, descriptions, resolveRef, problems);
    const shown = Object.fromEntries(Object.entries(result).map(([name, entries]) => [name, entries.map((e) => `${e.name} ${e.url} ${e.pagePath}`)]));
    return { shown, problems };
  };

  it("resolves pageRef to a page file, and to sections and home that have no _index.md by their URL", () => {
    const settings = { main: [{ name: "About", pageRef: "about" }, { name: "Blog", pageRef: "/blög/" }, { name: "Home", pageRef: "/" }, { name: "Posts", pageRef: "/posts" }] };
    expect(menus(settings)).toEqual({
      shown: { main: ["About /about/ about.md", "Blog /bl%C3%B6g/ blög/_index.md", "Home / _index.md", "Posts /posts/ posts/_index.md"] },
      problems: [],
    });
  });

  it("adds the pages that join a menu in their front matter", () => {
    expect(menus(undefined, { main: { weight: 2 } }).shown).toEqual({ main: ["About /about/ about.md"] });
  });

  it("reports a mistake in a page's menu against that page's file", () => {
    expect(menus(undefined, { main: { weight: "x" } }).problems).toEqual([
      { severity: "error", file: "content/about.md", line: 1, column: 1, message: "must be a whole number, such as 10", hint: "see https://gohugo.io/content-management/menus/", field: "menu.main.weight" },
    ]);
  });

  it("reports a mistake in the settings' menus against the settings file", () => {
    expect(menus({ main: [{ name: "Gone", pageRef: "/missing" }] }).problems).toEqual([
      {
        severity: "error", file: "folio.toml", line: 1, column: 1,
        message: 'no page "/missing"; name a content path such as "/posts", or use url',
        hint: "see https://gohugo.io/content-management/menus/", field: "menus.main[0].pageRef",
      },
    ]);
  });
});
