// A production build writes its pages through Eleventy's own Nunjucks environment (the same layouts, filters
// and bytes as Eleventy's pagination, which the dev server uses) but without Eleventy's per-template work:
// that costs about 0.5 ms and tens of kilobytes per output, held until the build ends, and a site of
// 100,000 pages ran out of memory with it. Each page is rendered, written and let go.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import nunjucks, { type Environment } from "nunjucks";
import type { Progress } from "../progress.ts";
import type { RenderItem } from "./layouts.ts";

/** What every output renders: the page's chosen layout, with Hugo's names for what it shows. */
export const OUTPUT_TEMPLATE = "{% set p = r.page %}{% set pager = r.pager %}{% set redirectTo = r.redirectTo %}{% include r.template %}";

/** Files being written while the next pages render: enough to keep the disk busy, few enough to hold little. */
const IN_FLIGHT = 32;

/** Renders every item with `site` as its global data and writes it below `outputDir`, telling `progress`; returns the count. */
export async function writeOutputs(environment: Environment, items: readonly RenderItem[], site: unknown, outputDir: string, progress?: Progress): Promise<number> {
  const template = new nunjucks.Template(OUTPUT_TEMPLATE, environment, "folio.njk", true);
  const root = resolve(outputDir);
  progress?.start("write", items.length);
  const folders = new Map<string, Promise<unknown>>();
  const writing = new Set<Promise<void>>();
  for (const item of items) {
    const html = await new Promise<string>((done, fail) =>
      // The callback form, so that async filters (which Eleventy allows) work as they do under Eleventy.
      template.render({ site, r: item }, (error, text) => (error ? fail(error) : done(text ?? ""))),
    );
    const path = join(root, item.outputPath);
    // Output paths were checked when the site was planned; this keeps the promise even if a check is missed.
    if (!path.startsWith(root + sep)) throw new Error(`folio: refused to write ${item.outputPath} outside ${outputDir}`);
    const dir = dirname(path);
    let folder = folders.get(dir);
    if (!folder) folders.set(dir, (folder = mkdir(dir, { recursive: true })));
    const write: Promise<void> = folder.then(() => writeFile(path, html)).then(() => progress?.advance()).finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= IN_FLIGHT) await Promise.race(writing);
  }
  await Promise.all(writing);
  progress?.end();
  return items.length;
}
