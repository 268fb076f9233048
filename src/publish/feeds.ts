// RSS 2.0 for the home page, each section and each term, as Hugo publishes them (/index.xml,
// /posts/index.xml, /tags/go/index.xml): https://gohugo.io/templates/rss/
import { Feed, type Item } from "feed";
import type { Page, Site } from "../types.ts";
import { absURL, basePath } from "../urls.ts";
import { absoluteLinks } from "./absolute.ts";
import type { PublishSettings } from "./settings.ts";

export interface FeedContext {
  site: Pick<Site, "title" | "baseURL" | "languageCode">;
  feeds: PublishSettings["feeds"];
  /** For a feed with no dated item: SOURCE_DATE_EPOCH, else the feed has no lastBuildDate. */
  sourceDate: Date | undefined;
}

// The dev server makes the site again on every save: a feed whose items did not change is not made again
// (a large site's feeds hold every page's summary, several times over; making them costs more than keying them).
const made = new Map<string, { key: unknown[]; text: string }>();

/** The feed of a list page: its pages in the list's own order, with absolute URLs everywhere. */
export function renderFeed(list: Page, ctx: FeedContext): string {
  const full = ctx.feeds.content === "full";
  // Compared value by value, not joined: an unchanged page's summary is the very string it was, compared at once.
  const key: unknown[] = [ctx.site.title, ctx.site.languageCode, ctx.feeds.limit, full, ctx.sourceDate?.getTime(), list.kind, list.title, list.feedURL];
  for (const p of list.pages) key.push(p.url, p.title, p.date?.getTime(), p.lastmod?.getTime(), p.summary, full ? p.content : "");
  const id = `${ctx.site.baseURL} ${list.url}`;
  const known = made.get(id);
  if (known && known.key.length === key.length && known.key.every((value, i) => value === key[i])) return known.text;
  const text = writeFeed(list, ctx);
  made.set(id, { key, text });
  return text;
}

function writeFeed(list: Page, ctx: FeedContext): string {
  const { feeds } = ctx;
  // A base URL without a host ("/") gives site-relative links, as Hugo writes them; the feed library wants full
  // URLs, so it gets a placeholder host, taken out of the result.
  const placeholder = /^[a-z][a-z0-9+.-]*:/i.test(ctx.site.baseURL) ? undefined : "http://folio.invalid";
  const site = placeholder ? { ...ctx.site, baseURL: placeholder + basePath(ctx.site.baseURL) } : ctx.site;
  const pages = list.pages.filter((page) => page.url !== ""); // a page that is never rendered has no link
  const items = feeds.limit < 0 ? pages : pages.slice(0, feeds.limit);
  const onSite = list.kind === "home" || list.title === site.title ? site.title : `${list.title} on ${site.title}`;
  // Not the build's time, which would change the output on every run: the newest change among the items.
  const updated = newest(items.map((page) => page.lastmod ?? page.date)) ?? ctx.sourceDate;
  const feed = new Feed({
    title: onSite,
    description: list.kind === "home" ? `Recent content on ${site.title}` : `Recent content in ${onSite}`,
    id: absURL(list.url, site.baseURL),
    link: absURL(list.url, site.baseURL),
    language: site.languageCode,
    generator: "folio",
    updated: updated ?? new Date(0),
    feedLinks: { rss: absURL(list.feedURL ?? `${list.url}index.xml`, site.baseURL) },
  });
  for (const page of items) {
    const link = absURL(page.url, site.baseURL);
    const item: Partial<Item> = { title: page.title, link, description: absoluteLinks(page.summary, link) };
    if (page.date) item.date = page.date;
    if (feeds.content === "full") item.content = absoluteLinks(page.content, link);
    feed.addItem(item as Item);
  }
  let xml = feed.rss2();
  if (placeholder) xml = xml.replaceAll(placeholder, "");
  return updated ? xml : xml.replace(/\n\s*<lastBuildDate>[^<]*<\/lastBuildDate>/, "");
}

export function newest(dates: readonly (Date | undefined)[]): Date | undefined {
  let found: Date | undefined;
  for (const date of dates) if (date && (!found || date > found)) found = date;
  return found;
}
