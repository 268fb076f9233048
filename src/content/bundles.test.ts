import { describe, expect, it } from "vitest";
import type { ContentAsset } from "../types.ts";
import { assignResources, bundleDir, resourcesAt } from "./bundles.ts";

// Page bundles: https://gohugo.io/content-management/page-bundles/
const asset = (path: string): ContentAsset => ({ path, sourcePath: `/site/content/${path}` });
const assign = (paths: string[], leaves: string[], branches: string[]) =>
  Object.fromEntries([...assignResources(paths.map(asset), new Set(leaves), new Set(branches))].map(([dir, list]) => [dir, list.map((a) => a.path)]));

describe("bundleDir", () => {
  it.each([
    ["posts/trip/index.md", "posts/trip"],
    ["posts/trip/index.markdown", "posts/trip"],
    ["posts/trip/INDEX.MD", "posts/trip"],
    ["posts/_index.md", "posts"],
    ["index.md", ""],
    ["_index.md", ""],
    ["posts/a.md", undefined],
    ["posts/my_index.md", undefined],
    ["posts/index.html", undefined],
  ])("%s → %s", (path, expected) => {
    expect(bundleDir(path)).toBe(expected);
  });
});

describe("assignResources", () => {
  it.each([
    ["a leaf bundle owns the files beside its index.md", ["posts/trip/photo.jpg"], ["posts/trip"], ["", "posts"], { "posts/trip": ["posts/trip/photo.jpg"] }],
    ["a leaf bundle owns nested folders too", ["posts/trip/img/a.png", "posts/trip/img/raw/b.png"], ["posts/trip"], ["", "posts"], { "posts/trip": ["posts/trip/img/a.png", "posts/trip/img/raw/b.png"] }],
    ["the outermost leaf bundle wins", ["a/b/c.png"], ["a", "a/b"], [""], { a: ["a/b/c.png"] }],
    ["a branch bundle owns the files directly in its folder", ["posts/cover.jpg"], [], ["", "posts"], { posts: ["posts/cover.jpg"] }],
    ["the home page owns the files at the root", ["logo.png"], [], [""], { "": ["logo.png"] }],
    ["a branch bundle does not own a sub-folder's files", ["posts/img/a.png"], [], ["", "posts"], {}],
    ["a sub-section owns its own files", ["posts/2024/a.png"], [], ["", "posts", "posts/2024"], { "posts/2024": ["posts/2024/a.png"] }],
    ["a file outside any bundle is not assigned", ["misc/notes.txt"], ["posts/trip"], ["", "posts"], {}],
    ["a leaf inside a section owns its files; the section its own", ["posts/trip/a.png", "posts/b.png"], ["posts/trip"], ["", "posts"], { "posts/trip": ["posts/trip/a.png"], posts: ["posts/b.png"] }],
    ["a root leaf bundle (about/index.md)", ["about/me.jpg"], ["about"], [""], { about: ["about/me.jpg"] }],
  ])("%s", (_, paths, leaves, branches, expected) => {
    expect(assign(paths, leaves, branches)).toEqual(expected);
  });

  it("keeps each bundle's files in the order given, and the assets themselves", () => {
    const files = [asset("posts/trip/b.jpg"), asset("posts/trip/a.jpg")];
    expect(assignResources(files, new Set(["posts/trip"]), new Set([""])).get("posts/trip")).toEqual(files);
  });
});

describe("resourcesAt", () => {
  it.each([
    ["beside the page", "posts/trip/photo.jpg", "posts/trip", "posts/trip/index.html", "photo.jpg", "/posts/trip/photo.jpg", "posts/trip/photo.jpg"],
    ["named relative to the bundle, nested folders kept", "posts/trip/img/a.png", "posts/trip", "posts/trip/index.html", "img/a.png", "/posts/trip/img/a.png", "posts/trip/img/a.png"],
    ["beside the page when a slug moved it", "posts/trip/photo.jpg", "posts/trip", "posts/holiday/index.html", "photo.jpg", "/posts/holiday/photo.jpg", "posts/holiday/photo.jpg"],
    ["beside the page when a url moved it", "posts/trip/photo.jpg", "posts/trip", "travel/2024/index.html", "photo.jpg", "/travel/2024/photo.jpg", "travel/2024/photo.jpg"],
    ["of the home page, at the root", "logo.png", "", "index.html", "logo.png", "/logo.png", "logo.png"],
    ["of a section", "posts/cover.jpg", "posts", "posts/index.html", "cover.jpg", "/posts/cover.jpg", "posts/cover.jpg"],
    ["a space percent-encoded in the URL only", "posts/trip/my photo.jpg", "posts/trip", "posts/trip/index.html", "my photo.jpg", "/posts/trip/my%20photo.jpg", "posts/trip/my photo.jpg"],
    // Hugo 0.111 gives the same /posts/holiday/my%20photo%20%C3%A9.jpg (checked).
    ["Unicode percent-encoded", "posts/trip/my photo é.jpg", "posts/trip", "posts/holiday/index.html", "my photo é.jpg", "/posts/holiday/my%20photo%20%C3%A9.jpg", "posts/holiday/my photo é.jpg"],
    // Hugo 0.111 fails the build on this name ("invalid URL escape").
    ["a literal % encoded as %25", "posts/trip/100%.jpg", "posts/trip", "posts/trip/index.html", "100%.jpg", "/posts/trip/100%25.jpg", "posts/trip/100%.jpg"],
    ["a Unicode folder", "blög/trip/a.jpg", "blög/trip", "blög/trip/index.html", "a.jpg", "/bl%C3%B6g/trip/a.jpg", "blög/trip/a.jpg"],
  ])("%s", (_, path, bundle, pageOutput, name, url, outputPath) => {
    expect(resourcesAt([asset(path)], bundle, pageOutput)).toEqual([{ name, url, outputPath, sourcePath: `/site/content/${path}` }]);
  });

  // Regression test, for what was wrong: encodeURI leaves `#` and `?`, so the link ends at them (`/posts/trip/a` is fetched). Hugo 0.111
  // has the same flaw (its RelPermalink was /posts/holiday/a#b.jpg), but the file is then unreachable.
  it.each([
    ["posts/trip/a#b.jpg", "/posts/trip/a%23b.jpg"],
    ["posts/trip/why?.jpg", "/posts/trip/why%3F.jpg"],
  ])("encodes %s as %s", (path, url) => {
    expect(resourcesAt([asset(path)], "posts/trip", "posts/trip/index.html")[0]!.url).toBe(url);
  });
});
