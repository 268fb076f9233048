// One finishing thread: its share of the files, read, scanned and minified; the results sent back at once.
import { parentPort } from "node:worker_threads";
import { finishFile, type FinishOptions } from "./finish.ts";

// Loaded while Eleventy writes the site, so the first file does not wait for it.
void import("html-minifier-terser");

parentPort!.once("message", async ({ outputDir, paths, options }: { outputDir: string; paths: string[]; options: FinishOptions }) => {
  const results = [];
  for (const path of paths) results.push(await finishFile(outputDir, path, options));
  parentPort!.postMessage(results);
});
