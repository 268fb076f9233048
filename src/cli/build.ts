// `folio build`: check everything first, then write the site atomically: staged, finished (minified, links
// checked) and swapped in only when all is well, one build at a time per output folder.
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { openPageStore, savePageStore } from "../content/page-store.ts";
import { loadSite, type FolioOptions } from "../load.ts";
import { BuildError, displayPath, formatProblem } from "../problems.ts";
import { finishSite } from "../publish/finish.ts";
import { FINISH_THRESHOLD, FinishPool } from "../publish/finish-pool.ts";
import { checkLinks } from "../publish/links.ts";
import { buildReport, formatReport, type ReportInput } from "../publish/report.ts";
import { linkProblems } from "../publish/sources.ts";
import type { Problem } from "../types.ts";
import type { CliArgs } from "./args.ts";
import { createEleventy } from "./eleventy.ts";
import { LockedError, lockOutput, type OutputLock } from "./lock.ts";
import { writeAtomically } from "./output.ts";

export function folioOptions(args: CliArgs, flags: FolioOptions["flags"]): FolioOptions {
  return {
    contentDir: args.contentDir, layoutsDir: "layouts", publicDir: args.publicDir, settingsFile: args.settingsFile, flags, baseURL: args.baseURL,
    now: () => new Date(),
    // The CLI runs under tsx, so its workers can load our TypeScript.
    workers: args.workers ?? availableParallelism(),
  };
}

/** Returns the process exit code. The report goes to `print` as JSON with `--json`. */
export async function runBuild(args: CliArgs, log: (line: string) => void, print: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  const started = performance.now();
  const outputDir = resolve(args.outputDir ?? "_site");
  const outputName = displayPath(outputDir);
  const run: Partial<ReportInput> & { problems: Problem[] } = { problems: [] };
  const end = (ok: boolean, message?: string): number => {
    if (message) log(message);
    const report = buildReport({ loaded: run.loaded, finished: run.finished, links: run.links, problems: run.problems, output: outputName, seconds: (performance.now() - started) / 1000, ok });
    if (ok) for (const line of formatReport(report, outputName)) log(line);
    if (args.json) print(`${JSON.stringify(report, null, 2)}\n`);
    return ok ? 0 : 1;
  };
  const report = (problems: readonly Problem[]) => {
    for (const problem of problems) log(formatProblem(problem));
    run.problems.push(...problems);
  };

  let lock: OutputLock;
  try {
    lock = await lockOutput(outputDir);
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    return end(false, `folio: ${error.message}; nothing was written.`);
  }
  try {
    const options = folioOptions(args, { buildDrafts: args.drafts, buildFuture: args.future, buildExpired: args.expired });
    if (args.cacheDir) options.cache = openPageStore(args.cacheDir);
    const loaded = (run.loaded = await loadSite(options));
    report(loaded.problems);
    if (loaded.failed) {
      const errors = loaded.problems.filter((p) => p.severity === "error").length;
      return end(false, `folio: ${errors} error${errors === 1 ? "" : "s"}; nothing was written, the previous site is unchanged.`);
    }
    const { publish, baseURL } = loaded.settings;
    // Started now, so they load while Eleventy writes; only a large site is worth the threads.
    const threads = options.workers ?? 0;
    const pool = threads > 0 && loaded.items.length >= FINISH_THRESHOLD ? new FinishPool(threads) : undefined;
    try {
      await writeAtomically(outputDir, async (staging) => {
        const eleventy = createEleventy({ outputDir: staging, runMode: "build", verbose: args.verbose, folio: { ...options, loaded, log } });
        await eleventy.write();
        // Checked in the staging folder: a broken link stops the build before the site is swapped in.
        const finished = (run.finished = await finishSite(staging, { minify: publish.minify }, pool));
        report(finished.errors.map(({ path, error }) => ({ severity: "warning", file: `${outputName}/${path}`, line: 1, column: 1, message: `could not be minified: ${error}`, hint: "it is published as it was written" })));
        const links = (run.links = checkLinks(finished.scans, finished.files, baseURL));
        if (links.broken.length > 0) {
          const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);
          throw new BuildError(linkProblems(links.broken, { items: loaded.items, baseURL, publicDir: displayPath(resolve(args.publicDir)), read }));
        }
      });
    } catch (error) {
      if (!(error instanceof BuildError)) return end(false, `folio: the site could not be written: ${describe(error, args.verbose)}\nfolio: the previous site is unchanged.`);
      report(error.problems);
      const broken = error.problems.length;
      return end(false, `folio: ${broken} broken link${broken === 1 ? "" : "s"}; nothing was written, the previous site is unchanged.`);
    } finally {
      await pool?.close();
    }
    if (args.cacheDir && options.cache) {
      savePageStore(args.cacheDir, options.cache);
      log(`folio: ${options.cache.hits} of ${options.cache.size} rendered pages came from the cache in ${displayPath(resolve(args.cacheDir))}`);
    }
    return end(true);
  } finally {
    await lock.release();
  }
}

/** An error's message chain (Eleventy wraps template errors), or its stack when asked for. */
export function describe(error: unknown, verbose: boolean): string {
  if (!(error instanceof Error)) return String(error);
  if (verbose) return error.stack ?? error.message;
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = (e as { originalError?: unknown }).originalError ?? e.cause) {
    messages.push(e.message.trim());
  }
  return messages.join(": ");
}
