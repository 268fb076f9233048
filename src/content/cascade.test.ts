import { describe, expect, it } from "vitest";
import type { PageKind } from "../types.ts";
import { applyCascade, logicalPath, type CascadesByDir } from "./cascade.ts";

// Hugo's cascade: https://gohugo.io/content-management/front-matter/#cascade
// Target paths follow Hugo's newer logical paths (`/posts/foo`); Hugo 0.111 matched file paths (`/posts/foo.md`).
const cascades = (byDir: Record<string, Record<string, unknown>[]>): CascadesByDir => new Map(Object.entries(byDir));
const kindOf = (path: string): PageKind => (path === "_index.md" ? "home" : /(^|\/)_index\.md$/.test(path) ? "section" : "page");
const apply = (data: Record<string, unknown>, path: string, byDir: Record<string, Record<string, unknown>[]>) =>
  applyCascade(data, path, kindOf(path), cascades(byDir));

describe("logicalPath", () => {
  it.each([
    ["posts/foo.md", "/posts/foo"],
    ["posts/foo.markdown", "/posts/foo"],
    ["about.md", "/about"],
    ["posts/_index.md", "/posts"],
    ["posts/2024/_index.md", "/posts/2024"],
    ["posts/trip/index.md", "/posts/trip"],
    ["_index.md", "/"],
  ])("%s → %s", (path, expected) => {
    expect(logicalPath(path)).toBe(expected);
  });
});

describe("applyCascade", () => {
  it("returns the very same object when no folder declares a cascade", () => {
    const data = { title: "A" };
    expect(applyCascade(data, "posts/a.md", "page", new Map())).toBe(data);
  });

  it("returns the very same object when no cascade reaches the page", () => {
    const data = { title: "A" };
    expect(apply(data, "about.md", { posts: [{ banner: "posts" }] })).toBe(data);
  });

  const home = { "": [{ banner: "home", footer: "home" }] };
  const posts = { posts: [{ banner: "posts" }] };
  it.each([
    ["the page's own keys win", { banner: "own" }, "posts/a.md", { ...home, ...posts }, { banner: "own", footer: "home" }],
    ["the home cascade reaches a root page", {}, "about.md", home, { banner: "home", footer: "home" }],
    ["the home cascade reaches a deep page", {}, "posts/2024/jan/deep.md", home, { banner: "home", footer: "home" }],
    ["the nearest section's cascade wins over the home's", {}, "posts/a.md", { ...home, ...posts }, { banner: "posts", footer: "home" }],
    ["a deep page takes the nearest folder that declares one", {}, "posts/2024/deep.md", { ...home, ...posts, "posts/2024": [{ footer: "2024" }] }, { banner: "posts", footer: "2024" }],
    ["a leaf bundle takes its section's cascade", {}, "posts/trip/index.md", posts, { banner: "posts" }],
    // Hugo 0.111 applies a cascade to the page declaring it too (checked: .Params.banner was "posts" on /posts/
    // and "home" on /); folio hands it down only, as cascade.ts says.
    ["a section's own cascade skips its _index.md; the home's still applies", {}, "posts/_index.md", { ...home, ...posts }, { banner: "home", footer: "home" }],
    ["a section's cascade reaches its sub-sections", {}, "posts/2024/_index.md", { ...home, ...posts }, { banner: "posts", footer: "home" }],
    ["the home page takes no cascade, not even its own", {}, "_index.md", home, {}],
    ["cascaded keys are lower-cased, as the page's own", { banner: "own" }, "posts/a.md", { posts: [{ Banner: "posts", Footer: "posts" }] }, { banner: "own", footer: "posts" }],
    ["an own key that is not params is never merged", { tags: ["own"] }, "posts/a.md", { posts: [{ tags: ["posts", "more"] }] }, { tags: ["own"] }],
    ["the first of a folder's tables wins", {}, "posts/a.md", { posts: [{ banner: "first" }, { banner: "second" }] }, { banner: "first" }],
    [
      "params merge key by key: own, then nearest, then farther",
      { params: { a: "own" } },
      "posts/2024/deep.md",
      { "": [{ params: { a: "home", b: "home", c: "home" } }], posts: [{ params: { a: "posts", b: "posts" } }] },
      { params: { a: "own", b: "posts", c: "home" } },
    ],
    ["params cascade to a page that has none", {}, "posts/a.md", { posts: [{ params: { a: "posts" } }] }, { params: { a: "posts" } }],
  ])("%s", (_, data, path, byDir, expected) => {
    expect(apply(data, path, byDir)).toEqual(expected);
  });

  it("does not change the page's data", () => {
    const data = { params: { a: "own" } };
    apply(data, "posts/a.md", { posts: [{ banner: "posts", params: { b: "posts" } }] });
    expect(data).toEqual({ params: { a: "own" } });
  });

  // Regression test, for what was wrong: params keys written in a cascade keep their case, while the page's own params keys are lower-cased,
  // so `.Params.color` misses a cascaded `Color` and both spellings end up in one table.
  it("lower-cases the keys of cascaded params, as those of the page's own params", () => {
    expect(apply({ params: { color: "blue" } }, "posts/a.md", { posts: [{ params: { Color: "red", Size: "L" } }] })).toEqual({
      params: { color: "blue", size: "L" },
    });
  });
});

