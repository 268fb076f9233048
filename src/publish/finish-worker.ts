// One finishing thread: its share of the files, read, scanned and minified; how far it has got as it goes, then
// the results at once.
import { parentPort } from "node:worker_threads";
import { finishFile, type FinishOptions } from "./finish.ts";
import { FINISH_PROGRESS_EVERY } from "./finish-pool.ts";

// Loaded while Eleventy writes the site, so the first file does not wait for it.
void import("html-minifier-terser");

parentPort!.once("message", async ({ outputDir, paths, options }: { outputDir: string; paths: string[]; options: FinishOptions }) => {
  const results = [];
  for (const path of paths) {
    results.push(await finishFile(outputDir, path, options));
    if (results.length % FINISH_PROGRESS_EVERY === 0) parentPort!.postMessage({ finished: FINISH_PROGRESS_EVERY });
  }
  parentPort!.postMessage(results);
});
