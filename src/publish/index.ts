// The site's files that are no page's view, made once the whole site is known: feeds, sitemap, robots.txt.
import type { OutputPlan, SiteFile } from "../content/outputs.ts";
import type { Site } from "../types.ts";
import { renderFeed, renderFeedPausing, sweepFeedItems } from "./feeds.ts";
import { renderRobots } from "./robots.ts";
import type { PublishSettings } from "./settings.ts";
import { renderSitemap } from "./sitemap.ts";

/**
 * Fills in the text of every planned site file (or of those `only` picks; the others keep theirs). `sourceDate`
 * is SOURCE_DATE_EPOCH, when set; `pause`, when given, is awaited after each file and every thousand items of a
 * feed, so a caller's other work (the dev server answering pages) is not held up by them all. `made` hears of
 * each file as its text is filled in.
 */
export async function renderSiteFiles(
  plan: OutputPlan, site: Site, publish: PublishSettings, sourceDate: Date | undefined,
  pause?: () => Promise<void>, only?: (file: SiteFile) => boolean, made?: (file: SiteFile) => void,
): Promise<void> {
  for (const file of plan.files) {
    if (only && !only(file)) continue;
    await pause?.();
    const feed = { site, feeds: publish.feeds, sourceDate };
    if (file.format === "rss") file.text = pause ? await renderFeedPausing(file.page, feed, pause) : renderFeed(file.page, feed);
    else if (file.format === "sitemap") file.text = renderSitemap(plan.outputs, site.baseURL);
    else file.text = renderRobots(site.baseURL, { disallowAll: publish.robots.disallowAll, sitemap: publish.sitemap });
    made?.(file);
  }
  if (!only) sweepFeedItems(); // a feed not made again still holds its items
}

/** The reproducible-builds clock: https://reproducible-builds.org/specs/source-date-epoch/ */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (!value || !/^\d+$/.test(value)) return undefined;
  return new Date(Number(value) * 1000);
}