describe("applyCascade with _target", () => {
  // Each row: a home cascade whose table carries `target`; does it reach the page?
  const reaches = (target: Record<string, unknown>, path: string, key = "_target") =>
    apply({}, path, { "": [{ [key]: target, hit: true }] }).hit === true;

  it.each([
    ["/posts/**", "posts/a.md", true],
    ["/posts/**", "posts/2024/deep.md", true],
    ["/posts/**", "posts/trip/index.md", true],
    ["/posts/**", "posts/2024/_index.md", true],
    ["/posts/**", "posts/_index.md", false],
    ["/posts/**", "about.md", false],
    ["/posts/**", "postscript/a.md", false],
    ["/posts/*", "posts/a.md", true],
    ["/posts/*", "posts/trip/index.md", true],
    ["/posts/*", "posts/2024/_index.md", true],
    ["/posts/*", "posts/2024/deep.md", false],
    ["/posts/a", "posts/a.md", true],
    ["/posts/a", "posts/ab.md", false],
    ["/posts", "posts/_index.md", true],
    ["/posts", "posts/a.md", false],
    ["/posts/a.b", "posts/axb.md", false],
    ["/**", "about.md", true],
  ])("path %s reaches %s: %s", (glob, path, expected) => {
    expect(reaches({ path: glob }, path)).toBe(expected);
  });

  it.each([
    ["kind page reaches a page", { kind: "page" }, "posts/a.md", true],
    ["kind page skips a section", { kind: "page" }, "posts/2024/_index.md", false],
    ["kind section reaches a sub-section", { kind: "section" }, "posts/2024/_index.md", true],
    ["kind section skips a page", { kind: "section" }, "posts/a.md", false],
    ["path and kind must both match", { path: "/posts/**", kind: "section" }, "posts/2024/_index.md", true],
    ["path and kind: the kind fails", { path: "/posts/**", kind: "section" }, "posts/a.md", false],
    ["path and kind: the path fails", { path: "/docs/**", kind: "page" }, "posts/a.md", false],
  ])("%s", (_, target, path, expected) => {
    expect(reaches(target, path)).toBe(expected);
  });

  it("reads `target` as `_target`, and hands down neither", () => {
    expect(reaches({ path: "/docs/**" }, "posts/a.md", "target")).toBe(false);
    expect(apply({}, "posts/a.md", { "": [{ target: { kind: "page" }, hit: true }] })).toEqual({ hit: true });
  });

  // Regression test, for what was wrong: `?` reaches the regular expression as a quantifier. Hugo's glob reads it as one character
  // (checked with Hugo 0.111: _target.path "/posts/a?c.md" reached posts/abc.md and not posts/c.md).
  it.each([
    ["/posts/a?c", "posts/abc.md", true],
    ["/posts/a?c", "posts/c.md", false],
  ])("path %s reaches %s: %s", (glob, path, expected) => {
    expect(reaches({ path: glob }, path)).toBe(expected);
  });

  // Regression test, for what was wrong: matching is case-sensitive; Hugo's is not (checked with Hugo 0.111: "/POSTS/C.md" reached posts/c.md).
  it.each([
    ["/POSTS/*", "posts/c.md"],
    ["/docs/**", "Docs/Intro.md"],
  ])("path %s reaches %s whatever the case", (glob, path) => {
    expect(reaches({ path: glob }, path)).toBe(true);
  });
});
