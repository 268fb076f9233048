// The site's files that are no page's view, made once the whole site is known: feeds, sitemap, robots.txt.
import type { OutputPlan } from "../content/outputs.ts";
import type { Site } from "../types.ts";
import { renderFeed, sweepFeedItems } from "./feeds.ts";
import { renderRobots } from "./robots.ts";
import type { PublishSettings } from "./settings.ts";
import { renderSitemap } from "./sitemap.ts";

/**
 * Fills in the text of every planned site file. `sourceDate` is SOURCE_DATE_EPOCH, when set; `pause`, when given,
 * is awaited after each file, so a caller's other work is not held up by them all.
 */
export async function renderSiteFiles(plan: OutputPlan, site: Site, publish: PublishSettings, sourceDate: Date | undefined, pause?: () => Promise<void>): Promise<void> {
  for (const file of plan.files) {
    await pause?.();
    if (file.format === "rss") file.text = renderFeed(file.page, { site, feeds: publish.feeds, sourceDate });
    else if (file.format === "sitemap") file.text = renderSitemap(plan.outputs, site.baseURL);
    else file.text = renderRobots(site.baseURL, { disallowAll: publish.robots.disallowAll, sitemap: publish.sitemap });
  }
  sweepFeedItems();
}

/** The reproducible-builds clock: https://reproducible-builds.org/specs/source-date-epoch/ */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (!value || !/^\d+$/.test(value)) return undefined;
  return new Date(Number(value) * 1000);
}
