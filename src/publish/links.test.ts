import { describe, expect, it } from "vitest";
import { checkLinks } from "./links.ts";
import type { PageScan } from "./scan.ts";

const files = ["index.html", "posts/a/index.html", "posts/b/index.html", "posts/trip/photo.jpg", "css/site.css", "feed.xml", "404.html"];
const scans = (links: Record<string, string[]>, ids: Record<string, string[]> = {}) =>
  new Map<string, PageScan>(files.filter((f) => f.endsWith(".html")).map((f) => [f, { links: links[f] ?? [], ids: ids[f] ?? [] }]));
const check = (from: string, links: string[], baseURL = "https://example.org/", ids: Record<string, string[]> = {}) =>
  checkLinks(scans({ [from]: links }, ids), files, baseURL);

describe("checkLinks", () => {
  it("passes links that lead to a written file, relative or not, with or without the trailing slash", () => {
    const result = check("posts/a/index.html", ["/", "/posts/b/", "../b/", "../trip/photo.jpg", "/css/site.css", "/feed.xml", "/posts/b", "?page=2", "../b/index.html"]);
    expect(result).toEqual({ checked: 9, broken: [] });
  });

  it("names a link to no file, and the nearest that exists", () => {
    expect(check("index.html", ["/posts/c/", "/posts/trip/fhoto.jpg"]).broken).toEqual([
      { from: "index.html", link: "/posts/c/", reason: "no file of the site is at /posts/c/", suggestion: "/posts/a/" },
      { from: "index.html", link: "/posts/trip/fhoto.jpg", reason: "no file of the site is at /posts/trip/fhoto.jpg", suggestion: "/posts/trip/photo.jpg" },
    ]);
  });

  it("suggests the page for a Markdown file's name, even where the page's URL made it a folder too deep", () => {
    expect(check("index.html", ["/posts/b.md"]).broken[0]!.suggestion).toBe("/posts/b/");
    expect(check("posts/a/index.html", ["c.md"]).broken[0]).toMatchObject({ reason: "no file of the site is at /posts/a/c.md", suggestion: "/posts/a/" });
    expect(check("posts/a/index.html", ["bb.md"]).broken[0]!.suggestion).toBe("/posts/b/");
  });

  it("checks #fragments against the ids of the target page, and suggests the nearest", () => {
    const ids = { "posts/b/index.html": ["install", "usage"] };
    const result = check("posts/a/index.html", ["../b/#install", "/posts/b/#instal", "#top", "#", "/feed.xml#x"], undefined, ids);
    expect(result.broken).toEqual([{ from: "posts/a/index.html", link: "/posts/b/#instal", reason: '/posts/b/ has no element with id "instal"', suggestion: "#install" }]);
    expect(check("posts/a/index.html", ["#nowhere"]).broken[0]!.reason).toBe('/posts/a/ has no element with id "nowhere"');
  });

  it("follows links under a base URL's path, and full URLs that start with the base URL", () => {
    const base = "https://example.org/blog/";
    expect(check("posts/a/index.html", ["/blog/posts/b/", "https://example.org/blog/posts/b/", "https://example.org/elsewhere/", "https://other.org/x"], base).broken).toEqual([]);
    expect(check("posts/a/index.html", ["https://example.org/blog/posts/zzz/"], base).broken[0]!.reason).toBe("no file of the site is at /blog/posts/zzz/");
  });

  it("names a site path that leaves the base URL's path, the mistake a sub-path site makes", () => {
    const [broken] = check("posts/a/index.html", ["/posts/b/"], "https://example.org/blog/").broken;
    expect(broken).toEqual({ from: "posts/a/index.html", link: "/posts/b/", reason: "it leads outside the site, whose base path is /blog/", suggestion: "/blog/posts/b/" });
  });

  it("does not fetch other sites, mail or data links", () => {
    expect(check("index.html", ["https://other.org/", "//cdn.example.com/x.js", "mailto:a@b.c", "data:image/png;base64,AA", "tel:123"])).toEqual({ checked: 0, broken: [] });
  });

  it("reports a malformed %-escape instead of stopping", () => {
    expect(check("index.html", ["/posts/%E0%A4%A/"]).broken[0]!.reason).toBe("it holds a malformed %-escape");
  });

  it("finds files with non-ASCII names from their encoded links", () => {
    const result = checkLinks(new Map([["index.html", { links: ["/tags/%C3%BCber/", "/tags/über/"], ids: [] }]]), ["index.html", "tags/über/index.html"], "/");
    expect(result.broken).toEqual([]);
  });
});
