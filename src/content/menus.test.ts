import { describe, expect, it } from "vitest";
import type { MenuEntry } from "../types.ts";
import { buildMenus, type MenuSource } from "./menus.ts";

// Names, weights, URLs, nesting and order were checked against Hugo 0.111 building the same settings and pages.
// https://gohugo.io/content-management/menus/
const source = (pagePath: string, menus: unknown, fields: Partial<MenuSource> = {}): MenuSource => {
  const name = pagePath.replace(/^.*\/|\.md$/g, "");
  return { pagePath, url: `/posts/${name}/`, title: name, linkTitle: name, menus, weight: 0, ...fields };
};
const pagesByRef: Record<string, { url: string; pagePath: string }> = { "/posts": { url: "/posts/", pagePath: "posts/_index.md" } };
const resolve = (ref: string) => pagesByRef[ref];
const build = (site: unknown, pages: MenuSource[] = []) => buildMenus(site, pages, resolve);
// An entry as `name weight url`, children nested, to compare whole menus at a glance.
type Shown = string | [string, Shown[]];
const show = (entries: MenuEntry[]): Shown[] =>
  entries.map((e) => {
    const line = `${e.name} ${e.weight} ${e.url}`;
    return e.children.length === 0 ? line : [line, show(e.children)];
  });
const shown = (menus: Record<string, MenuEntry[]>) => Object.fromEntries(Object.entries(menus).map(([name, entries]) => [name, show(entries)]));

describe("buildMenus from front matter", () => {
  it.each([
    ['menu = "main": named by linkTitle, weighted by the page', source("posts/one.md", "main", { title: "Page One Title", linkTitle: "One", weight: 3 }), { main: ["One 3 /posts/one/"] }],
    ['menu = ["main", "footer"]: in both, with the page weight', source("posts/two.md", ["main", "footer"], { weight: 4 }), { main: ["two 4 /posts/two/"], footer: ["two 4 /posts/two/"] }],
    ["[menu.main] with name and weight", source("posts/three.md", { main: { weight: 2, name: "Third" } }), { main: ["Third 2 /posts/three/"] }],
    ["[menu.main] weight = 0 over the page weight 7, and [menu.footer] empty keeping it", source("posts/five.md", { footer: {}, main: { weight: 0 } }, { weight: 7 }), { footer: ["five 7 /posts/five/"], main: ["five 0 /posts/five/"] }],
    ["[menu.Main] with keys in any case", source("posts/up.md", { Main: { Weight: 1, NAME: "Up" } }), { main: ["Up 1 /posts/up/"] }],
    // Hugo 0.111 makes a separate menu "MAIN" of this; folio reads menu names case-insensitively throughout.
    ['menu = "MAIN", unlike Hugo, into main', source("posts/t.md", "MAIN"), { main: ["t 0 /posts/t/"] }],
    ["no menu", source("posts/none.md", undefined), {}],
  ])("reads %s, as Hugo", (_, page, expected) => {
    const { menus, errors } = build(undefined, [page]);
    expect(errors).toEqual([]);
    expect(shown(menus)).toEqual(expected);
  });

  it("marks a page's entry with its path and identifies it by name", () => {
    const { menus } = build(undefined, [source("posts/one.md", "main", { linkTitle: "One" })]);
    expect(menus.main).toEqual([{ name: "One", url: "/posts/one/", weight: 0, pagePath: "posts/one.md", identifier: "One", children: [] }]);
  });
});

