// A production build writes its pages through a Nunjucks environment with the layouts and filters Eleventy's
// pagination uses (the dev server's path; test/writer.test.ts compares the bytes) but without Eleventy's
// per-template work: that costs about 0.5 ms and tens of kilobytes per output, held until the build ends, and a
// site of 100,000 pages ran out of memory with it. Each page is rendered, scanned for the link check, minified
// when asked, written and let go; on a large site, writing threads share the pages (src/publish/finish-pool.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import nunjucks, { type Environment } from "nunjucks";
import { finishText, type FileResult, type FinishOptions } from "../publish/finish.ts";
import type { RenderItem } from "./layouts.ts";

/** What every output renders: the page's chosen layout, with Hugo's names for what it shows. */
export const OUTPUT_TEMPLATE = "{% set p = r.page %}{% set pager = r.pager %}{% set redirectTo = r.redirectTo %}{% include r.template %}";

export interface WriteOptions extends FinishOptions {
  /** Hears of every page written, with what the finishing pass would have found (links and ids, bytes before and after minifying). */
  onWritten: (result: FileResult) => void;
  /** Runs each file's writing: on a thread, it refuses once the build is interrupted (src/threads/thread.ts). */
  guard?: <T>(write: () => T) => T;
}

/**
 * Renders every item with `site` as its global data and writes it below `outputDir`, telling `onWritten` of
 * each page as the finishing pass would see it, so that pass skips it.
 */
export async function writeOutputs(environment: Environment, items: Iterable<RenderItem>, site: unknown, outputDir: string, options: WriteOptions): Promise<void> {
  const template = new nunjucks.Template(OUTPUT_TEMPLATE, environment, "folio.njk", true);
  const root = resolve(outputDir);
  const folders = new Set<string>();
  for (const item of items) {
    const html = await new Promise<string>((done, fail) =>
      // The callback form, so that async filters (which Eleventy allows) work as they do under Eleventy.
      template.render({ site, r: item }, (error, text) => (error ? fail(error) : done(text ?? ""))),
    );
    const path = join(root, item.outputPath);
    // Output paths were checked when the site was planned; this keeps the promise even if a check is missed.
    if (!path.startsWith(root + sep)) throw new Error(`folio: refused to write ${item.outputPath} outside ${outputDir}`);
    const { result, text } = await finishText(item.outputPath, html, options);
    // Written at once: a file a page is about as fast to write as to hand to the thread pool (5,000 pages: 0.6 s
    // this way, three times that through fs/promises), and a large site writes on threads of its own.
    const write = () => {
      const dir = dirname(path);
      if (!folders.has(dir)) {
        mkdirSync(dir, { recursive: true });
        folders.add(dir);
      }
      writeFileSync(path, text ?? html);
    };
    if (options.guard) options.guard(write);
    else write();
    options.onWritten(result);
  }
}
