// Writing and finishing on a worker thread: renders and writes its share of the pages, or reads, scans and
// minifies its share of the other files.
import { createLayoutEnvironment, layoutFilters } from "../eleventy/environment.ts";
import { Fingerprints } from "../eleventy/fingerprint.ts";
import { writeOutputs } from "../eleventy/writer.ts";
import { borrowContent } from "../threads/shared-content.ts";
import type { Site } from "../types.ts";
import { finishFile, type FileResult } from "./finish.ts";
import type { FinishRequest, WriteRequest, WrittenPages } from "./finish-pool.ts";

export async function answer(request: FinishRequest | WriteRequest, progress: () => void, guard: <T>(write: () => T) => T): Promise<FileResult[] | WrittenPages> {
  if (request.kind === "finish") {
    const results = [];
    for (const path of request.paths) {
      results.push(await finishFile(request.outputDir, path, request.options));
      progress();
    }
    return results;
  }
  const site = request.site as Site;
  borrowContent(request.content);
  const fingerprints = new Fingerprints(request.layoutsDir);
  const environment = createLayoutEnvironment(request.layoutsDir, request.projectDir, layoutFilters(() => site, fingerprints));
  const results = await writeOutputs(environment, request.items, site, request.outputDir, { ...request.options, onWritten: progress, guard });
  return { results, fingerprinted: fingerprints.names() };
}
