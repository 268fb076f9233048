import { describe, expect, it } from "vitest";
import { checkSitePath, kindOf, locateListPage, locatePage, outputPathOf, splitPath, staysInside, unsafeName, urlize } from "./paths.ts";

describe("urlize", () => {
  it.each([
    ["Hello World", "hello-world"],
    ["  padded  name ", "padded-name"],
    ["ça va?", "ça-va"],
    ["日本語 テスト", "日本語-テスト"],
    ["a_b.c~d+e", "a_b.c~d+e"],
    // Hugo keeps `#` and `@`; folio drops them, with `?`, `%` and `&`, as they change what a URL means.
    ["C# & 50%", "c--50"],
    ["a/b", "ab"],
    ["x--y", "x--y"],
    // Issue 8: dots alone would be a step out of the folder.
    ["..", ""],
    [" . ", ""],
    ["...", ""],
    ["a..b", "a..b"],
  ])("%j → %j", (name, expected) => {
    expect(urlize(name)).toBe(expected);
  });
});

describe("splitPath", () => {
  it.each([
    ["a.md", { dir: "", name: "a.md" }],
    ["posts/a.md", { dir: "posts", name: "a.md" }],
    ["posts/trip/index.md", { dir: "posts/trip", name: "index.md" }],
    ["", { dir: "", name: "" }],
  ])("%j", (path, expected) => {
    expect(splitPath(path)).toEqual(expected);
  });
});

describe("outputPathOf", () => {
  it.each([
    ["/", "index.html"],
    ["", "index.html"],
    ["/posts/foo/", "posts/foo/index.html"],
    ["/feed.html", "feed.html"],
    ["//x/", "x/index.html"],
  ])("%j → %j", (sitePath, expected) => {
    expect(outputPathOf(sitePath)).toBe(expected);
  });
});

// Expected URLs and files were checked against Hugo 0.111 building the same content.
// https://gohugo.io/content-management/urls/
describe("locatePage", () => {
  it.each([
    ["a file name with a space", "posts/Hello World.md", {}, "page", "posts", "/posts/hello-world/", "posts/hello-world/index.html"],
    ["a .markdown file", "posts/x.markdown", {}, "page", "posts", "/posts/x/", "posts/x/index.html"],
    ["a page at the root", "about.md", {}, "page", "", "/about/", "about/index.html"],
    ["a leaf bundle", "posts/trip/index.md", {}, "page", "posts/trip", "/posts/trip/", "posts/trip/index.html"],
    ["a section", "posts/_index.md", {}, "section", "posts", "/posts/", "posts/index.html"],
    ["a nested section", "My Posts/2024/_index.md", {}, "section", "My Posts/2024", "/my-posts/2024/", "my-posts/2024/index.html"],
    ["the home page", "_index.md", {}, "home", "", "/", "index.html"],
    ["a slug", "posts/x.md", { slug: "My Slug" }, "page", "posts", "/posts/my-slug/", "posts/my-slug/index.html"],
    // Percent-encoded in the URL, as Hugo's .RelPermalink; the file keeps the letters.
    ["a slug with accents", "posts/x.md", { slug: "ça va?" }, "page", "posts", "/posts/%C3%A7a-va/", "posts/ça-va/index.html"],
    ["a slug on a bundle", "posts/trip/index.md", { slug: "voyage" }, "page", "posts/trip", "/posts/voyage/", "posts/voyage/index.html"],
    ["a slug on a section, which Hugo ignores", "posts/_index.md", { slug: "zzz" }, "section", "posts", "/posts/", "posts/index.html"],
    ["a url, case kept", "posts/x.md", { url: "/Custom/Path" }, "page", "posts", "/Custom/Path/", "Custom/Path/index.html"],
    ["a url naming a file", "posts/x.md", { url: "/feed.html" }, "page", "posts", "/feed.html", "feed.html"],
    ["a url without a leading slash", "posts/x.md", { url: "about" }, "page", "posts", "/about/", "about/index.html"],
    ["a url with doubled slashes", "posts/x.md", { url: "/a//b/" }, "page", "posts", "/a/b/", "a/b/index.html"],
    ["a url with a space", "posts/x.md", { url: "/ça va/" }, "page", "posts", "/%C3%A7a%20va/", "ça va/index.html"],
    ["a url on a section", "posts/_index.md", { url: "/articles/" }, "section", "posts", "/articles/", "articles/index.html"],
    ["a url and a slug: url wins", "posts/x.md", { url: "/u/", slug: "s" }, "page", "posts", "/u/", "u/index.html"],
  ])("locates %s", (_, path, meta, kind, dir, url, outputPath) => {
    expect(locatePage(path, meta)).toEqual({ location: { kind, dir, url, outputPath } });
  });

  // Hugo 0.111 gives content/index.md the URL "/" (and lets it overwrite the home page).
  // folio makes "//", a protocol-relative URL that a browser reads as the host "".
  it("gives a bundle index at the content root the URL /, not //", () => {
    expect(locatePage("index.md", {})).toEqual({ location: { kind: "page", dir: "", url: "/", outputPath: "index.html" } });
  });

  const LEAVES_FOLDER = (_value: string) => "it would leave its folder";
  const LEAVES_SITE = (_value: string) => "it would leave the site's folder";
  const CONTROL = "it contains a backslash or a control character";
  const MALFORMED = "it contains a malformed %-escape";
  const FULL_URL = "it must be a path inside the site, such as /about/, not a full URL";
  const QUERY = "it contains ? or #, which a file path cannot hold";

  it.each([
    ["slug", "..", LEAVES_FOLDER("..")],
    ["slug", " .. ", LEAVES_FOLDER(" .. ")],
    ["slug", ".", LEAVES_FOLDER(".")],
    ["slug", "%2e%2e", LEAVES_FOLDER("%2e%2e")],
    ["slug", "a\\b", CONTROL],
    ["slug", "a\u0000b", CONTROL],
    ["slug", "a\nb", CONTROL],
    ["slug", "a/b", "it contains a slash; use the url field to set a whole path"],
    ["slug", "a%2Fb", "it contains a slash; use the url field to set a whole path"],
    ["slug", "%zz", MALFORMED],
    ["slug", "???", "it has no letters or digits to make a URL from"],
    ["url", "/../etc/", LEAVES_SITE("/../etc/")],
    ["url", "/%2e%2e/etc/", LEAVES_SITE("/%2e%2e/etc/")],
    ["url", "/a/./b/", LEAVES_SITE("/a/./b/")],
    ["url", "/a\\b/", CONTROL],
    ["url", "/a\u0000", CONTROL],
    ["url", "https://evil.example/x", FULL_URL],
    ["url", "//host/x", FULL_URL],
    ["url", "mailto:someone@example.org", FULL_URL],
    ["url", "/a?b=1", QUERY],
    ["url", "/a#top", QUERY],
    ["url", "/a/%3F/", QUERY],
    ["url", "/%E0%A4%A", MALFORMED],
    // Issue 8: encoded, they would reach the output path decoded.
    ["url", "/%2e%2e%5c%2e%2e/x/", CONTROL],
    ["url", "/a%00b/", CONTROL],
    ["url", "/a%0Ab/", CONTROL],
    ["url", "/%2E%2E/", LEAVES_SITE("/%2E%2E/")],
    ["url", "/a/%2F../b/", LEAVES_SITE("/a/%2F../b/")],
    ["slug", "a%5cb", CONTROL],
    ["slug", "%00", CONTROL],
    ["slug", "...", "it has no letters or digits to make a URL from"],
  ] as const)("rejects %s %j", (field, value, reason) => {
    expect(locatePage("posts/x.md", { [field]: value })).toEqual({ field, reason });
  });
});

