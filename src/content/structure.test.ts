import { describe, expect, it } from "vitest";
import type { BuildOptions, Page } from "../types.ts";
import { defaultBuildOptions } from "./fields.ts";
import { blankPage } from "./page.ts";
import { locateListPage, locatePage } from "./paths.ts";
import { linkOf, linkStructure, nearestSection } from "./structure.ts";

// The section tree: https://gohugo.io/content-management/sections/
// Neighbours were checked with Hugo 0.111: .NextInSection is the newer page, within the page's own section.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function section(dir: string, title: string): Page {
  return blankPage(locateListPage(dir), title);
}
function page(path: string, title: string, date?: string, list: BuildOptions["list"] = "always"): Page {
  const found = locatePage(path, {});
  if (!("location" in found)) throw new Error(path);
  const build = { ...defaultBuildOptions, list };
  return { ...blankPage(found.location, title), path, file: `content/${path}`, date: date === undefined ? undefined : day(date), build };
}
const titles = (pages: readonly { title: string }[]) => pages.map((p) => p.title);
const link = (p: Page) => ({ title: p.title, linkTitle: p.linkTitle, url: p.url });

describe("linkOf", () => {
  it("gives one link object a page, shared by every page that links to it, and a new one once the page's title or URL changed", () => {
    const p = page("posts/a.md", "A");
    const first = linkOf(p);
    expect(first).toEqual(link(p));
    expect(linkOf(p)).toBe(first);
    p.linkTitle = "Short A";
    const second = linkOf(p);
    expect(second).not.toBe(first);
    expect(second).toEqual({ title: "A", linkTitle: "Short A", url: "/posts/a/" });
    expect(first.linkTitle).toBe("A"); // a link already handed out is left as it was
    expect(linkOf(page("posts/a.md", "A"))).not.toBe(second); // another page object, another link
  });
});

describe("nearestSection", () => {
  const dirs = new Set(["", "posts", "posts/2024"]);
  it.each([
    ["posts", "posts"],
    ["posts/2024", "posts/2024"],
    ["posts/2024/jan/deep", "posts/2024"],
    ["posts/trip", "posts"],
    ["misc/deep", ""],
    ["", ""],
  ])("%s → %j", (dir, expected) => {
    expect(nearestSection(dir, dirs)).toBe(expected);
  });
});

describe("linkStructure", () => {
  // A small tree: home, posts, posts/2024, posts/2024/jan (without posts/2024/x in between), docs.
  function site() {
    const s = {
      home: section("", "Home"),
      posts: section("posts", "Posts"),
      y2024: section("posts/2024", "2024"),
      jan: section("posts/2024/jan", "Jan"),
      docs: section("docs", "Docs"),
      about: page("about.md", "About"),
      contact: page("contact.md", "Contact", "2023-05-01"),
      a: page("posts/a.md", "A", "2024-01-03"),
      b: page("posts/b.md", "B", "2024-01-02"),
      local: page("posts/local.md", "Local", "2024-01-04", "local"),
      never: page("posts/never.md", "Never", "2024-01-05", "never"),
      trip: page("posts/trip/index.md", "Trip", "2023-12-01"),
      deep: page("posts/2024/deep.md", "Deep", "2024-02-01"),
      deeper: page("posts/2024/jan/x/deeper.md", "Deeper", "2024-01-20"),
      guide: page("docs/guide.md", "Guide"),
    };
    const sections = new Map([["", s.home], ["posts", s.posts], ["posts/2024", s.y2024], ["posts/2024/jan", s.jan], ["docs", s.docs]]);
    linkStructure(sections, [s.about, s.contact, s.a, s.b, s.local, s.never, s.trip, s.deep, s.deeper, s.guide]);
    return s;
  }

  it("lists on home every page listed site-wide, from every depth, in Hugo's default order, and the top sections", () => {
    const { home } = site();
    expect(titles(home.pages)).toEqual(["Deep", "Deeper", "A", "B", "Trip", "Contact", "About", "Guide"]);
    expect(titles(home.sections)).toEqual(["Docs", "Posts"]);
  });

  it.each([
    ["posts", ["Local", "A", "B", "Trip"], ["2024"]],
    ["y2024", ["Deep"], ["Jan"]],
    ["jan", ["Deeper"], []],
    ["docs", ["Guide"], []],
  ] as const)("lists on %s its own pages (a bundle's too, \"local\" too, not \"never\") and sections", (name, pages, sections) => {
    const s = site();
    expect(titles(s[name].pages)).toEqual(pages);
    expect(titles(s[name].sections)).toEqual(sections);
  });

  it("keeps a \"local\" page off the home list", () => {
    expect(titles(site().home.pages)).not.toContain("Local");
  });

  it.each([
    // In posts: Local (newest), A, B, Trip (oldest).
    ["local", undefined, "A"],
    ["a", "Local", "B"],
    ["b", "A", "Trip"],
    ["trip", "B", undefined],
    // Only page of its section: no neighbours, not even in the parent section (Hugo).
    ["deep", undefined, undefined],
    // Root pages are neighbours of root pages only (Hugo): Contact (dated) before About.
    ["contact", undefined, "About"],
    ["about", "Contact", undefined],
    ["never", undefined, undefined],
  ] as const)("gives %s next %s and prev %s", (name, next, prev) => {
    const p = site()[name];
    expect(p.nextInSection?.title).toBe(next);
    expect(p.prevInSection?.title).toBe(prev);
  });

  it("gives neighbours as links", () => {
    const s = site();
    expect(s.a.nextInSection).toEqual(link(s.local));
    expect(s.a.prevInSection).toEqual(link(s.b));
  });

  it.each([
    ["home", []],
    ["posts", ["Home"]],
    ["jan", ["Home", "Posts", "2024"]],
    ["about", ["Home"]],
    ["trip", ["Home", "Posts"]],
    ["deep", ["Home", "Posts", "2024"]],
    ["deeper", ["Home", "Posts", "2024", "Jan"]],
    ["never", ["Home", "Posts"]],
  ] as const)("gives %s the ancestors %j, home first", (name, expected) => {
    expect(titles(site()[name].ancestors)).toEqual(expected);
  });

  it("gives ancestors as links", () => {
    const s = site();
    expect(s.deep.ancestors).toEqual([link(s.home), link(s.posts), link(s.y2024)]);
  });

  it("hangs a bundle from the section its folder is in", () => {
    const s = site();
    expect(s.posts.pages).toContain(s.trip);
    expect(s.trip.ancestors.at(-1)).toEqual(link(s.posts));
  });

  it("hangs sub-sections under the nearest section, skipping plain folders", () => {
    const home = section("", "Home");
    const deep = section("a/b/c", "C");
    linkStructure(new Map([["", home], ["a/b/c", deep]]), []);
    expect(titles(home.sections)).toEqual(["C"]);
    expect(titles(deep.ancestors)).toEqual(["Home"]);
  });
});
