// Eleventy's watch mode, observed: each rebuild reported once, with what changed, how long it took and
// whether it failed. A failed write is caught here, so a mistake in a layout never stops the watcher.
import type Eleventy from "@11ty/eleventy";
import { lstatSync } from "node:fs";
import { relative, resolve } from "node:path";
import { displayPath } from "../problems.ts";
import { watchContent, type ContentWatch, type HeardChanges } from "./content-watch.ts";

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
export async function watchSite(eleventy: Eleventy, { started: onStart, rebuilt: onRebuild }: RebuildHandlers, content?: ContentWatching): Promise<SiteWatch> {
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
    let result: WriteResult = [[], []];
    let error: unknown;
    try {
      result = (await write()) as WriteResult;
    } catch (thrown) {
      error = thrown;
    }
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
  const contentWatch: ContentWatch | undefined = content ? await watchContent(content.dir, contentChanged, content.ignore, content.heard) : undefined;
  await eleventy.init();
  ignoreInitialLinks(eleventy);
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
      await Promise.all([contentWatch?.close(), eleventy.stopWatch()]);
    },
  };
}

type Watcher = NonNullable<Eleventy["watcher"]>;

/**
 * chokidar 4, when it does not follow symbolic links, reports each link its first scan finds as added,
 * `ignoreInitial` or not (`_handleSymlink` in its handler.js), and Eleventy rebuilds the site for each: a
 * link in public/ rebuilt it once or twice just after it started, copying public/ again while it was being
 * served. The report may come before or after chokidar says it is ready, so the link itself says: one whose
 * inode last changed before the watcher was made was there from the start, and its `add` is dropped. A link
 * made later, or any other file, still rebuilds.
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
