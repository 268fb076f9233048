// Writes the site files (feeds, sitemap, robots.txt) beside the pages Eleventy wrote.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SiteFile } from "../content/outputs.ts";

/**
 * Each file is written as soon as it is made, while a large site's threads still write its pages, and
 * synchronously: an interrupted build removes its staging folder as it exits, from a signal's handler, which
 * runs between two of these writes and never during one, so no write of this thread's can make the folder again.
 *
 * `written` holds what each file was last written with, for a caller that writes the same output again (the
 * dev server): a file that did not change (most feeds, after an edit to one page) is not written again, and
 * one the site no longer has (the feed of a term no page uses now) is deleted by `sweep`.
 */
export class SiteFileWriter {
  readonly #outputDir: string;
  readonly #written: Map<string, string> | undefined;
  readonly #made = new Set<string>();

  constructor(outputDir: string, written?: Map<string, string>) {
    this.#outputDir = outputDir;
    this.#written = written;
  }

  write(file: SiteFile): void {
    const target = join(this.#outputDir, file.outputPath);
    if (this.#written?.get(target) === file.text) return;
    const folder = dirname(target);
    if (!this.#made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#made.add(folder);
    }
    writeFileSync(target, file.text);
    this.#written?.set(target, file.text);
  }

  /** Writes what `write` was not given (a file not made again keeps its text), and deletes what the site no longer has. */
  sweep(files: readonly SiteFile[]): void {
    const targets = new Set<string>();
    for (const file of files) {
      targets.add(join(this.#outputDir, file.outputPath));
      this.write(file);
    }
    for (const target of this.#written?.keys() ?? []) {
      if (targets.has(target)) continue;
      rmSync(target, { force: true });
      this.#written!.delete(target);
    }
  }
}
