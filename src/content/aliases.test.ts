import { describe, expect, it } from "vitest";
import { resolveAlias } from "./aliases.ts";

// Aliases: https://gohugo.io/content-management/urls/#aliases
// Rows marked "Hugo" were checked with Hugo 0.111 writing the same aliases.
describe("resolveAlias", () => {
  it.each([
    ["/old/", "/posts/new/", "/old/", "old/index.html"],
    ["/old", "/posts/new/", "/old/", "old/index.html"],
    ["/a/b/old/", "/posts/new/", "/a/b/old/", "a/b/old/index.html"],
    ["  /old/  ", "/posts/new/", "/old/", "old/index.html"],
    // Hugo: a relative alias is relative to the page's folder.
    ["old", "/posts/new/", "/posts/old/", "posts/old/index.html"],
    ["old/", "/posts/new/", "/posts/old/", "posts/old/index.html"],
    ["./old", "/posts/new/", "/posts/old/", "posts/old/index.html"],
    ["sub/old", "/posts/new/", "/posts/sub/old/", "posts/sub/old/index.html"],
    ["../up", "/posts/new/", "/up/", "up/index.html"],
    ["old", "/about/", "/old/", "old/index.html"],
    ["old", "/feed.html", "/old/", "old/index.html"],
    // Hugo: path.Join of the page's folder and "" is the folder.
    ["", "/posts/new/", "/posts/", "posts/index.html"],
    // Hugo: a file alias is written as that file.
    ["/x/file.html", "/posts/new/", "/x/file.html", "x/file.html"],
    ["old.html", "/posts/new/", "/posts/old.html", "posts/old.html"],
    // Hugo: written to über/index.html.
    ["/über/", "/posts/new/", "/%C3%BCber/", "über/index.html"],
    ["/a b/", "/posts/new/", "/a%20b/", "a b/index.html"],
    ["old", "/bl%C3%B6g/new/", "/bl%C3%B6g/old/", "blög/old/index.html"],
    ["ältere", "/posts/new/", "/posts/%C3%A4ltere/", "posts/ältere/index.html"],
    // Hugo refuses "/" ("resolves to website root directory"); folio writes it, and the build's collision
    // check then stops on the home page's index.html.
    ["/", "/posts/new/", "/", "index.html"],
  ])("%s on %s → %s", (alias, pageURL, url, outputPath) => {
    expect(resolveAlias(alias, pageURL)).toEqual({ url, outputPath });
  });

  const outside = "it would leave the site's folder";
  const fullURL = "it must be a path inside the site, such as /about/, not a full URL";
  const control = "it contains a backslash or a control character";
  it.each([
    ["../../..", "/posts/new/", outside],
    // Hugo 0.111 clamps these at the root and writes /up/ and /x/; folio refuses any climb above it.
    ["../up", "/about/", outside],
    ["../../x", "/about/", outside],
    ["/../x", "/posts/new/", outside],
    ["/%2e%2e/x", "/posts/new/", outside],
    ["%2e%2e/x", "/posts/new/", outside],
    ["/a/%2E%2E/%2e%2e/%2e%2e/x", "/posts/new/", outside],
    ["//host/x", "/posts/new/", fullURL],
    ["a\\b", "/posts/new/", control],
    ["/a\\..\\b", "/posts/new/", control],
    ["/x\u0000y", "/posts/new/", control],
    ["x\ny", "/posts/new/", control],
    ["/a%zz/", "/posts/new/", "it contains a malformed %-escape"],
    ["/a?b/", "/posts/new/", "it contains ? or #, which a file path cannot hold"],
    ["/a#b", "/posts/new/", "it contains ? or #, which a file path cannot hold"],
  ])("refuses %s on %s: %s", (alias, pageURL, reason) => {
    expect(resolveAlias(alias, pageURL)).toEqual({ reason });
  });

  // Regression test, for what was wrong: only aliases starting with "/" are checked for a scheme; these are read as relative paths and
  // written to posts/https:/example.com/old/index.html. Hugo 0.111 stops: `http* aliases not supported`.
  it.each([["https://example.com/old"], ["http://example.com/old"], ["mailto:me@example.com"]])("refuses %s as a full URL", (alias) => {
    expect(resolveAlias(alias, "/posts/new/")).toEqual({ reason: fullURL });
  });

  // Regression test, for what was wrong: any extension makes a file, so the redirect page is written as feed.xml and served as XML, not
  // followed. Hugo 0.111 treats only ".html" as a file and wrote feed.xml/index.html (checked).
  it.each([
    ["/feed.xml", "feed.xml/index.html"],
    ["old.php", "posts/old.php/index.html"],
  ])("writes the alias %s, not an .html file, as %s", (alias, outputPath) => {
    expect(resolveAlias(alias, "/posts/new/")).toMatchObject({ outputPath });
  });
});
