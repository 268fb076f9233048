// `folio build`: check everything first, then write the site atomically: staged, finished (minified, links
// checked) and swapped in only when all is well, one build at a time per output folder.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { openPageStore, savePageStore } from "../content/page-store.ts";
import { loadSite, type FolioOptions } from "../load.ts";
import { BuildError, displayPath, formatProblem } from "../problems.ts";
import { FINISH_THRESHOLD } from "../publish/finish-pool.ts";
import { ThreadPool } from "../threads/pool.ts";
import { createProgress, progressMode } from "../progress.ts";
import { buildReport, formatReport, type ReportInput } from "../publish/report.ts";
import { hasSearch, indexSite } from "../search/index.ts";
import type { Problem } from "../types.ts";
import type { CliArgs } from "./args.ts";
import { LockedError, lockOutput, type OutputLock } from "./lock.ts";
import { beforeInterruptExit, stopOnInterrupt, uninterrupted } from "./interrupt.ts";
import { writeAtomically, writeFailure } from "./output.ts";
import { preloadEleventy } from "./eleventy.ts";
import { writeAndCheck } from "./render.ts";
import { describe } from "./describe.ts";
import { formatFailure, fromRenderError } from "../serve/failure.ts";

export function folioOptions(args: CliArgs, flags: FolioOptions["flags"]): FolioOptions {
  return {
    contentDir: args.contentDir, layoutsDir: "layouts", publicDir: args.publicDir, settingsFile: args.settingsFile, flags, baseURL: args.baseURL,
    now: () => new Date(),
    workers: args.workers ?? availableParallelism(),
  };
}

/**
 * V8 lets a heap grow to as much as four times what outlived its last full collection before it collects
 * again; a build's threads allocate fast, so each grew to about 350 MB around 75 MB of live data. Growing by
 * half at most kept a build of 10,000 pages under 1 GiB (886–958 MiB, 1,092–1,101 MiB before) in the same time. Set for the
 * build's threads, which read V8's flags as they start, and for this one, which reads it at each collection.
 */
const HEAP_GROWING_PERCENT = 50;

/** Returns the process exit code. The report goes to `print` as JSON with `--json`. */
export async function runBuild(args: CliArgs, log: (line: string) => void, print: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  const started = performance.now();
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // Pages rendered and written, on stderr: one line redrawn in a terminal, a line per phase in a log.
  const progress = createProgress(progressMode(process.stderr), (text) => process.stderr.write(text));
  const say = log;
  log = (line) => {
    progress.interrupt(); // a message starts on a line of its own, never after a progress line
    say(line);
  };
  const outputDir = resolve(args.outputDir ?? "_site");
  const outputName = displayPath(outputDir);
  const run: Partial<ReportInput> & { problems: Problem[] } = { problems: [] };
  const end = (ok: boolean, message?: string): number => {
    if (message) log(message);
    const report = buildReport({ loaded: run.loaded, finished: run.finished, links: run.links, search: run.search, problems: run.problems, output: outputName, seconds: (performance.now() - started) / 1000, ok });
    if (ok) for (const line of formatReport(report, outputName)) log(line);
    if (args.json) print(`${JSON.stringify(report, null, 2)}\n`);
    return ok ? 0 : 1;
  };
  const report = (problems: readonly Problem[]) => {
    for (const problem of problems) log(formatProblem(problem));
    run.problems.push(...problems);
  };

  // From here on Ctrl+C or SIGTERM stops the build cleanly: no staging folder, no lock, the old site intact.
  // Taking the lock is held back from interruptions: a signal between making the lock file and arranging its
  // removal on exit would leave it behind.
  const allowInterrupts = stopOnInterrupt(log);
  let lock: OutputLock;
  try {
    lock = await uninterrupted(() => lockOutput(outputDir));
  } catch (error) {
    allowInterrupts();
    if (!(error instanceof LockedError)) return end(false, writeFailure(error, outputDir) ?? `folio: ${describe(error, args.verbose)}`);
    return end(false, `folio: ${error.message}; nothing was written.`);
  }
  const options = folioOptions(args, { buildDrafts: args.drafts, buildFuture: args.future, buildExpired: args.expired });
  // One set of threads for the whole build, started first so they load their modules while this one reads the
  // content: they render the pages, then write them. A small site stops them as soon as it knows (site.ts).
  const pool = options.workers ? new ThreadPool(options.workers) : undefined;
  const forgetPool = pool ? beforeInterruptExit(() => pool.halt()) : () => {};
  try {
    options.progress = progress;
    options.pool = pool;
    if (args.cacheDir) options.cache = openPageStore(args.cacheDir);
    // Eleventy's modules load while the threads render.
    void preloadEleventy("build");
    const loaded = (run.loaded = await loadSite(options));
    report(loaded.problems);
    if (loaded.failed) {
      const errors = loaded.problems.filter((p) => p.severity === "error").length;
      return end(false, `folio: ${errors} error${errors === 1 ? "" : "s"}; nothing was written, the previous site is unchanged.`);
    }
    const { publish } = loaded.settings;
    const writers = pool && !pool.closed && loaded.items.length >= FINISH_THRESHOLD ? pool : undefined;
    if (!writers) await pool?.close();
    try {
      await writeAtomically(outputDir, async (staging) => {
        // Checked in the staging folder: a broken link stops the build before the site is swapped in.
        const written = await writeAndCheck(staging, { loaded, options, log, verbose: args.verbose, minify: publish.minify, publicDir: args.publicDir, pool: writers });
        [run.finished, run.links] = [written.finished, written.links];
        report(written.finished.errors.map(({ path, error }) => ({ severity: "warning", file: `${outputName}/${path}`, line: 1, column: 1, message: `could not be minified: ${error}`, hint: "it is published as it was written" })));
        if (written.broken.length > 0) throw new BuildError(written.broken);
        // Last, from the finished pages: the index holds exactly what this build publishes.
        if (hasSearch(loaded)) run.search = await indexSite(staging);
      });
    } catch (error) {
      if (!(error instanceof BuildError)) {
        const refused = writeFailure(error, outputDir);
        if (refused) return end(false, refused);
        // A layout's mistake, placed at its file and line as Nunjucks tells them.
        const failure = fromRenderError(error, process.cwd(), "fix the layout");
        if (failure.file && !args.verbose) return end(false, `${formatFailure(failure)}\nfolio: the site could not be written; the previous site is unchanged.`);
        return end(false, `folio: the site could not be written: ${describe(error, args.verbose)}\nfolio: the previous site is unchanged.`);
      }
      report(error.problems);
      const broken = error.problems.length;
      return end(false, `folio: ${broken} broken link${broken === 1 ? "" : "s"}; nothing was written, the previous site is unchanged.`);
    }
    if (args.cacheDir && options.cache) {
      savePageStore(args.cacheDir, options.cache);
      log(`folio: ${options.cache.hits} of ${options.cache.size} rendered pages came from the cache in ${displayPath(resolve(args.cacheDir))}`);
    }
    return end(true);
  } finally {
    await pool?.close();
    forgetPool();
    // The lock goes first: a signal after interrupts are let go kills the process, and with it no "exit" handler.
    lock.release();
    allowInterrupts();
  }
}
