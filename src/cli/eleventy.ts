// One place that starts Eleventy for folio, for builds and for the dev server alike.
// https://www.11ty.dev/docs/programmatic/
import type Eleventy from "@11ty/eleventy";
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
export function preloadEleventy(): Promise<typeof import("@11ty/eleventy")> {
  return (loading ??= import("@11ty/eleventy"));
}

export async function createEleventy(run: EleventyRun): Promise<Eleventy> {
  const { default: Eleventy } = await preloadEleventy();
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
