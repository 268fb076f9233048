// RSS 2.0 for the home page, each section and each term, as Hugo publishes them (/index.xml,
// /posts/index.xml, /tags/go/index.xml): https://gohugo.io/templates/rss/
import { Feed, type FeedOptions, type Item } from "feed";
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
  const steps = feedSteps(list, ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, awaiting `pause` every thousand items: the dev server answers pages meanwhile. */
export async function renderFeedPausing(list: Page, ctx: FeedContext, pause: () => Promise<void>): Promise<string> {
  const steps = feedSteps(list, ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Items between two pauses: about ten milliseconds of work. */
const STEP = 1000;

function* feedSteps(list: Page, ctx: FeedContext): Generator<void, string> {
  const full = ctx.feeds.content === "full";
  // Compared value by value, not joined: an unchanged page's summary is the very string it was, compared at once.
  const key: unknown[] = [ctx.site.title, ctx.site.languageCode, ctx.feeds.limit, full, ctx.sourceDate?.getTime(), list.kind, list.title, list.feedURL];
  for (const p of list.pages) key.push(p.url, p.title, p.date?.getTime(), p.lastmod?.getTime(), p.summary, full ? p.content : "");
  const id = `${ctx.site.baseURL} ${list.url}`;
  const known = made.get(id);
  if (known && known.key.length === key.length && known.key.every((value, i) => value === key[i])) return known.text;
  const text = yield* writeFeed(list, ctx);
  made.set(id, { key, text });
  return text;
}

/**
 * Each item's XML, as the library writes it: a page is in the home feed, its section's and one per term, and
 * an edit changes one page, so an item is written once and kept while what it shows stays the same.
 */
const itemXml = new Map<string, { key: unknown[]; xml: string }>();
let itemsUsed = new Set<string>();

/** Forgets the items of pages no feed showed since the last call: a long dev session does not accumulate them. */
export function sweepFeedItems(): void {
  for (const link of itemXml.keys()) if (!itemsUsed.has(link)) itemXml.delete(link);
  itemsUsed = new Set();
}

/** The `<item>` element in a feed the library wrote with one item, with the indentation before it. */
function itemIn(xml: string): { start: number; end: number } {
  let start = xml.indexOf("<item>");
  while (start > 0 && (xml[start - 1] === " " || xml[start - 1] === "\n")) start--;
  return { start, end: xml.lastIndexOf("</item>") + "</item>".length };
}

/** A feed channel holding one item, written by the library, for its item or for the channel around it. */
function libraryFeed(options: FeedOptions, item: Partial<Item>): string {
  const feed = new Feed(options);
  feed.addItem(item as Item);
  return feed.rss2();
}

function* writeFeed(list: Page, ctx: FeedContext): Generator<void, string> {
  const { feeds } = ctx;
  // A base URL without a host ("/") gives site-relative links, as Hugo writes them; the feed library wants full
  // URLs, so it gets a placeholder host, taken out of the result.
  const placeholder = /^[a-z][a-z0-9+.-]*:/i.test(ctx.site.baseURL) ? undefined : "http://folio.invalid";
  const site = placeholder ? { ...ctx.site, baseURL: placeholder + basePath(ctx.site.baseURL) } : ctx.site;
  const relative = (xml: string) => (placeholder ? xml.replaceAll(placeholder, "") : xml);
  const pages = list.pages.filter((page) => page.url !== ""); // a page that is never rendered has no link
  const items = feeds.limit < 0 ? pages : pages.slice(0, feeds.limit);
  const onSite = list.kind === "home" || list.title === site.title ? site.title : `${list.title} on ${site.title}`;
  // Not the build's time, which would change the output on every run: the newest change among the items.
  const updated = newest(items.map((page) => page.lastmod ?? page.date)) ?? ctx.sourceDate;
  const options: FeedOptions = {
    title: onSite,
    description: list.kind === "home" ? `Recent content on ${site.title}` : `Recent content in ${onSite}`,
    id: absURL(list.url, site.baseURL),
    link: absURL(list.url, site.baseURL),
    language: site.languageCode,
    generator: "folio",
    updated: updated ?? new Date(0),
    feedLinks: { rss: absURL(list.feedURL ?? `${list.url}index.xml`, site.baseURL) },
  };
  const full = feeds.content === "full";
  let withContent = false;
  const parts: string[] = [];
  for (const page of items) {
    if (parts.length % STEP === STEP - 1) yield;
    parts.push(itemOf(page));
  }
  function itemOf(page: Page): string {
    const link = absURL(page.url, site.baseURL);
    const key = [page.title, page.date?.getTime(), page.summary, full ? page.content : undefined];
    itemsUsed.add(link);
    const known = itemXml.get(link);
    if (known && known.key.every((value, i) => value === key[i])) {
      withContent ||= known.xml.includes("<content:encoded>");
      return known.xml;
    }
    const item: Partial<Item> = { title: page.title, link, description: absoluteLinks(page.summary, link) };
    if (page.date) item.date = page.date;
    if (full) item.content = absoluteLinks(page.content, link);
    withContent ||= Boolean(item.content);
    const written = libraryFeed(options, item);
    const { start, end } = itemIn(written);
    const xml = relative(written.slice(start, end));
    itemXml.set(link, { key, xml });
    return xml;
  }
  // The channel around the items, written with a stand-in item that asks for the same namespaces as the real ones.
  const channel = relative(libraryFeed(options, { title: "-", link: options.link, ...(withContent ? { content: "-" } : {}) }));
  const { start, end } = itemIn(channel);
  const head = updated ? channel.slice(0, start) : channel.slice(0, start).replace(/\n\s*<lastBuildDate>[^<]*<\/lastBuildDate>/, "");
  return head + parts.join("") + channel.slice(end);
}

export function newest(dates: readonly (Date | undefined)[]): Date | undefined {
  // By getTime(): `>` on two Dates converts each through valueOf, about ten times slower, for every item of every feed.
  let found: Date | undefined;
  let time = -Infinity;
  for (const date of dates) if (date && date.getTime() > time) [found, time] = [date, date.getTime()];
  return found;
}
