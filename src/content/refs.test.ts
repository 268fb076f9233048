import { describe, expect, it } from "vitest";
import { createRefResolver } from "./refs.ts";

// Hugo's ref and relref: https://gohugo.io/methods/shortcode/ref/
// Resolutions marked "Hugo" were checked with Hugo 0.111 building the same content tree.
const resolve = createRefResolver([
  { path: "_index.md", url: "/" },
  { path: "about.md", url: "/about/" },
  { path: "posts/_index.md", url: "/posts/" },
  { path: "posts/first.md", url: "/posts/first/" },
  { path: "posts/other.md", url: "/posts/other/" },
  { path: "posts/2024/_index.md", url: "/posts/2024/" },
  { path: "posts/2024/deep.md", url: "/posts/2024/deep/" },
  { path: "posts/trip/index.md", url: "/posts/holiday/" },
  { path: "sibling/x.md", url: "/sibling/x/" },
  { path: "docs/guide.markdown", url: "/docs/guide/" },
  { path: "a/same.md", url: "/a/same/" },
  { path: "b/same.md", url: "/b/same/" },
  { path: "Docs2/Intro.md", url: "/docs2/intro/" },
]);

describe("createRefResolver", () => {
  it.each([
    ["a file beside the page", "other.md", "posts/first.md", "/posts/other/"],
    ["a file beside the page, without extension", "other", "posts/first.md", "/posts/other/"],
    ["./ beside the page", "./other.md", "posts/first.md", "/posts/other/"],
    ["a path from content/", "/posts/other.md", "about.md", "/posts/other/"],
    ["a path from content/, without extension", "/posts/other", "about.md", "/posts/other/"],
    ["a path without a leading slash, from content/", "posts/other.md", "sibling/x.md", "/posts/other/"],
    ["a .markdown file, without extension", "/docs/guide", "about.md", "/docs/guide/"],
    ["../ to a sibling folder", "../sibling/x.md", "posts/first.md", "/sibling/x/"],
    ["../ from a deeper page", "../other.md", "posts/2024/deep.md", "/posts/other/"],
    ["a leaf bundle by its folder, at its slug's URL (Hugo)", "posts/trip", "about.md", "/posts/holiday/"],
    ["a leaf bundle by its index.md", "/posts/trip/index.md", "about.md", "/posts/holiday/"],
    ["a leaf bundle beside the page", "trip", "posts/first.md", "/posts/holiday/"],
    ["a section by its folder (Hugo)", "posts", "about.md", "/posts/"],
    ["a section by its folder with a trailing slash", "/posts/", "about.md", "/posts/"],
    ["a section by its _index.md", "/posts/_index.md", "about.md", "/posts/"],
    ["a sub-section relative to the page", "2024", "posts/first.md", "/posts/2024/"],
    ["the home page", "/", "posts/first.md", "/"],
    ["a unique file name from anywhere (Hugo)", "deep.md", "about.md", "/posts/2024/deep/"],
    ["a unique name without extension from anywhere (Hugo)", "deep", "sibling/x.md", "/posts/2024/deep/"],
    // Hugo gives only "#frag" here; folio's full URL goes to the same place, and also from a list's summary.
    ["#frag alone: a heading of the page itself", "#frag", "posts/first.md", "/posts/first/#frag"],
    ["a file with a fragment keeps it (Hugo)", "posts/other.md#x", "about.md", "/posts/other/#x"],
    ["a unique name with a fragment", "deep#intro", "about.md", "/posts/2024/deep/#intro"],
    ["the page beside wins over a same-named file elsewhere", "same.md", "a/page.md", "/a/same/"],
  ])("resolves %s: %s from %s", (_, target, from, expected) => {
    expect(resolve(target, from)).toBe(expected);
  });

  it.each([
    // Hugo stops the build: `page reference "same.md" is ambiguous`.
    ["an ambiguous name", "same.md", "about.md"],
    ["an ambiguous name without extension", "same", "about.md"],
    ["a missing page", "missing.md", "about.md"],
    ["a missing page with a fragment", "missing.md#x", "about.md"],
    ["a missing path below a folder", "posts/missing.md", "about.md"],
    // Hugo stops the build on this one too.
    ["a path climbing above content/", "../x.md", "about.md"],
    // Hugo 0.111 clamps this at content/ and finds sibling/x; folio refuses any climb above it.
    ["a path climbing above content/ and back", "posts/../../sibling/x.md", "about.md"],
    ["a name under a folder, which is not a unique-name lookup", "sibling/deep.md", "about.md"],
    ["#frag on a page the resolver does not know", "#frag", "unknown.md"],
  ])("gives undefined for %s: %s from %s", (_, target, from) => {
    expect(resolve(target, from)).toBeUndefined();
  });

  // Regression test, for what was wrong: refs are case-sensitive; Hugo's are not (checked: ref "intro.md" and "/docs/intro.md" found Docs/Intro.md).
  it.each([
    ["intro.md", "/docs2/intro/"],
    ["/docs2/intro.md", "/docs2/intro/"],
    ["/Posts/Other.md", "/posts/other/"],
  ])("resolves %s whatever the case, to %s", (target, expected) => {
    expect(resolve(target, "about.md")).toBe(expected);
  });

  // Regression test, for what was wrong: a bundle's folder name is not a "unique name"; Hugo 0.111 resolved ref "trip" from a root page
  // to the bundle posts/trip/ (and ref "2024" to the section posts/2024/).
  it.each([
    ["trip", "/posts/holiday/"],
    ["2024", "/posts/2024/"],
  ])("resolves the unique folder name %s from anywhere to %s", (target, expected) => {
    expect(resolve(target, "about.md")).toBe(expected);
  });
});
