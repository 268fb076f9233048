// `folio build`: check everything first, then write the site atomically.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { loadSite, type FolioOptions } from "../load.ts";
import { displayPath, formatProblem } from "../problems.ts";
import type { CliArgs } from "./args.ts";
import { createEleventy } from "./eleventy.ts";
import { writeAtomically } from "./output.ts";

export function folioOptions(args: CliArgs, flags: FolioOptions["flags"]): FolioOptions {
  return {
    contentDir: args.contentDir, layoutsDir: "layouts", publicDir: args.publicDir, settingsFile: args.settingsFile, flags, baseURL: args.baseURL,
    now: () => new Date(),
    // The CLI runs under tsx, so its workers can load our TypeScript.
    workers: args.workers ?? availableParallelism(),
  };
}

/** Returns the process exit code. */
export async function runBuild(args: CliArgs, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const options = folioOptions(args, { buildDrafts: args.drafts, buildFuture: args.future, buildExpired: args.expired });
  const loaded = await loadSite(options);
  for (const problem of loaded.problems) log(formatProblem(problem));
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  if (loaded.failed) {
    log(`folio: ${errors} error${errors === 1 ? "" : "s"}; nothing was written, the previous site is unchanged.`);
    return 1;
  }

  const outputDir = resolve(args.outputDir ?? "_site");
  try {
    await writeAtomically(outputDir, async (staging) => {
      const eleventy = createEleventy({ outputDir: staging, runMode: "build", verbose: args.verbose, folio: { ...options, loaded, log } });
      await eleventy.write();
    });
  } catch (error) {
    log(`folio: the site could not be written: ${describe(error, args.verbose)}`);
    log("folio: the previous site is unchanged.");
    return 1;
  }

  const { items, skipped } = loaded;
  const pages = items.filter((item) => item.redirectTo === undefined).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const left = skipped > 0 ? ` (${skipped} left out: drafts, future or expired)` : "";
  const threads = loaded.renderThreads > 1 ? `, rendered on ${loaded.renderThreads} threads` : "";
  log(`folio: ${pages} pages${left}, ${loaded.plan.resources.length} bundle files written to ${displayPath(outputDir)}${threads} in ${seconds} s`);
  return 0;
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
