// The last steps of a large site on the build's worker threads: writing its pages (layouts rendered, each page
// scanned for the link check and minified in hand) and finishing the files the writer did not make.
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
  /** The layouts' `site`: the whole site, so that any page a layout names is there. */
  site: unknown;
  items: RenderItem[];
  /** The pages' bodies, shared by every thread. */
  content: LentContent;
  options: FinishOptions;
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

/** Renders and writes the outputs, a share a thread, each with the whole site as its data; `onWritten` hears of pages as they are written. */
export async function writeOnThreads(pool: ThreadPool, request: Omit<WriteRequest, "kind" | "items" | "content">, items: readonly RenderItem[], onWritten?: (count: number) => void): Promise<WrittenPages> {
  const results: FileResult[] = []; // sent as they come with the progress (src/threads/thread.ts)
  const { restore, ...content } = lendContent(outputPages(items));
  let asked: Promise<Omit<WrittenPages, "results">[]>;
  try {
    // One message a thread, so the pages an output names are that thread's copies of the site's own pages.
    const requests = pool.share(items).map((share): WriteRequest => ({ kind: "write", ...request, items: share, content }));
    asked = pool.ask<Omit<WrittenPages, "results">>(requests, collect(results, onWritten)); // posted, so copied, before it returns
  } finally {
    restore();
  }
  const answers = await asked;
  return { results, fingerprinted: [...new Set(answers.flatMap((a) => a.fingerprinted))] };
}
