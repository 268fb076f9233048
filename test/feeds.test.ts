// Feeds, sitemap, robots.txt and 404.html as Hugo publishes them, read back with a real feed parser.
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { assertContains, build, type Built } from "./helpers/site.ts";

const site = `
-- folio.toml --
baseURL = "https://example.org/blog/"
title = "Notes & Co"
-- content/_index.md --
+++
title = "Notes & Co"
+++
-- content/posts/_index.md --
+++
title = "Posts"
+++
-- content/posts/trip/index.md --
+++
title = "A <trip>"
date = 2024-03-01T10:00:00Z
lastmod = 2024-03-05T10:00:00Z
tags = ["Go", "travel"]
+++
![the view](view.png) and [the other post](../other.md#setup) and [home](/)[^1].

[^1]: A note.

<!--more-->

The rest of the trip.
-- content/posts/trip/view.png --
(a picture)
-- content/posts/other.md --
+++
title = "Other"
date = 2024-02-01T10:00:00Z
tags = ["go"]
+++
## Setup

Text.
-- content/posts/guides/_index.md --
+++
title = "Guides"
+++
-- content/posts/guides/one.md --
+++
title = "Guide one"
date = 2024-01-01T10:00:00Z
+++
A guide.
`;

const feedOf = (built: Built, path: string) => parseFeed(built.read(path));