describe("buildMenus from site settings", () => {
  it("reads [[menus.main]] url and pageRef entries and nests pages under them by identifier or name, as Hugo", () => {
    const site = {
      main: [
        { name: "GitHub", url: "https://github.com/x", weight: 10 },
        { name: "Posts", pageRef: "/posts", weight: 5 },
        { name: "Child of GitHub", url: "/kid/", parent: "GitHub" },
      ],
    };
    const pages = [
      source("posts/three.md", { main: { weight: 2, name: "Third", identifier: "three-id", parent: "GitHub" } }),
      source("posts/four.md", { main: { parent: "three-id" } }),
    ];
    const { menus, errors } = build(site, pages);
    expect(errors).toEqual([]);
    expect(shown(menus)).toEqual({
      main: ["Posts 5 /posts/", ["GitHub 10 https://github.com/x", [["Third 2 /posts/three/", ["four 0 /posts/four/"]], "Child of GitHub 0 /kid/"]]],
    });
    expect(menus.main![0]!.pagePath).toBe("posts/_index.md");
  });

  it("sorts by weight, unweighted (0) last, then name case-insensitively, then identifier, as Hugo", () => {
    const names = ["beta", "Alpha", "alpha2", "Zed", "Ärger"].map((name) => ({ name, url: `/${name}/` }));
    const site = { main: [...names, { name: "Same", url: "/s2/", identifier: "s2" }, { name: "Same", url: "/s1/", identifier: "s1" }, { name: "neg", url: "/neg/", weight: -1 }] };
    const { menus } = build(site, [source("posts/up.md", { main: { weight: 1, name: "Up" } })]);
    expect(menus.main!.map((e) => `${e.name} ${e.url}`)).toEqual(["neg /neg/", "Up /posts/up/", "Alpha /Alpha/", "alpha2 /alpha2/", "beta /beta/", "Same /s1/", "Same /s2/", "Zed /Zed/", "Ärger /%C3%84rger/"]);
  });

  it.each([
    ["menu names and keys in any case", { Footer: [{ Name: "Zed", URL: "/zed/", Weight: 2 }] }, { footer: ["Zed 2 /zed/"] }],
    // Hugo 0.111 leaves the name empty.
    ["a pageRef entry without a name, named by the page's linkTitle", { main: [{ pageRef: "/posts" }] }, { main: ["Posts LT 0 /posts/"] }],
    ["an entry without url, a heading for its children", { main: [{ name: "Docs" }] }, { main: ["Docs 0 "] }],
    ["a url with spaces and accents, percent-encoded once", { main: [{ name: "x", url: "/a b/ä%20x/" }] }, { main: ["x 0 /a%20b/%C3%A4%20x/"] }],
    ["Hugo's pre, post, title and params, accepted", { main: [{ name: "x", url: "/x/", pre: "<i>", post: "", title: "t", params: {} }] }, { main: ["x 0 /x/"] }],
  ])("reads %s", (_, site, expected) => {
    const { menus, errors } = build(site, [source("posts/_index.md", undefined, { linkTitle: "Posts LT" })]);
    expect(errors).toEqual([]);
    expect(shown(menus)).toEqual(expected);
  });
});

