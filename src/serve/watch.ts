// Eleventy's watch mode, observed: each rebuild reported once, with what changed, how long it took and
// whether it failed. A failed write is caught here, so a mistake in a layout never stops the watcher.
import type Eleventy from "@11ty/eleventy";
import { relative, resolve } from "node:path";
import { displayPath } from "../problems.ts";
import { watchFolder, type ContentWatch, type HeardChanges } from "./content-watch.ts";
import { copyFromPublic, copyPublic, removeFromPublic } from "./public-files.ts";

export interface Rebuild {
  /** The build the server starts with, before any change. */
  first: boolean;
  milliseconds: number;
  /** Pages Eleventy wrote (the dev server writes only those whose inputs changed). */
  written: number;
  /** Files whose change started it, as display paths. */
  changed: string[];
  /** What Eleventy threw while writing, if anything. */
  error?: unknown;
}

type WriteResult = [unknown[], unknown[]];

/** The content folder, when folio watches it instead of Eleventy (src/serve/content-watch.ts). */
export interface ContentWatching {
  dir: string;
  /** Folders inside it that are not content (an output folder placed there). */
  ignore: string[];
  /** Told of every change heard, for the loader (src/content/loader.ts). */
  heard?: HeardChanges;
}

/** public/, when folio copies it into the output itself (src/serve/public-files.ts) instead of Eleventy. */
export interface PublicWatching {
  dir: string;
  outputDir: string;
}

/** The folders folio watches itself, with @parcel/watcher: Eleventy's chokidar leaves them. */
export interface FolderWatching {
  content?: ContentWatching;
  public?: PublicWatching;
}

export interface SiteWatch {
  close(): Promise<void>;
}

export interface RebuildHandlers {
  /** A build starts writing: from here until `rebuilt`, files in the output may be half-written. */
  started?: () => void;
  rebuilt: (rebuild: Rebuild) => void;
}

/**
 * Starts Eleventy's initial build and its watcher, calling `started` as every build starts writing and
 * `rebuilt` after it. Eleventy's `write()` and `restart()` are wrapped on this instance (its watch loop calls
 * both, in that order), the one way to time a whole rebuild and to see a rendering error, which Eleventy
 * would only hand to its own server.
 */
export async function watchSite(eleventy: Eleventy, { started: onStart, rebuilt: onRebuild }: RebuildHandlers, folders: FolderWatching = {}): Promise<SiteWatch> {
  const { content, public: statics } = folders;
  // What of public/ changed since the last build: copied as the next one writes.
  const publicChanges: string[] = [];
  const changed = new Set<string>();
  let started: number | undefined = performance.now();
  let first = true;
  const restart = eleventy.restart.bind(eleventy);
  eleventy.restart = async () => {
    started ??= performance.now();
    return restart();
  };
  const write = eleventy.write.bind(eleventy);
  eleventy.write = async (): Promise<WriteResult> => {
    started ??= performance.now();
    const causes = [...changed];
    changed.clear();
    onStart?.();
    // public/: copied whole while the first build writes; after that, what is gone from it is removed before
    // the pages are written and what changed is copied after them (both around folio's robots.txt and sitemap,
    // which a file of the site's own replaces). A failure is this build's, said as a rendering error is.
    const changes = first ? [] : publicChanges.splice(0);
    const copying = statics && first ? copyPublic(statics.dir, statics.outputDir).then(() => undefined, (thrown: unknown) => thrown) : undefined;
    let result: WriteResult = [[], []];
    let error: unknown;
    const attempt = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (thrown) {
        error ??= thrown;
      }
    };
    if (statics && changes.length > 0) await attempt(() => removeFromPublic(statics.dir, statics.outputDir, changes));
    await attempt(async () => (result = (await write()) as WriteResult));
    if (statics && changes.length > 0) await attempt(() => copyFromPublic(statics.dir, statics.outputDir, changes));
    error ??= await copying;
    const written = (result[1] ?? []).flat(Infinity).filter(Boolean).length;
    onRebuild({ first, milliseconds: performance.now() - started, written, changed: causes, ...(error === undefined ? {} : { error }) });
    [first, started] = [false, undefined];
    return result;
  };
  // Eleventy's watch loop starts after the first build; a change made during that build waits for it here.
  let rerun: ((path: string) => Promise<void>) | undefined;
  let waiting: string[] = [];
  const contentChanged = (paths: string[]) => {
    for (const path of paths) changed.add(displayPath(path));
    // One path queues the rebuild; the loader finds every change when it reads the folder again.
    if (rerun) void rerun(relative(process.cwd(), paths[0]!));
    else waiting.push(...paths);
  };
  const publicChanged = (paths: string[]) => {
    publicChanges.push(...paths);
    contentChanged(paths);
  };
  const contentWatch: ContentWatch | undefined = content ? await watchFolder(content.dir, contentChanged, content.ignore, content.heard) : undefined;
  const publicWatch: ContentWatch | undefined = statics ? await watchFolder(statics.dir, publicChanged, [statics.outputDir]) : undefined;
  await eleventy.init();
  // Eleventy returns its watch loop's entry (typed void): a path handed to it is queued as chokidar's would be.
  rerun = (await eleventy.watch()) as unknown as (path: string) => Promise<void>;
  if (waiting.length > 0) contentChanged(waiting);
  waiting = [];
  const watcher = eleventy.watcher;
  // Eleventy watches from a folder above every target (the file system root, for content elsewhere): paths are relative to it.
  const from = resolve(watcher?.options?.cwd ?? ".");
  watcher?.on("all", (_event, path) => changed.add(displayPath(resolve(from, String(path)))));
  // Eleventy only logs a deleted file; a deleted page must disappear from the site and its lists.
  watcher?.on("unlink", (path) => watcher.emit("change", path));
  return {
    async close() {
      await Promise.all([contentWatch?.close(), publicWatch?.close(), eleventy.stopWatch()]);
    },
  };
}
