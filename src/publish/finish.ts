// The last pass over a written site, before it is swapped into place: each HTML page is read once, its links
// and ids noted for the link check, and, with CSS and JS files, minified. Large sites share it among threads.
import { readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { minifierFor, type MinifySettings } from "./minify.ts";
import type { Progress } from "../progress.ts";
import type { ThreadPool } from "../threads/pool.ts";
import { FINISH_THRESHOLD, finishOnThreads } from "./finish-pool.ts";
import { scanPage, type PageScan } from "./scan.ts";

export interface FinishOptions {
  /** What to minify: the settings' for a build to publish, nothing for one only checked (the dev server never runs this pass). */
  minify: MinifySettings;
}

export interface FileResult {
  path: string;
  /** For an HTML page: what the link check needs. */
  scan: PageScan | undefined;
  /** Bytes before and after minifying; equal when the file was not minified. */
  before: number;
  after: number;
  /** Why the file could not be minified (it is written as it was). */
  error: string | undefined;
}

export interface FinishResult {
  /** Every file of the output, relative to it, with forward slashes, sorted. */
  files: string[];
  scans: Map<string, PageScan>;
  minified: { files: number; before: number; after: number };
  /** Files that could not be minified, with the reason. */
  errors: { path: string; error: string }[];
}

/** Files worth a thread's time: pages, styles, scripts. Images and the like are left alone. */
const WORKED_ON = /\.(html?|css|m?js)$/i;

/** `progress` hears of each file finished; `done` are files the writer finished already, which are not read again. Closes `pool` when it has too little left for it. */
export async function finishSite(outputDir: string, options: FinishOptions, pool?: ThreadPool, progress?: Progress, done: readonly FileResult[] = []): Promise<FinishResult> {
  const files = listFiles(outputDir).sort();
  const finished = new Set(done.map((result) => result.path));
  const work = files.filter((path) => WORKED_ON.test(path) && !finished.has(path));
  progress?.start("finish", work.length);
  // The pool's last use: threads with nothing to finish are stopped now, and let go of their copies of the
  // site. Not waited for here (70 ms at 4,000 posts): the build waits for them before it ends.
  if (pool && work.length < FINISH_THRESHOLD) void pool.close();
  const results = pool && work.length >= FINISH_THRESHOLD
    ? await finishOnThreads(pool, outputDir, work, options, (count) => progress?.advance(count))
    : await inBatches(work, async (path) => {
        const result = await finishFile(outputDir, path, options);
        progress?.advance();
        return result;
      });
  progress?.end();
  const scans = new Map<string, PageScan>();
  const minified = { files: 0, before: 0, after: 0 };
  const errors: FinishResult["errors"] = [];
  // In path order, as the files were listed: the link check reports broken links in this order.
  for (const result of [...done, ...results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (result.scan) scans.set(result.path, result.scan);
    if (result.error) errors.push({ path: result.path, error: result.error });
    else if (result.after !== result.before) {
      minified.files++;
      minified.before += result.before;
      minified.after += result.after;
    }
  }
  return { files, scans, minified, errors };
}

/** One file: read, scanned when it is a page, minified when asked, written back only if it changed. */
export async function finishFile(outputDir: string, path: string, options: FinishOptions): Promise<FileResult> {
  const abs = join(outputDir, path);
  const { result, text } = await finishText(path, await readFile(abs, "utf8"), options);
  if (text !== undefined) await writeFile(abs, text);
  return result;
}

/**
 * A file's text as written, scanned when it is a page and minified when asked: the writer does this with the
 * page in hand, before writing it, so the finishing pass never reads it back. `text` is the minified text, or
 * undefined when the file stays as it was.
 */
export async function finishText(path: string, text: string, options: FinishOptions): Promise<{ result: FileResult; text: string | undefined }> {
  const scan = /\.html?$/i.test(path) ? scanPage(text) : undefined;
  const minify = minifierFor(path, options.minify);
  const before = Buffer.byteLength(text);
  const unchanged = { result: { path, scan, before, after: before, error: undefined }, text: undefined };
  if (!minify) return unchanged;
  try {
    const out = await minify(text);
    if (out === text) return unchanged;
    return { result: { path, scan, before, after: Buffer.byteLength(out), error: undefined }, text: out };
  } catch (error) {
    return { result: { path, scan, before, after: before, error: error instanceof Error ? error.message.split("\n")[0]! : String(error) }, text: undefined };
  }
}

/** A few files at a time: thousands of open files at once would run into the process's limit. */
async function inBatches<T>(items: readonly string[], each: (item: string) => Promise<T>, size = 16): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(each))));
  return results;
}

/**
 * Listed at once, not through fs/promises, which reads one folder after another, each a round trip to the
 * thread pool: 5,000 folders took 0.3–0.4 s that way and 0.08–0.11 s this way, with nothing else to do meanwhile.
 */
function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join("/"));
}
