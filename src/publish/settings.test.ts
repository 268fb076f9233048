import { describe, expect, it } from "vitest";
import { readSettings } from "../settings/settings.ts";
import { defaultPublishSettings } from "./settings.ts";

const read = (...lines: string[]) => readSettings(lines.join("\n"), "folio.toml");

describe("publishing settings", () => {
  it("publishes feeds of summaries, a sitemap, robots.txt and search, minified, by default", () => {
    expect(read("").settings.publish).toEqual(defaultPublishSettings);
    expect(defaultPublishSettings).toEqual({
      feeds: { enabled: true, content: "summary", limit: -1 },
      sitemap: true,
      robots: { enabled: true, disallowAll: false },
      search: true,
      minify: { html: true, css: true, js: true },
    });
  });

  it("reads Hugo's disableKinds, [services.rss] and [minify], and folio's [feeds] and [robots]", () => {
    const { settings, problems } = read(
      'disableKinds = ["RSS", "sitemap", "robotsTXT", "search"]',
      "[services.rss]", "limit = 20",
      "[feeds]", 'content = "full"',
      "[robots]", "disallowAll = true",
      "[minify]", "disableHTML = true", "disableJS = true",
    );
    expect(problems).toEqual([]);
    expect(settings.publish).toEqual({
      feeds: { enabled: false, content: "full", limit: 20 },
      sitemap: false,
      robots: { enabled: false, disallowAll: true },
      search: false,
      minify: { html: false, css: true, js: false },
    });
  });

  it("lets [feeds] limit win over Hugo's [services.rss] limit", () => {
    expect(read("[feeds]", "limit = 5", "[services.rss]", "limit = 20").settings.publish.feeds.limit).toBe(5);
  });

  it.each([
    [['disableKinds = "rss"'], "disableKinds", "is not a list of strings"],
    [["[feeds]", 'content = "all"'], "content", 'is not "summary" or "full"'],
    [["[feeds]", "limit = 0"], "limit", "is not a whole number above 0, or -1 for all"],
    [["[robots]", 'disallowAll = "yes"'], "disallowAll", "is not a boolean"],
    [["[minify]", "disableHTML = 1"], "disableHTML", "is not a boolean"],
  ])("reports %j naming the setting and its line", (lines, field, message) => {
    const { problems } = read(...lines);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: "folio.toml", line: lines.length, field, message: `the "${field}" setting ${message}` });
    expect(problems[0]!.hint).toBeTruthy();
  });
});
