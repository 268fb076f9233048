import { describe, expect, it } from "vitest";
import type { Output } from "../content/outputs.ts";
import { blankPage } from "../content/page.ts";
import type { Page } from "../types.ts";
import { renderSitemap } from "./sitemap.ts";
import { renderRobots } from "./robots.ts";

const at = (kind: Page["kind"], url: string, fields: Partial<Page> = {}): Page => ({ ...blankPage({ kind, dir: "", url, outputPath: "" }, url), ...fields });
const out = (page: Page, fields: Partial<Output> = {}): Output => ({ outputPath: "x", page, pager: undefined, redirectTo: undefined, ...fields });

describe("renderSitemap", () => {
  const a = at("page", "/posts/a/", { lastmod: new Date("2024-01-02T03:04:05.678Z") });
  const b = at("page", "/posts/b&c/", { lastmod: new Date("2024-02-01T00:00:00Z") });
  const posts = at("section", "/posts/", { pages: [a, b] });
  const term = at("term", "/tags/go/", { path: "tags/go", pages: [a] });
  const tags = at("taxonomy", "/tags/", { path: "tags" });
  const pager = (number: number) => ({ number, total: 2, url: number === 1 ? "/posts/" : `/posts/page/${number}/`, items: [], prev: undefined, next: undefined, links: [] });
  const xml = renderSitemap(
    [out(a), out(b), out(posts, { pager: pager(1) as never }), out(posts, { pager: pager(2) as never }), out(posts, { redirectTo: "/posts/" }), out(term), out(tags), out(at("home", "/"), { layout: "404.njk" })],
    "https://example.org/blog/",
  );

  it("lists every page once, with absolute, escaped URLs: no later pagers, redirects or 404", () => {
    expect([...xml.matchAll(/<loc>(.*)<\/loc>/g)].map((m) => m[1])).toEqual([
      "https://example.org/blog/posts/a/",
      "https://example.org/blog/posts/b&amp;c/",
      "https://example.org/blog/posts/",
      "https://example.org/blog/tags/go/",
      "https://example.org/blog/tags/",
    ]);
  });

  it("gives each its lastmod: its own, its newest page's, its newest term's", () => {
    expect([...xml.matchAll(/<lastmod>(.*)<\/lastmod>/g)].map((m) => m[1])).toEqual([
      "2024-01-02T03:04:05Z",
      "2024-02-01T00:00:00Z",
      "2024-02-01T00:00:00Z",
      "2024-01-02T03:04:05Z",
      "2024-01-02T03:04:05Z",
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });
});

describe("renderRobots", () => {
  it("welcomes every crawler and names the sitemap by its full URL", () => {
    expect(renderRobots("https://example.org/blog/", { disallowAll: false, sitemap: true })).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n");
  });

  it("shuts every crawler out for a staging build", () => {
    expect(renderRobots("https://staging.example.org/", { disallowAll: true, sitemap: true })).toMatch(/^User-agent: \*\nDisallow: \/\n/);
  });

  it("names no sitemap it has no full URL for, or that is not written", () => {
    expect(renderRobots("/", { disallowAll: false, sitemap: true })).toBe("User-agent: *\nAllow: /\n");
    expect(renderRobots("https://example.org/", { disallowAll: false, sitemap: false })).toBe("User-agent: *\nAllow: /\n");
  });
});
