// Eleventy's watch mode, observed: each rebuild reported once, with what changed, how long it took and
// whether it failed. A failed write is caught here, so a mistake in a layout never stops the watcher.
import type Eleventy from "@11ty/eleventy";
import { lstatSync } from "node:fs";
import { relative, resolve } from "node:path";
import { displayPath } from "../problems.ts";
import { watchFolder, type FolderWatch, type HeardChanges } from "./content-watch.ts";
import { PublicFiles } from "./public-files.ts";

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
  /**
   * Told, before a rebuild writes, of the copies it took out of the output (paths relative to it). One may have
   * stood at a page's path (a mistake the build reports), and that page must be written again.
   */
  removed?: (outputPaths: string[]) => void;
}

/** The folders folio watches itself, with @parcel/watcher: Eleventy's chokidar leaves them. */
export interface FolderWatching {
  content?: ContentWatching;
  public?: PublicWatching;
  /** layouts/: any change in it rebuilds, as Eleventy's watcher would. */
  layouts?: string;
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
  const { content, public: statics, layouts } = folders;
  // What of public/ changed since the last build: copied as the next one writes.
  const publicChanges: string[] = [];
  const publicFiles = statics && new PublicFiles(statics.dir, statics.outputDir);
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
    const copying = publicFiles && first ? publicFiles.copyAll().then(() => undefined, (thrown: unknown) => thrown) : undefined;
    let result: WriteResult = [[], []];
    let error: unknown;
    const attempt = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (thrown) {
        error ??= thrown;
      }
    };
    if (publicFiles && changes.length > 0) await attempt(async () => statics?.removed?.(await publicFiles.removeGone(changes)));
    await attempt(async () => (result = (await write()) as WriteResult));
    if (publicFiles && changes.length > 0) await attempt(() => publicFiles.copyChanged(changes));
    error ??= await copying;
    const written = (result[1] ?? []).flat(Infinity).filter(Boolean).length;
    onRebuild({ first, milliseconds: performance.now() - started, written, changed: causes, ...(error === undefined ? {} : { error }) });
    [first, started] = [false, undefined];
    return result;
  };
  // Eleventy's watch loop starts after the first build; a change made during that build waits for it here.
  let rerun: ((path: string) => Promise<void>) | undefined;
  let waiting: string[] = [];
  const folderChanged = (paths: string[]) => {
    for (const path of paths) changed.add(displayPath(path));
    // One path queues the rebuild; the loader finds every change when it reads the folder again.
    if (rerun) void rerun(relative(process.cwd(), paths[0]!));
    else waiting.push(...paths);
  };
  const publicChanged = (paths: string[]) => {
    publicChanges.push(...paths);
    folderChanged(paths);
  };
  const contentWatch: FolderWatch | undefined = content ? await watchFolder(content.dir, folderChanged, content.ignore, content.heard) : undefined;
  const publicWatch: FolderWatch | undefined = statics ? await watchFolder(statics.dir, publicChanged, [statics.outputDir]) : undefined;
  const layoutsWatch: FolderWatch | undefined = layouts ? await watchFolder(layouts, folderChanged) : undefined;
  await eleventy.init();
  ignoreInitialLinks(eleventy);
  // Eleventy returns its watch loop's entry (typed void): a path handed to it is queued as chokidar's would be.
  rerun = (await eleventy.watch()) as unknown as (path: string) => Promise<void>;
  if (waiting.length > 0) folderChanged(waiting);
  waiting = [];
  const watcher = eleventy.watcher;
  // Eleventy watches from a folder above every target (the file system root, for content elsewhere): paths are relative to it.
  const from = resolve(watcher?.options?.cwd ?? ".");
  watcher?.on("all", (_event, path) => changed.add(displayPath(resolve(from, String(path)))));
  // Eleventy only logs a deleted file; a deleted page must disappear from the site and its lists.
  watcher?.on("unlink", (path) => watcher.emit("change", path));
  return {
    async close() {
      await Promise.all([contentWatch?.close(), publicWatch?.close(), layoutsWatch?.close(), eleventy.stopWatch()]);
    },
  };
}

type Watcher = NonNullable<Eleventy["watcher"]>;

/**
 * chokidar 4, when it does not follow symbolic links, reports each link its first scan finds as added,
 * `ignoreInitial` or not (`_handleSymlink` in its handler.js), and Eleventy rebuilds the site for each: a
 * link in the project (src/ linked from elsewhere, say) rebuilt it just after it started. The report may
 * come before or after chokidar says it is ready, so the link itself says: one whose inode last changed
 * before the watcher was made was there from the start, and its `add` is dropped. A link made later, or any
 * other file, still rebuilds.
 * Eleventy makes its watcher and listens to it in one go, so the watcher is taken as Eleventy sets it.
 */
export function ignoreInitialLinks(eleventy: Eleventy): void {
  let watcher: Watcher | undefined;
  Object.defineProperty(eleventy, "watcher", {
    configurable: true,
    get: () => watcher,
    set(made: Watcher | undefined) {
      watcher = made;
      if (made) dropInitialLinks(made, Date.now());
    },
  });
}

function dropInitialLinks(watcher: Watcher, since: number): void {
  const cwd = watcher.options?.cwd ?? process.cwd();
  const emit = watcher.emit.bind(watcher) as (event: string, ...args: unknown[]) => boolean;
  watcher.emit = ((event: string, ...args: unknown[]) => {
    // Each event is emitted twice: under its own name, and as "all" with the name first.
    const [name, path] = event === "all" ? [args[0], args[1]] : [event, args[0]];
    if (name === "add" && typeof path === "string") {
      const link = lstatSync(resolve(cwd, path), { throwIfNoEntry: false });
      if (link?.isSymbolicLink() && link.ctimeMs < since) return false;
    }
    return emit(event, ...args);
  }) as Watcher["emit"];
}
