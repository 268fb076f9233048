// Threads for the finishing pass of a large site: each reads, scans and minifies its share of the files.
// Started once the site is known to be large, so they load html-minifier-terser while Eleventy writes.
import { Worker } from "node:worker_threads";
import type { FileResult, FinishOptions } from "./finish.ts";

/** Below this many files to finish, starting threads costs more than it saves. */
export const FINISH_THRESHOLD = 600;

/** A thread says how far it has got every this many files. */
export const FINISH_PROGRESS_EVERY = 25;

export type FinishMessage = { finished: number } | FileResult[];

export class FinishPool {
  #workers: Worker[];

  constructor(count: number) {
    this.#workers = Array.from({ length: Math.max(1, count) }, () => new Worker(new URL("./finish-worker.mjs", import.meta.url)));
  }

  /** Finishes the files, each thread an interleaved share so that large and small files spread evenly; `onFinished` hears of files as they are done. */
  async finish(outputDir: string, paths: readonly string[], options: FinishOptions, onFinished: (count: number) => void = () => {}): Promise<FileResult[]> {
    const shares = this.#workers.map((_, w) => paths.filter((_, i) => i % this.#workers.length === w));
    const results = await Promise.all(
      this.#workers.map(
        (worker, w) =>
          new Promise<FileResult[]>((resolve, reject) => {
            let told = 0;
            // `{ finished }` as it goes (for a progress line), then every result at once.
            worker.on("message", (message: FinishMessage) => {
              if (!Array.isArray(message)) {
                told += message.finished;
                return onFinished(message.finished);
              }
              onFinished(message.length - told);
              resolve(message);
            });
            worker.once("error", reject);
            worker.once("exit", (code) => reject(new Error(`folio: a finishing thread stopped with code ${code}`)));
            worker.postMessage({ outputDir, paths: shares[w], options });
          }),
      ),
    );
    return results.flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
