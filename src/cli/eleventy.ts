// One place that starts Eleventy for folio, for builds and for the dev server alike.
// https://www.11ty.dev/docs/programmatic/
import Eleventy from "@11ty/eleventy";
import { setRunOptions, type RunOptions } from "../eleventy/plugin.ts";

export interface EleventyRun {
  outputDir: string;
  runMode: "build" | "serve";
  verbose: boolean;
  folio: RunOptions;
}

export function createEleventy(run: EleventyRun): Eleventy {
  const eleventy = new Eleventy(".", run.outputDir, {
    source: "script",
    configPath: ".eleventy.js",
    quietMode: !run.verbose,
    runMode: run.runMode,
    config: (eleventyConfig) => setRunOptions(eleventyConfig, run.folio),
  });
  // folio reports its own problems; Eleventy's log would repeat them with stack traces.
  if (!run.verbose && run.runMode === "build") eleventy.disableLogger();
  return eleventy;
}