describe("buildMenus errors", () => {
  it.each([
    ["menus not a table", "main", {}, { field: "menus", message: "must be a table of menus, such as [[menus.main]]" }],
    ["a menu not a list", { main: { name: "x" } }, {}, { field: "menus.main", message: "must be a list of entries, each starting with [[menus.main]]" }],
    ["an entry not a table", { main: ["x"] }, {}, { field: "menus.main[0]", message: "must be a table of fields, such as name and weight" }],
    ["a weight not whole", { main: [{ name: "x", weight: "10" }] }, {}, { field: "menus.main[0].weight", message: "must be a whole number, such as 10" }],
    ["a name not text", { main: [{ name: 3 }] }, {}, { field: "menus.main[0].name", message: "must be text that is not empty" }],
    ["a missing name", { main: [{ url: "/x/" }] }, {}, { field: "menus.main[0]", message: 'needs a name, such as name = "Blog"' }],
    ["an unknown field", { main: [{ name: "x", wieght: 1 }] }, {}, { field: "menus.main[0].wieght", message: "is not a menu entry field; use name, url, pageRef, weight, identifier, parent" }],
    // Hugo keeps the entry with an empty URL.
    ["an unknown pageRef", { main: [{ name: "x", pageRef: "/nope" }] }, {}, { field: "menus.main[0].pageRef", message: 'no page "/nope"; name a content path such as "/posts", or use url' }],
    // Hugo silently keeps the last.
    ["a duplicate identifier", { main: [{ name: "Dup", url: "/1/" }, { name: "Dup", url: "/2/" }] }, { main: ["Dup 0 /1/"] }, { field: "menus.main[1]", message: 'duplicate identifier "Dup" in menu "main"; set identifier to tell the entries apart' }],
    // Hugo makes a link-less parent entry named "nobody".
    ["an unknown parent", { main: [{ name: "Orphan", url: "/o/", parent: "nobody" }] }, { main: [] }, { field: "menus.main[0].parent", message: '"nobody" is not the identifier of an entry in menu "main"' }],
    ["url and pageRef both", { main: [{ name: "x", url: "/x/", pageRef: "/posts" }] }, { main: ["x 0 /posts/"] }, { field: "menus.main[0].url", message: "set either url or pageRef, not both; pageRef is used" }],
  ])("reports %s in the settings", (_, site, menus, error) => {
    const result = build(site);
    expect(result.errors).toEqual([error]);
    expect(shown(result.menus)).toEqual(menus);
  });

  it.each([
    ["a menu name not text (Hugo makes a menu \"5\")", 5, { field: "menu" }],
    ["a list item not text", ["main", 2], { field: "menu[1]" }],
    ["a url on a page's entry", { main: { url: "/x/" } }, { field: "menu.main.url", message: "is not a menu entry field; use name, weight, identifier, parent" }],
    ["a weight not whole", { main: { weight: 1.5 } }, { field: "menu.main.weight", message: "must be a whole number, such as 10" }],
    ["an entry not a table", { main: true }, { field: "menu.main", message: "must be a table of fields, such as name and weight" }],
  ])("reports %s in front matter, with the page", (_, menus, error) => {
    const result = build(undefined, [source("posts/p.md", menus)]);
    const message = 'must name a menu, as menu = "main", menu = ["main", "footer"] or [menu.main]';
    expect(result.errors).toEqual([{ pagePath: "posts/p.md", message, ...error }]);
  });

  it("reports entries whose parents form a cycle, and leaves them out", () => {
    const site = { main: [{ name: "a", parent: "b" }, { name: "b", parent: "a" }, { name: "c", parent: "a" }, { name: "top" }] };
    const { menus, errors } = build(site);
    expect(shown(menus)).toEqual({ main: ["top 0 "] });
    expect(errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'menus.main[0].parent: "b" never reaches the top of menu "main": its parents form a cycle, one of which needs no parent',
      'menus.main[1].parent: "a" never reaches the top of menu "main": its parents form a cycle, one of which needs no parent',
      'menus.main[2].parent: "a" never reaches the top of menu "main": its parents form a cycle, one of which needs no parent',
    ]);
  });

  // Issue 8: a menu link is never a script.
  it.each(["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"])(
    "refuses the url %j and leaves the entry out",
    (url) => {
      const { menus, errors } = build({ main: [{ name: "Bad", url }, { name: "Good", url: "https://example.org/" }] });
      expect(errors).toEqual([{ field: "menus.main[0].url", message: `the url "${url.trim()}" is not a link folio will write: javascript:, vbscript:, file: and data: URLs are refused` }]);
      expect(shown(menus)).toEqual({ main: ["Good 0 https://example.org/"] });
    },
  );

  it("reports two pages with one name in a menu, naming the second page", () => {
    const { errors } = build(undefined, [source("a/overview.md", "docs"), source("b/overview.md", "docs")]);
    expect(errors).toEqual([{ pagePath: "b/overview.md", field: "menu", message: 'duplicate identifier "overview" in menu "docs"; set identifier to tell the entries apart' }]);
  });
});
