// Writes the site files (feeds, sitemap, robots.txt) beside the pages Eleventy wrote.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { SiteFile } from "../content/outputs.ts";

export async function writeSiteFiles(files: readonly SiteFile[], outputDir: string): Promise<void> {
  const made = new Set<string>();
  for (const file of files) {
    const target = join(outputDir, file.outputPath);
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(target, file.text);
  }
}
