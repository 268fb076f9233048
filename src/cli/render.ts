// A loaded site written through Eleventy into a folder, finished and its links checked: what `folio build` does
// in its staging folder and `folio check` in a folder it deletes afterwards.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FolioOptions, LoadResult } from "../load.ts";
import { displayPath } from "../problems.ts";
import { finishSite, type FileResult, type FinishResult } from "../publish/finish.ts";
import type { ThreadPool } from "../threads/pool.ts";
import { checkLinks, type LinkCheck } from "../publish/links.ts";
import type { MinifySettings } from "../publish/minify.ts";
import { linkProblems } from "../publish/sources.ts";
import type { Problem } from "../types.ts";
import { createEleventy } from "./eleventy.ts";

export interface WriteRun {
  loaded: LoadResult;
  options: FolioOptions;
  log: (line: string) => void;
  verbose: boolean;
  /** What to minify: a site to publish is, a site only checked need not be. */
  minify: MinifySettings;
  /** The public folder as given on the command line, for messages about its files. */
  publicDir: string;
  /** The build's worker threads, for a large site. */
  pool?: ThreadPool | undefined;
}

export interface Written {
  finished: FinishResult;
  links: LinkCheck;
  /** One problem per broken link, placed in the file that wrote it. */
  broken: Problem[];
}

export async function writeAndCheck(dir: string, run: WriteRun): Promise<Written> {
  // Pages come back scanned (and minified) from the writer; the finishing pass does the rest of the files.
  let pages: FileResult[] = [];
  // Not push(...results): 100,000 arguments overflow the stack.
  const write = { minify: run.minify, pool: run.pool, done: (results: FileResult[]) => void (pages = pages.concat(results)) };
  const eleventy = await createEleventy({ outputDir: dir, runMode: "build", verbose: run.verbose, folio: { ...run.options, loaded: run.loaded, log: run.log, write } });
  await eleventy.write();
  const finished = await finishSite(dir, { minify: run.minify }, run.pool, run.options.progress, pages);
  const { items, settings } = run.loaded;
  const links = checkLinks(finished.scans, finished.files, settings.baseURL);
  const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);
  const broken = links.broken.length === 0 ? [] : linkProblems(links.broken, { items, baseURL: settings.baseURL, publicDir: displayPath(resolve(run.publicDir)), read });
  return { finished, links, broken };
}
