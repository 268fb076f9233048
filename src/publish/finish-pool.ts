// The last steps of a large site on the build's worker threads: writing its pages (layouts rendered, each page
// scanned for the link check and minified in hand) and finishing the files the writer did not make.
import { serialize } from "node:v8";
import type { RenderItem } from "../eleventy/layouts.ts";
import type { ThreadPool, ThreadRequest } from "../threads/pool.ts";
import { lendContent, outputPages, type LentContent } from "../threads/shared-content.ts";
import type { FileResult, FinishOptions } from "./finish.ts";

/** Below this many files to write or finish, the main thread alone is as quick. */
export const FINISH_THRESHOLD = 600;

export interface FinishRequest extends ThreadRequest {
  kind: "finish";
  outputDir: string;
  paths: string[];
  options: FinishOptions;
}

export interface WriteRequest extends ThreadRequest {
  kind: "write";
  outputDir: string;
  layoutsDir: string;
  /** Where Eleventy looks for layouts after the layouts folder. */
  projectDir: string;
  /** A `WriteData`, serialized once for every thread (`node:v8`) into a shared buffer. */
  data: SharedArrayBuffer;
  /**
   * The next of the data's `items` to write, shared by every thread: each takes the next one as it is free, so
   * a thread that started late or drew the long list pages does not leave the others waiting at the end.
   */
  next: Int32Array;
  /** The pages' bodies, shared by every thread (the pages that had them are the data's `lent`). */
  bodies: SharedArrayBuffer[];
  options: FinishOptions;
}

/** What every writing thread gets alike, in one serialization, so that the pages an output names are that thread's copies of the site's own pages. */
export interface WriteData {
  /** The layouts' `site`: the whole site, so that any page a layout names is there. */
  site: unknown;
  items: readonly RenderItem[];
  lent: LentContent["pages"];
}

export interface WrittenPages {
  results: FileResult[];
  /** Files of layouts/_assets/ the layouts fingerprinted: the main thread writes them. */
  fingerprinted: string[];
}

/** Finishes the files, a share a thread; `onFinished` hears of files as they are done. */
export async function finishOnThreads(pool: ThreadPool, outputDir: string, paths: readonly string[], options: FinishOptions, onFinished?: (count: number) => void): Promise<FileResult[]> {
  const results: FileResult[] = []; // sent as they come with the progress (src/threads/thread.ts)
  const requests = pool.share(paths).map((share): FinishRequest => ({ kind: "finish", outputDir, paths: share, options }));
  await pool.ask(requests, collect(results, onFinished));
  return results;
}

/** Hears a thread's progress: the results it sends with it kept in `results`, the count passed on. */
function collect(results: FileResult[], onProgress?: (count: number) => void) {
  return (count: number, done: unknown[]) => {
    for (const result of done as FileResult[]) results.push(result);
    onProgress?.(count);
  };
}

/** Renders and writes the outputs, each thread taking the next as it is free, with the whole site as its data; `onWritten` hears of pages as they are written. */
export async function writeOnThreads(pool: ThreadPool, request: Omit<WriteRequest, "kind" | "data" | "next" | "bodies"> & { site: unknown }, items: readonly RenderItem[], onWritten?: (count: number) => void): Promise<WrittenPages> {
  const results: FileResult[] = []; // sent as they come with the progress (src/threads/thread.ts)
  const answers = await pool.ask<Omit<WrittenPages, "results">>(writeRequests(pool, request, items), collect(results, onWritten));
  return { results, fingerprinted: [...new Set(answers.flatMap((a) => a.fingerprinted))] };
}

/** One request a thread, sharing one serialization of the site: made apart, so that this thread lets it go once posted. */
function writeRequests(pool: ThreadPool, request: Parameters<typeof writeOnThreads>[1], items: readonly RenderItem[]): WriteRequest[] {
  const { site, ...rest } = request;
  const { restore, buffers: bodies, pages: lent } = lendContent(outputPages(items));
  let data: SharedArrayBuffer;
  try {
    // Serialized once, not once a thread as a message each would be: that was 0.1 s a thread of the main
    // thread's time at 4,000 posts, while the threads waited for it.
    const bytes = serialize({ site, items, lent } satisfies WriteData);
    data = new SharedArrayBuffer(bytes.length);
    bytes.copy(Buffer.from(data));
  } finally {
    restore();
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  return Array.from({ length: pool.size }, () => ({ kind: "write", ...rest, data, next, bodies }));
}
