// One place that starts Eleventy for folio, for builds and for the dev server alike.
// https://www.11ty.dev/docs/programmatic/
import type Eleventy from "@11ty/eleventy";
import { hookConfigImports } from "../compiled.mjs";
import { setRunOptions, type RunOptions } from "../eleventy/plugin.ts";

export interface EleventyRun {
  outputDir: string;
  runMode: "build" | "serve";
  verbose: boolean;
  folio: RunOptions;
}

/** The part of Eleventy's config object whose benchmark warnings folio quiets. */
type Benchmarked = { benchmarkManager?: { get(group: string): { setIsVerbose(verbose: boolean): void } } };

let loading: Promise<typeof import("@11ty/eleventy")> | undefined;

/**
 * Starts loading Eleventy (about 0.4 s of module loading) without waiting: a build calls this first, so the
 * modules load while the main thread waits for the threads that render the pages.
 */
export function preloadEleventy(runMode: EleventyRun["runMode"]): Promise<typeof import("@11ty/eleventy")> {
  // As it loads, Eleventy starts module hooks on a thread of their own, which every later import then goes
  // through, so that a config or data file edited in watch mode is imported afresh: a build edits nothing,
  // and would pay about 0.3 s of CPU time for them. https://github.com/11ty/eleventy/issues/3371
  if (runMode === "build") process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  // The compiled command line's hooks for the site's config start as soon as Eleventy is loaded: a build waits
  // for its threads then, not later, when the threads wait for it.
  return (loading ??= import("@11ty/eleventy").then((eleventy) => (hookConfigImports(), eleventy)));
}

export async function createEleventy(run: EleventyRun): Promise<Eleventy> {
  const { default: Eleventy } = await preloadEleventy(run.runMode);
  const eleventy = new Eleventy(".", run.outputDir, {
    source: "script",
    configPath: ".eleventy.js",
    quietMode: !run.verbose,
    runMode: run.runMode,
    config: (eleventyConfig) => {
      setRunOptions(eleventyConfig, run.folio);
      // Eleventy makes this group before it reads quietMode, so a slow filter (a busy machine) would still print
      // "[11ty] Benchmark …" warnings among folio's messages; --verbose keeps them.
      if (!run.verbose) (eleventyConfig as Benchmarked).benchmarkManager?.get("Configuration").setIsVerbose(false);
    },
  });
  // folio reports its own problems; Eleventy's log would repeat them with stack traces.
  if (!run.verbose && run.runMode === "build") eleventy.disableLogger();
  return eleventy;
}
