// What a production build publishes besides the pages: feeds, sitemap, robots.txt, search, minified output.
// Hugo's keys where Hugo has them: https://gohugo.io/configuration/all/#disablekinds,
// https://gohugo.io/configuration/services/#rss, https://gohugo.io/configuration/minify/
export interface PublishSettings {
  feeds: {
    /** Off with Hugo's `disableKinds = ["rss"]`. @default true */
    enabled: boolean;
    /** What an item carries: Hugo's summary, or the summary and the whole page (`content:encoded`). @default "summary" */
    content: "summary" | "full";
    /** Items per feed, the first of the list's order (newest first unless weighted); -1 for all, as Hugo's `[services.rss] limit`. @default -1 */
    limit: number;
  };
  /** `sitemap.xml`; off with `disableKinds = ["sitemap"]`. @default true */
  sitemap: boolean;
  robots: {
    /** `robots.txt`; off with `disableKinds = ["robotsTXT"]`. @default true */
    enabled: boolean;
    /** Ask every crawler to stay away, for staging builds (`[robots] disallowAll = true`). @default false */
    disallowAll: boolean;
  };
  /** The search page and its index (src/search/); off with folio's `disableKinds = ["search"]`. @default true */
  search: boolean;
  /** Minify production output; Hugo's `[minify] disableHTML`, `disableCSS`, `disableJS` turn a part off. @default all true */
  minify: { html: boolean; css: boolean; js: boolean };
}

export const defaultPublishSettings: PublishSettings = {
  feeds: { enabled: true, content: "summary", limit: -1 },
  sitemap: true,
  robots: { enabled: true, disallowAll: false },
  search: true,
  minify: { html: true, css: true, js: true },
};

type Table = Record<string, unknown>;
/** Reports a setting of the wrong type: its key, what it should be, how to write it. */
export type WrongType = (key: string, expected: string, hint: string) => void;

const isTable = (v: unknown): v is Table => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
const tableAt = (raw: Table, ...keys: string[]): Table => {
  let at: unknown = raw;
  for (const key of keys) at = isTable(at) ? at[key] : undefined;
  return isTable(at) ? at : {};
};

/** Reads the publishing settings from the settings file's table, its keys already lower-cased. */
export function readPublishSettings(raw: Table, wrongType: WrongType): PublishSettings {
  const bool = (value: unknown, key: string, where: string, fallback: boolean): boolean => {
    if (value === undefined) return fallback;
    if (typeof value === "boolean") return value;
    wrongType(key, "a boolean", `write ${key} = true or ${key} = false under ${where}, without quotes`);
    return fallback;
  };

  const disabled = new Set<string>();
  if (Array.isArray(raw.disablekinds) && raw.disablekinds.every((k) => typeof k === "string")) {
    for (const kind of raw.disablekinds as string[]) disabled.add(kind.toLowerCase());
  } else if (raw.disablekinds !== undefined) {
    wrongType("disableKinds", "a list of strings", 'write it as disableKinds = ["rss", "sitemap", "robotsTXT"]');
  }

  const feeds = tableAt(raw, "feeds");
  const rss = tableAt(raw, "services", "rss");
  let content = defaultPublishSettings.feeds.content;
  if (feeds.content === "summary" || feeds.content === "full") content = feeds.content;
  else if (feeds.content !== undefined) wrongType("content", '"summary" or "full"', 'write content = "summary" or content = "full" under [feeds]');
  let limit = defaultPublishSettings.feeds.limit;
  const rawLimit = feeds.limit ?? rss.limit;
  if (Number.isInteger(rawLimit) && (rawLimit as number) >= -1 && rawLimit !== 0) limit = rawLimit as number;
  else if (rawLimit !== undefined) wrongType("limit", "a whole number above 0, or -1 for all", "write limit = 20 under [feeds], or -1 for every page");

  const robots = tableAt(raw, "robots");
  const minify = tableAt(raw, "minify");
  return {
    feeds: { enabled: !disabled.has("rss"), content, limit },
    sitemap: !disabled.has("sitemap"),
    robots: { enabled: !disabled.has("robotstxt"), disallowAll: bool(robots.disallowall, "disallowAll", "[robots]", false) },
    search: !disabled.has("search"),
    minify: {
      html: !bool(minify.disablehtml, "disableHTML", "[minify]", false),
      css: !bool(minify.disablecss, "disableCSS", "[minify]", false),
      js: !bool(minify.disablejs, "disableJS", "[minify]", false),
    },
  };
}
