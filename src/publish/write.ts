// Writes the site files (feeds, sitemap, robots.txt) beside the pages Eleventy wrote.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { SiteFile } from "../content/outputs.ts";

/**
 * `written` holds what each file was last written with, for a caller that writes the same output again (the
 * dev server): a file that did not change (most feeds, after an edit to one page) is not written again, and
 * one the site no longer has (the feed of a term no page uses now) is deleted.
 */
export async function writeSiteFiles(files: readonly SiteFile[], outputDir: string, written?: Map<string, string>): Promise<void> {
  const made = new Set<string>();
  const targets = new Set<string>();
  for (const file of files) {
    const target = join(outputDir, file.outputPath);
    targets.add(target);
    if (written?.get(target) === file.text) continue;
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(target, file.text);
    written?.set(target, file.text);
  }
  for (const target of written?.keys() ?? []) {
    if (targets.has(target)) continue;
    await rm(target, { force: true });
    written!.delete(target);
  }
}
