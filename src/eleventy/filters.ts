// Filters for layouts, named as Hugo's functions: relURL, absURL, and dates in the site's time zone.
// https://gohugo.io/functions/urls/relurl/
import { DateTime } from "luxon";
import { parse } from "node-html-parser";
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
  // each (instant, format, zone, locale) once. Luxon takes tens of microseconds a call.
  const memo = new Map<string, string>();
  const format = (date: unknown, how: string, write: (d: DateTime) => string | null) => {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) return "";
    const current = site();
    const zone = current?.timeZone ?? "UTC";
    const locale = current?.languageCode ?? "en";
    const key = `${date.getTime()}\u0000${how}\u0000${zone}\u0000${locale}`;
    let text = memo.get(key);
    if (text === undefined) {
      text = write(DateTime.fromJSDate(date, { zone }).setLocale(locale)) ?? "";
      memo.set(key, text);
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

/** `{{ p.summary | plainify }}`: rendered HTML as one line of plain text, entities decoded (Hugo's plainify). */
export function plainify(html: unknown): string {
  return parse(String(html ?? "")).textContent.replace(/\s+/g, " ").trim();
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
