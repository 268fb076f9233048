import { parseFeed } from "@rowanmanning/feed-parser";
import { Feed, type Item } from "feed";
import { describe, expect, it } from "vitest";
import { blankPage } from "../content/page.ts";
import type { Page } from "../types.ts";
import { renderFeed, type FeedContext } from "./feeds.ts";
import { defaultPublishSettings } from "./settings.ts";

// Hugo's RSS template: https://github.com/gohugoio/hugo/blob/master/tpl/tplimpl/embedded/templates/_default/rss.xml
const post = (slug: string, fields: Partial<Page> = {}): Page => ({
  ...blankPage({ kind: "page", dir: "posts", url: `/posts/${slug}/`, outputPath: `posts/${slug}/index.html` }, `Post ${slug}`),
  ...fields,
});
const list = (pages: Page[], fields: Partial<Page> = {}): Page => ({
  ...blankPage({ kind: "section", dir: "posts", url: "/posts/", outputPath: "posts/index.html" }, "Posts"),
  feedURL: "/posts/index.xml",
  pages,
  ...fields,
});
const ctx = (fields: Partial<FeedContext> = {}, feeds: Partial<FeedContext["feeds"]> = {}): FeedContext => ({
  site: { title: "Site & Co", baseURL: "https://example.org/blog/", languageCode: "en-gb" },
  feeds: { ...defaultPublishSettings.feeds, ...feeds },
  sourceDate: undefined,
  ...fields,
});
const jan = (day: number) => new Date(Date.UTC(2024, 0, day, 10, 0, 0));

