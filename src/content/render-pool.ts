// Rendering spread over worker threads: every page renders alone, so a large site can use every core.
// Only plain data crosses to a worker; each builds its own Markdown renderer from the same settings.
import type { ThreadPool, ThreadRequest } from "../threads/pool.ts";
import type { MarkdownOptions } from "../markdown/index.ts";
import type { ContentFile, FrontMatter, Page, PageMeta, Problem, PublishState, Resource } from "../types.ts";
import type { PageDescription } from "./page.ts";
import type { PageLocation } from "./paths.ts";
import type { RefTarget } from "./refs.ts";
import { BodyBuffers, SHARED_FIELDS, type SentBody, type SharedField } from "../threads/shared-content.ts";

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

/**
 * A thread's request: the setup, its share of the pages and then a spare (the end of the next thread's share),
 * with their places among all the jobs. Whichever thread claims a job first renders it: the owner from the front
 * of its share, a thread done with its own from the back of its spare, so no thread waits while another has pages left.
 */
export interface RenderRequest extends ThreadRequest {
  kind: "render";
  setup: RenderSetup;
  jobs: RenderJob[];
  at: number[];
  /** How many of `jobs` are the thread's own share; the rest are its spare. */
  own: number;
  /** One flag a job, by place, shared by every thread: set by the thread that renders it. */
  claims: Int32Array;
}

/** A page rendered on a thread, sent as soon as it is done, with its place among all the jobs; its body, summary and table of contents, if any, cross as bytes. */
export type RenderedAt = [at: number, rendered: Rendered, texts: Partial<Record<SharedField, SentBody>> | undefined];

/** The part of a share that another thread may take at its end: about the difference seen between two threads' ends. */
export const SPARE = 0.15;

/** Below this many pages to render, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 600;

export function portable(d: PageDescription): PortableDescription {
  const { frontMatter } = d;
  // Without the file's text, which the body repeats: rendering reads only the body.
  return { file: { path: d.file.path, displayPath: d.file.displayPath, text: "" }, body: frontMatter.body, bodyLine: frontMatter.bodyLine, summaryLine: frontMatter.positionOf("summary").line, meta: d.meta, location: d.location, state: d.state };
}

export function fromPortable(p: PortableDescription): PageDescription {
  const frontMatter: FrontMatter = {
    format: undefined, data: {}, body: p.body, bodyLine: p.bodyLine,
    positionOf: () => ({ line: p.summaryLine, column: 1 }),
  };
  return { file: p.file, frontMatter, meta: p.meta, location: p.location, state: p.state };
}

/**
 * Renders the jobs on the pool's threads: the results in the order given, and how many pages each thread took
 * from another's share. `onRendered` hears of pages as they are done.
 */
export async function renderOnThreads(pool: ThreadPool, jobs: readonly RenderJob[], setup: RenderSetup, onRendered: (count: number) => void = () => {}): Promise<{ rendered: Rendered[]; spare: number[] }> {
  const shares = pool.share(jobs.map((job, i) => ({ job, i })));
  const results = new Array<Rendered>(jobs.length);
  // The pages come back as they are rendered, not in one answer at the end: a thread holding its whole share
  // and then a copy of it as one message was the build's peak of memory (about 150 MB a thread at 10,000 pages).
  const claims = new Int32Array(new SharedArrayBuffer(4 * jobs.length));
  const requests = shares.map((share, n): RenderRequest => {
    const next = shares.length > 1 ? shares[(n + 1) % shares.length]! : [];
    const taken = [...share, ...next.slice(next.length - Math.floor(next.length * SPARE))];
    return { kind: "render", setup, jobs: taken.map(({ job }) => job), at: taken.map(({ i }) => i), own: share.length, claims };
  });
  // The bodies stay in the threads' shared buffers: this thread reads one only when it is asked for (a feed's
  // entry), and the writing threads get the same buffers.
  const buffers = new BodyBuffers();
  const spare = await pool.ask<number>(requests, (count, done) => {
    for (const [at, rendered, texts] of done as RenderedAt[]) {
      if (texts) for (const field of SHARED_FIELDS) if (texts[field]) buffers.receive(rendered.page, field, texts[field]);
      results[at] = rendered;
    }
    onRendered(count);
  });
  return { rendered: results, spare };
}