describe("locateListPage", () => {
  it.each([
    ["", { kind: "home", dir: "", url: "/", outputPath: "index.html" }],
    ["posts", { kind: "section", dir: "posts", url: "/posts/", outputPath: "posts/index.html" }],
    ["My Notes", { kind: "section", dir: "My Notes", url: "/my-notes/", outputPath: "my-notes/index.html" }],
  ])("locates the list page of %j", (dir, expected) => {
    expect(locateListPage(dir)).toEqual(expected);
  });
});

describe("index files with the .markdown extension", () => {
  it.each([
    ["_index.markdown", "home", "/"],
    ["posts/_index.markdown", "section", "/posts/"],
    ["posts/trip/index.markdown", "page", "/posts/trip/"],
  ])("reads %s as Hugo reads its .md twin", (path, kind, url) => {
    expect(kindOf(path)).toBe(kind);
    expect(locatePage(path, {})).toMatchObject({ location: { kind, url } });
  });
});

// Issue 8: names in the content tree become URLs and output paths.
describe("unsafeName", () => {
  it.each(["post.md", "My Post.md", "café.md", "what? #1.md", "100%.jpg", "100%25.jpg", "a..b.md", "...", "%41.md"])("accepts %j", (name) => {
    expect(unsafeName(name)).toBeUndefined();
  });

  it.each([
    ["a\\b.md", "it contains a backslash or a control character"],
    ["a\nb.md", "it contains a backslash or a control character"],
    ["tab\t.jpg", "it contains a backslash or a control character"],
    ["%2e%2e", 'it holds a %-escape that means ".." once decoded'],
    ["%2E%2E.md", 'it holds a %-escape that means ".." once decoded'],
    ["%2e", 'it holds a %-escape that means "." once decoded'],
    ["a%2fb.jpg", 'it holds a %-escape that means "a/b.jpg" once decoded'],
    ["a%5Cb.jpg", 'it holds a %-escape that means "a\\b.jpg" once decoded'],
    ["a%00b.jpg", 'it holds a %-escape that means "a?b.jpg" once decoded'],
  ])("refuses %j", (name, reason) => {
    expect(unsafeName(name)).toBe(reason);
  });
});

describe("staysInside", () => {
  it.each(["index.html", "posts/a/index.html", "tags/c++/index.html", "a..b/index.html", "café/x.jpg"])("%j stays inside", (path) => {
    expect(staysInside(path)).toBe(true);
  });
  it.each(["", "/etc/passwd", "../x/index.html", "tags/../index.html", "a/./b", "a\\..\\b/index.html", "a\u0000b", "..", "x/.."])("%j does not", (path) => {
    expect(staysInside(path)).toBe(false);
  });
});

describe("checkSitePath", () => {
  it("normalises a path inside the site, whatever is written around it", () => {
    expect(checkSitePath("a//b")).toEqual({ path: "/a/b/" });
    expect(checkSitePath("/a%20b/")).toEqual({ path: "/a b/" });
    expect(checkSitePath("")).toEqual({ path: "/" });
    expect(checkSitePath("/x/feed.xml")).toEqual({ path: "/x/feed.xml" });
  });
});

describe("locatePage with names that urlize to nothing", () => {
  it("leaves the folder out of the URL rather than making //", () => {
    expect(locatePage("!!!/_index.md", {})).toMatchObject({ location: { url: "/", outputPath: "index.html" } });
    expect(locatePage("posts/!!!/a.md", {})).toMatchObject({ location: { url: "/posts/a/", outputPath: "posts/a/index.html" } });
  });
});