describe("renderFeed", () => {
  const a = post("a", { title: "A <b>", date: jan(2), lastmod: jan(5), summary: '<p>See <a href="/blog/posts/b/">b</a> and <img src="/blog/posts/a/x.png" alt=""> and <a href="/blog/posts/a/#fn:1">1</a>.</p>', content: "<p>All of A.</p>" });
  const b = post("b", { date: jan(3), summary: "<p>B.</p>" });

  it("is RSS 2.0 a real parser reads: channel, self link, items in the list's order with absolute URLs", () => {
    const xml = renderFeed(list([b, a]), ctx());
    const feed = parseFeed(xml);
    expect(feed.meta).toEqual({ type: "rss", version: "2.0" });
    expect(feed.title).toBe("Posts on Site & Co");
    expect(feed.url).toBe("https://example.org/blog/posts/");
    expect(feed.self).toBe("https://example.org/blog/posts/index.xml");
    expect(feed.language).toBe("en-gb");
    expect(feed.items.map((i) => [i.title, i.url, i.id])).toEqual([
      ["Post b", "https://example.org/blog/posts/b/", "https://example.org/blog/posts/b/"],
      ["A <b>", "https://example.org/blog/posts/a/", "https://example.org/blog/posts/a/"],
    ]);
    expect(feed.items[1]!.description).toBe('<p>See <a href="https://example.org/blog/posts/b/">b</a> and <img src="https://example.org/blog/posts/a/x.png" alt=""> and <a href="https://example.org/blog/posts/a/#fn:1">1</a>.</p>');
  });

  it("writes RFC 822 dates, and the newest change as lastBuildDate rather than the build's time", () => {
    const xml = renderFeed(list([b, a]), ctx());
    expect(xml).toContain("<pubDate>Wed, 03 Jan 2024 10:00:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Fri, 05 Jan 2024 10:00:00 GMT</lastBuildDate>");
    expect(xml).toContain('<atom:link href="https://example.org/blog/posts/index.xml" rel="self" type="application/rss+xml"/>');
  });

  it("has no lastBuildDate without a dated item, unless SOURCE_DATE_EPOCH gives one", () => {
    expect(renderFeed(list([post("x")]), ctx())).not.toContain("lastBuildDate");
    expect(renderFeed(list([]), ctx({ sourceDate: new Date(0) }))).toContain("<lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT</lastBuildDate>");
  });

  it("carries the whole page as content:encoded with content = \"full\"", () => {
    const feed = parseFeed(renderFeed(list([a]), ctx({}, { content: "full" })));
    expect(feed.items[0]!.content).toBe("<p>All of A.</p>");
    expect(parseFeed(renderFeed(list([a]), ctx())).items[0]!.content).toBeNull();
  });

  it("keeps the first `limit` items", () => {
    expect(parseFeed(renderFeed(list([b, a]), ctx({}, { limit: 1 }))).items.map((i) => i.title)).toEqual(["Post b"]);
  });

  it("leaves out pages that are never rendered (they have no URL)", () => {
    expect(parseFeed(renderFeed(list([b, post("hidden", { url: "" })]), ctx())).items).toHaveLength(1);
  });

  it("titles the home feed with the site's title, and writes site-relative links for a base URL without a host, as Hugo", () => {
    const home = list([b], { kind: "home", url: "/", feedURL: "/index.xml", title: "Site & Co" });
    const xml = renderFeed(home, ctx({ site: { title: "Site & Co", baseURL: "/", languageCode: "en" } }));
    const feed = parseFeed(xml);
    expect(feed.title).toBe("Site & Co");
    expect(xml).toContain("<link>/posts/b/</link>");
    expect(xml).not.toContain("folio.invalid");
  });

  it("is made again when anything in it changed, for the dev server that remembers feeds between builds", () => {
    const page = post("m", { date: jan(2), summary: "<p>One.</p>", content: "<p>Whole.</p>" });
    const section = list([page], { url: "/memo/", feedURL: "/memo/index.xml" });
    expect(renderFeed(section, ctx())).toContain("One.");
    page.summary = "<p>Two.</p>";
    expect(renderFeed(section, ctx())).toContain("Two.");
    page.title = "Retitled";
    expect(renderFeed(section, ctx())).toContain("Retitled");
    expect(renderFeed(section, ctx({}, { content: "full" }))).toContain("Whole.");
    expect(renderFeed(section, ctx({ site: { title: "Other", baseURL: "https://example.org/blog/", languageCode: "en-gb" } }))).toContain("<title>Posts on Other</title>");
  });

  it("escapes what authors write: titles in CDATA, ]]> split, & in URLs", () => {
    const odd = post("odd", { title: "Fish ]]> & <chips>", url: "/posts/a&b/" });
    const xml = renderFeed(list([odd]), ctx());
    expect(parseFeed(xml).items[0]!.title).toBe("Fish ]]> & <chips>");
    expect(xml).toContain("https://example.org/blog/posts/a&amp;b/");
  });

  // Items are written one at a time and kept (see writeFeed): the whole must be what the library writes at once.
  it("is byte for byte the feed the library writes with every item at once", () => {
    const pages = [
      post("c", { date: jan(4), summary: "<p>C ]]> &amp; <em>c</em></p>", content: "" }),
      post("b2", { date: jan(3), summary: "<p>B.</p>", content: "<p>Whole <b>b</b>.</p>" }),
      post("undated", { summary: "" }),
    ];
    for (const [baseURL, content] of [["https://example.org/blog/", "summary"], ["/", "full"]] as const) {
      const site = { title: "Site & Co", baseURL, languageCode: "en-gb" };
      const section = list(pages, { url: "/whole/", feedURL: "/whole/index.xml" });
      const host = baseURL === "/" ? "http://folio.invalid/" : baseURL;
      const feed = new Feed({
        title: "Posts on Site & Co", description: "Recent content in Posts on Site & Co", id: `${host}whole/`, link: `${host}whole/`,
        language: "en-gb", generator: "folio", updated: jan(4), feedLinks: { rss: `${host}whole/index.xml` },
      });
      for (const page of pages) {
        const link = `${host}${page.url.slice(1)}`;
        const item: Partial<Item> = { title: page.title, link, description: page.summary };
        if (page.date) item.date = page.date;
        if (content === "full") item.content = page.content;
        feed.addItem(item as Item);
      }
      const expected = feed.rss2().replaceAll("http://folio.invalid", "");
      expect(renderFeed(section, ctx({ site }, { content }))).toBe(expected);
      // Again from the kept items, in another feed and order.
      expect(renderFeed(list([...pages].reverse(), { url: "/other/", feedURL: "/other/index.xml" }), ctx({ site }, { content }))).toContain(expected.slice(expected.indexOf("<item>"), expected.indexOf("</item>")));
    }
  });
});
