// Writing and finishing on a worker thread: renders and writes pages as long as any are left, or reads, scans
// and minifies its share of the other files.
import { deserialize } from "node:v8";
import { createLayoutEnvironment, layoutFilters } from "../eleventy/environment.ts";
import { Fingerprints } from "../eleventy/fingerprint.ts";
import { writeOutputs } from "../eleventy/writer.ts";
import { borrowContent } from "../threads/shared-content.ts";
import type { Site } from "../types.ts";
import { finishFile, type FileResult } from "./finish.ts";
import type { FinishRequest, WriteData, WriteRequest, WrittenPages } from "./finish-pool.ts";

/** Each file's result goes to the main thread as it is done, with the progress: none is held here. */
export async function answer(request: FinishRequest | WriteRequest, progress: (done: FileResult) => void, guard: <T>(write: () => T) => T): Promise<Omit<WrittenPages, "results">> {
  if (request.kind === "finish") {
    for (const path of request.paths) progress(await finishFile(request.outputDir, path, request.options));
    return { fingerprinted: [] };
  }
  const { site, items, lent } = deserialize(Buffer.from(request.data)) as WriteData & { site: Site };
  // Decoded, the serialized site is let go (the request is held until the answer is sent): it is freed once
  // every thread has.
  Reflect.deleteProperty(request, "data");
  borrowContent({ buffers: request.bodies, pages: lent });
  const fingerprints = new Fingerprints(request.layoutsDir);
  const environment = createLayoutEnvironment(request.layoutsDir, request.projectDir, layoutFilters(() => site, fingerprints));
  await writeOutputs(environment, taken(items, request.next), site, request.outputDir, { ...request.options, onWritten: progress, guard });
  return { fingerprinted: fingerprints.names() };
}

/** The items no other thread has taken, one at a time. */
function* taken<T>(items: readonly T[], next: Int32Array): Generator<T> {
  for (let i = Atomics.add(next, 0, 1); i < items.length; i = Atomics.add(next, 0, 1)) yield items[i]!;
}
