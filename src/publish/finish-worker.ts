// Writing and finishing on a worker thread: renders and writes pages as long as any are left, or reads, scans
// and minifies its share of the other files.
import { deserialize } from "node:v8";
import type { Environment } from "nunjucks";
import { createLayoutEnvironment, layoutFilters } from "../eleventy/environment.ts";
import { Fingerprints } from "../eleventy/fingerprint.ts";
import { listLayouts } from "../eleventy/layouts.ts";
import { SHORTCODES_DIR } from "../markdown/shortcodes/index.ts";
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
  const layouts = layoutsFor(request.layoutsDir, request.projectDir);
  prepared = undefined; // for this request only: a later one (another build on the same threads) reads the layouts anew
  const fingerprints = new Fingerprints(request.layoutsDir, { rehash: false });
  Object.assign(layouts.current, { site, fingerprints });
  await writeOutputs(layouts.environment, taken(items, request.next), site, request.outputDir, { ...request.options, onWritten: progress, guard });
  return { fingerprinted: fingerprints.names() };
}

/** A thread's layouts environment, made ahead of its request; its filters see the site and fingerprints of the request being written. */
interface Layouts {
  key: string;
  environment: Environment;
  current: { site: Site | undefined; fingerprints: Fingerprints | undefined };
}

let prepared: Layouts | undefined;

function layoutsFor(layoutsDir: string, projectDir: string): Layouts {
  const key = `${layoutsDir}\u0000${projectDir}`;
  if (prepared?.key === key) return prepared;
  const current: Layouts["current"] = { site: undefined, fingerprints: undefined };
  const fingerprints = { url: (path: string) => current.fingerprints!.url(path) };
  const environment = createLayoutEnvironment(layoutsDir, projectDir, layoutFilters(() => current.site, fingerprints));
  return (prepared = { key, environment, current });
}

/**
 * Compiles the layouts while the thread would wait for the site (the main thread lists and pages it after the
 * rendering): compiling them took a writing thread 0.1 s at the start of its work. One that does not compile
 * is left for the writing to report.
 */
export function prepare(layoutsDir: string, projectDir: string): void {
  const { environment } = layoutsFor(layoutsDir, projectDir);
  for (const name of listLayouts(layoutsDir)) {
    if (name.startsWith(`${SHORTCODES_DIR}/`)) continue;
    try {
      environment.getTemplate(name, true);
    } catch {
      // reported when a page renders it
    }
  }
}

/** The items no other thread has taken, one at a time. */
function* taken<T>(items: readonly T[], next: Int32Array): Generator<T> {
  for (let i = Atomics.add(next, 0, 1); i < items.length; i = Atomics.add(next, 0, 1)) yield items[i]!;
}