describe("feeds", () => {
  let built: Built;
  it("are written for the home page, each section and each term, at Hugo's paths", async () => {
    built = await build(site);
    expect(built.code, built.log).toBe(0);
    expect(built.files().filter((f) => f.endsWith(".xml"))).toEqual([
      "index.xml", "posts/guides/index.xml", "posts/index.xml", "sitemap.xml", "tags/go/index.xml", "tags/travel/index.xml",
    ]);
  });

  it("parse as RSS 2.0 with a self link, items newest first, absolute URLs and RFC 822 dates", () => {
    const xml = built.read("index.xml");
    const feed = parseFeed(xml);
    expect(feed.meta).toEqual({ type: "rss", version: "2.0" });
    expect(feed.title).toBe("Notes & Co");
    expect(feed.url).toBe("https://example.org/blog/");
    expect(feed.self).toBe("https://example.org/blog/index.xml");
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([
      ["A <trip>", "https://example.org/blog/posts/trip/"],
      ["Other", "https://example.org/blog/posts/other/"],
      ["Guide one", "https://example.org/blog/posts/guides/one/"],
    ]);
    assertContains(xml, `
      <pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate>
      <lastBuildDate>Tue, 05 Mar 2024 10:00:00 GMT</lastBuildDate>`);
  });

  it("carry the summary with every link absolute: bundle files, other pages, footnotes, site paths", () => {
    const summary = feedOf(built, "index.xml").items[0]!.description!;
    assertContains(summary, `
      <img src="https://example.org/blog/posts/trip/view.png" alt="the view">
      <a href="https://example.org/blog/posts/other/#setup">the other post</a>
      <a href="https://example.org/blog/">home</a>
      href="https://example.org/blog/posts/trip/#fn:1"
      ! The rest of the trip`);
    expect(summary).not.toMatch(/(href|src)="\/(?!\/)/);
  });

  it("follow their list: a section's pages, a sub-section's, a term's", () => {
    expect(feedOf(built, "posts/index.xml").title).toBe("Posts on Notes & Co");
    expect(feedOf(built, "posts/index.xml").items.map((i) => i.title)).toEqual(["A <trip>", "Other"]);
    expect(feedOf(built, "posts/guides/index.xml").items.map((i) => i.title)).toEqual(["Guide one"]);
    const go = feedOf(built, "tags/go/index.xml");
    expect([go.title, go.self]).toEqual(["go on Notes & Co", "https://example.org/blog/tags/go/index.xml"]);
    expect(go.items.map((i) => i.title)).toEqual(["A <trip>", "Other"]);
    // Regression: term pages listed their pages in file order, not Hugo's default order (newest first).
    const termPage = built.read("tags/go/index.html");
    expect(termPage.indexOf("A &lt;trip&gt;")).toBeLessThan(termPage.indexOf(">Other<"));
  });

  it("are announced in every page's head: the site's feed, and a list's own", () => {
    const site = `<link rel="alternate" type="application/rss+xml" href="https://example.org/blog/index.xml" title="Notes &amp; Co">`;
    assertContains(built.read("posts/trip/index.html"), `${site}\n! href="https://example.org/blog/posts/index.xml"`);
    assertContains(built.read("posts/index.html"), `
      ${site}
      <link rel="alternate" type="application/rss+xml" href="https://example.org/blog/posts/index.xml" title="Posts on Notes &amp; Co">`);
    assertContains(built.read("tags/go/index.html"), `href="https://example.org/blog/tags/go/index.xml"`);
    expect(built.read("index.html").match(/application\/rss\+xml/g)).toHaveLength(1);
  });

  it("carry whole pages with [feeds] content = \"full\", and no more than limit items", async () => {
    const full = await build(`${site}\n-- folio.toml --\nbaseURL = "https://example.org/blog/"\n[feeds]\ncontent = "full"\nlimit = 2\n`);
    expect(full.code, full.log).toBe(0);
    const feed = feedOf(full, "index.xml");
    expect(feed.items).toHaveLength(2);
    assertContains(feed.items[0]!.content!, `
      The rest of the trip.
      <a href="https://example.org/blog/posts/trip/#fnref:1"`);
  });
});

describe("sitemap.xml, robots.txt and 404.html", () => {
  it("list every published page with its lastmod, point crawlers at the sitemap, and answer missing pages", async () => {
    const built = await build(`${site}
-- content/posts/draft.md --
+++
title = "Draft"
draft = true
+++
`);
    expect(built.code, built.log).toBe(0);
    const sitemap = built.read("sitemap.xml");
    const locs = [...sitemap.matchAll(/<loc>(.*)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual([
      "https://example.org/blog/", "https://example.org/blog/categories/", "https://example.org/blog/posts/", "https://example.org/blog/posts/guides/",
      "https://example.org/blog/posts/guides/one/", "https://example.org/blog/posts/other/", "https://example.org/blog/posts/trip/",
      "https://example.org/blog/tags/", "https://example.org/blog/tags/go/", "https://example.org/blog/tags/travel/",
    ]);
    assertContains(sitemap, `
      <loc>https://example.org/blog/posts/trip/</loc>
      <lastmod>2024-03-05T10:00:00Z</lastmod>
      <loc>https://example.org/blog/</loc>
      ! draft`);
    expect(built.read("robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n");
    expect(built.exists("404.html")).toBe(true);
  });

  it("turn crawlers away with [robots] disallowAll, for a staging build", async () => {
    const built = await build(`${site}\n-- folio.toml --\nbaseURL = "https://staging.example.org/"\n[robots]\ndisallowAll = true\n`);
    expect(built.read("robots.txt")).toMatch(/^User-agent: \*\nDisallow: \/\n/);
  });

  it("are left out with Hugo's disableKinds, and no page announces a feed that is not there", async () => {
    const built = await build(`${site}\n-- folio.toml --\nbaseURL = "https://example.org/"\ndisableKinds = ["RSS", "sitemap", "robotsTXT"]\n`);
    expect(built.code, built.log).toBe(0);
    expect(built.files().filter((f) => /\.(xml|txt)$/.test(f))).toEqual([]);
    expect(built.read("index.html")).not.toContain("application/rss+xml");
  });

  it("give way to the site's own public/robots.txt", async () => {
    const built = await build(`${site}\n-- public/robots.txt --\nUser-agent: *\nDisallow: /private/\n`);
    expect(built.read("robots.txt")).toBe("User-agent: *\nDisallow: /private/\n");
  });
});
