// Filters for layouts, named as Hugo's functions: relURL, absURL, and dates in the site's time zone.
// https://gohugo.io/functions/urls/relurl/
import { DateTime } from "luxon";
import type { Site } from "../types.ts";
import { absURL, relURL } from "../urls.ts";

type SiteSource = () => Pick<Site, "baseURL" | "timeZone" | "languageCode"> | undefined;

export function urlFilters(site: SiteSource) {
  return {
    relURL: (path: string) => relURL(String(path ?? ""), site()?.baseURL ?? "/"),
    absURL: (path: string) => absURL(String(path ?? ""), site()?.baseURL ?? "/"),
  };
}

export function dateFilters(site: SiteSource) {
  // A page's date is shown on its own page, in every list and on every term page that holds it: format
  // each (instant, format, zone, locale) once, from one DateTime per (instant, zone, locale), made with its
  // locale rather than given it after (setLocale copies it). Luxon takes tens of microseconds to make one: a
  // thread writing 2,000 posts spent 0.2 s on them; the two formats of 4,000 dates take 9 ms this way, 57 ms
  // the old way (UTC; 26 against 101 ms in Europe/Paris). The memo is maps within maps (zone, locale, format,
  // then the instant), so that no key string is made and hashed per call: 72,000 lookups took 24 ms, 68 ms
  // with one string key.
  const memo = new Map<string, Map<string, Map<string, Map<number, string>>>>();
  const instants = new Map<string, Map<string, Map<number, DateTime>>>();
  const within = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  };
  const format = (date: unknown, how: string, write: (d: DateTime) => string | null) => {
    if (!(date instanceof Date)) return "";
    const ms = date.getTime();
    if (Number.isNaN(ms)) return "";
    const current = site();
    const zone = current?.timeZone ?? "UTC";
    const locale = current?.languageCode ?? "en";
    // The defaults need neither Luxon nor the memo of what it wrote.
    const direct = inUTC(ms, zone, locale, how);
    if (direct !== undefined) return direct;
    const texts = within(within(within(memo, zone, () => new Map()), locale, () => new Map()), how, () => new Map<number, string>());
    let text = texts.get(ms);
    if (text === undefined) {
      const dateTimes = within(within(instants, zone, () => new Map()), locale, () => new Map<number, DateTime>());
      let dateTime = dateTimes.get(ms);
      if (dateTime === undefined) dateTimes.set(ms, (dateTime = DateTime.fromMillis(ms, { zone, locale })));
      text = write(dateTime) ?? "";
      texts.set(ms, text);
    }
    return text;
  };
  return {
    /** `{{ p.date | date }}` → 30 November 2024; any Luxon format string may follow. */
    date: (date: unknown, how = "d LLLL yyyy") => format(date, how, (d) => d.toFormat(how)),
    /** For `<time datetime>`: ISO 8601 with the site's offset. */
    isoDate: (date: unknown) => format(date, "iso", (d) => d.toISO({ suppressMilliseconds: true })),
  };
}

const DEFAULT_FORMAT = "d LLLL yyyy";
// Month names by locale, as Luxon's LLLL writes them (Intl's stand-alone form).
const monthNames = new Map<string, string[]>();
function monthsOf(locale: string): string[] {
  let months = monthNames.get(locale);
  if (!months) {
    const month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
    monthNames.set(locale, (months = Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2000, m, 15)))));
  }
  return months;
}

/**
 * The site's defaults (UTC, an English locale, the default format) written without Luxon, which takes tens of
 * microseconds to make a DateTime and as long to format it: a thread writing a 4,000-post site formats each of
 * 3,600 dates both ways, 39–64 ms, 10 ms this way. Undefined when the date is not one these cover, as Luxon writes it.
 */
function inUTC(ms: number, zone: string, locale: string, how: string): string | undefined {
  if (zone !== "UTC") return undefined;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return undefined; // Luxon's signs and padding past four digits
  if (how === "iso") {
    const iso = d.toISOString();
    return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
  }
  // English, or English of a region: an extension (`-u-nu-arab`, `-u-ca-buddhist`) changes Luxon's digits or calendar.
  if (how !== DEFAULT_FORMAT || !/^en(?:-(?:[a-z]{2}|\d{3}))?$/i.test(locale)) return undefined;
  return `${d.getUTCDate()} ${monthsOf(locale)[d.getUTCMonth()]} ${year}`;
}

// Tags that end a block of text leave a space, so "<li>a</li><li>b</li>" reads "a b"; the rest leave nothing.
const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|h[1-6]|hr|li|ol|p|pre|section|summary|table|td|th|tr|ul)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const character = (code: number, entity: string) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity);

/**
 * `{{ p.summary | plainify }}`: rendered HTML as one line of plain text (Hugo's plainify), with the entities
 * our Markdown writes decoded. A regular expression, not a parser: it runs for every page's description.
 */
export function plainify(html: unknown): string {
  return String(html ?? "")
    .replace(BLOCK_TAG, " ")
    .replace(TAG, "")
    .replace(ENTITY, (entity, dec?: string, hex?: string, name?: string) => (name ? NAMED[name]! : character(dec ? Number(dec) : parseInt(hex!, 16), entity)))
    .replace(/\s+/g, " ")
    .trim();
}

// In an inline <script>, `</script>` or `<!--` in a string would end or change the element: JSON's \u escapes
// keep them out. U+2028/2029 are line ends to old JavaScript parsers.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * `{{ data | jsonLd | safe }}` for `<script type="application/ld+json">`: JSON in which no author text can
 * close the script element. Empty strings, null and empty lists are left out, so layouts can list optional
 * fields unconditionally.
 */
export function jsonLd(value: unknown): string {
  const json = JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    if (Array.isArray(this)) return v;
    return v === "" || v === null || (Array.isArray(v) && v.length === 0) ? undefined : v;
  });
  return (json ?? "null").replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export const textFilters = { plainify, jsonLd };
