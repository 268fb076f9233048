// Rendering spread over worker threads: every page renders alone, so a large site can use every core.
// Only plain data crosses to a worker; each builds its own Markdown renderer from the same settings.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { MarkdownOptions } from "../markdown/index.ts";
import type { ContentFile, FrontMatter, Page, PageMeta, Problem, PublishState, Resource } from "../types.ts";
import type { PageDescription } from "./page.ts";
import type { PageLocation } from "./paths.ts";
import type { RefTarget } from "./refs.ts";

/** A page description as it crosses to a worker: `positionOf` is a function, so the one line it needs goes instead. */
export interface PortableDescription {
  file: ContentFile;
  body: string;
  bodyLine: number;
  summaryLine: number;
  meta: PageMeta;
  location: PageLocation;
  state: PublishState;
}

export interface RenderJob {
  description: PortableDescription;
  resources: Resource[];
}

/** What a worker needs to render like the main thread would. */
export interface RenderSetup {
  markdown: Omit<MarkdownOptions, "shortcodes">;
  layoutsDir: string;
  siteTitle: string;
  toc: { startLevel: number; endLevel: number };
  site: { params: Record<string, unknown>; baseURL: string };
  refTargets: RefTarget[];
}

export type Rendered = { page: Page; problems: Problem[] };

/** What a worker sends: how many more pages it has rendered so far, then all its pages at once. */
export type WorkerMessage = { rendered: number } | Rendered[];

/** A worker says how far it has got every this many pages, for a progress line. */
export const PROGRESS_EVERY = 25;

/** Below this many pages to render, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 600;

export function portable(d: PageDescription): PortableDescription {
  const { frontMatter } = d;
  return { file: d.file, body: frontMatter.body, bodyLine: frontMatter.bodyLine, summaryLine: frontMatter.positionOf("summary").line, meta: d.meta, location: d.location, state: d.state };
}

export function fromPortable(p: PortableDescription): PageDescription {
  const frontMatter: FrontMatter = {
    format: undefined, data: {}, body: p.body, bodyLine: p.bodyLine,
    positionOf: () => ({ line: p.summaryLine, column: 1 }),
  };
  return { file: p.file, frontMatter, meta: p.meta, location: p.location, state: p.state };
}

/**
 * Worker threads started early (each loads its modules while the main thread reads the content), then
 * given their share of the pages once rendering begins.
 */
export class RenderPool {
  #workers: Worker[];

  constructor(count = availableParallelism()) {
    this.#workers = Array.from({ length: Math.max(1, count) }, () => new Worker(new URL("./render-worker.mjs", import.meta.url)));
  }

  /** Renders the jobs, in the order given, then stops the workers; `onRendered` hears of pages as they are done. */
  async render(jobs: readonly RenderJob[], setup: RenderSetup, onRendered: (count: number) => void = () => {}): Promise<Rendered[]> {
    const workers = this.#workers;
    const shares = workers.map(() => [] as number[]);
    jobs.forEach((_, i) => shares[i % shares.length]!.push(i)); // interleaved, so long and short pages spread evenly
    const results = new Array<Rendered>(jobs.length);
    try {
      await Promise.all(
        workers.map(
          (worker, w) =>
            new Promise<void>((resolve, reject) => {
              let told = 0;
              worker.on("message", (message: WorkerMessage) => {
                if (!Array.isArray(message)) {
                  told += message.rendered;
                  return onRendered(message.rendered);
                }
                message.forEach((r, k) => (results[shares[w]![k]!] = r));
                onRendered(message.length - told);
                resolve();
              });
              worker.once("error", reject);
              worker.once("exit", (code) => reject(new Error(`folio: a render worker stopped with code ${code}`)));
              worker.postMessage({ setup, jobs: shares[w]!.map((i) => jobs[i]) });
            }),
        ),
      );
    } finally {
      await this.close();
    }
    return results;
  }

  get size(): number {
    return this.#workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
