// Filters for layouts, named as Hugo's functions: relURL, absURL, and dates in the site's time zone.
// https://gohugo.io/functions/urls/relurl/
import { DateTime } from "luxon";
import type { Site } from "../types.ts";

type SiteSource = () => Pick<Site, "baseURL" | "timeZone" | "languageCode"> | undefined;

/** The path part of a base URL: `https://example.org/blog/` → `/blog/`. */
export function basePath(baseURL: string): string {
  if (baseURL.startsWith("/")) return baseURL;
  try {
    return new URL(baseURL).pathname;
  } catch {
    return "/";
  }
}

/** Joins a site-relative path (`/posts/foo/`) to the base URL's path, keeping absolute URLs as they are. */
export function relURL(path: string, baseURL: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  return basePath(baseURL) + path.replace(/^\/+/, "");
}

/** The full URL of a site path; site-relative when the base URL has no host. */
export function absURL(path: string, baseURL: string): string {
  const rel = relURL(path, baseURL);
  return /^[a-z][a-z0-9+.-]*:/i.test(baseURL) ? new URL(rel, baseURL).href : rel;
}

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
