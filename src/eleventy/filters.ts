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
  const inZone = (date: unknown) => {
    const current = site();
    return date instanceof Date && !Number.isNaN(date.getTime())
      ? DateTime.fromJSDate(date, { zone: current?.timeZone ?? "UTC" }).setLocale(current?.languageCode ?? "en")
      : undefined;
  };
  return {
    /** `{{ p.date | date }}` → 30 November 2024; any Luxon format string may follow. */
    date: (date: unknown, format = "d LLLL yyyy") => inZone(date)?.toFormat(format) ?? "",
    /** For `<time datetime>`: ISO 8601 with the site's offset. */
    isoDate: (date: unknown) => inZone(date)?.toISO({ suppressMilliseconds: true }) ?? "",
  };
}
