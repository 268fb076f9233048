// Eleventy's watch mode, observed: each rebuild reported once, with what changed, how long it took and
// whether it failed. A failed write is caught here, so a mistake in a layout never stops the watcher.
import type Eleventy from "@11ty/eleventy";
import { resolve } from "node:path";
import { displayPath } from "../problems.ts";

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

/**
 * Starts Eleventy's initial build and its watcher, calling `onRebuild` after every build. Eleventy's
 * `write()` and `restart()` are wrapped on this instance (its watch loop calls both, in that order), the
 * one way to time a whole rebuild and to see a rendering error, which Eleventy would only hand to its own server.
 */
export async function watchSite(eleventy: Eleventy, onRebuild: (rebuild: Rebuild) => void): Promise<void> {
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
  await eleventy.init();
  await eleventy.watch();
  const watcher = eleventy.watcher;
  // Eleventy watches from a folder above every target (the file system root, for content elsewhere): paths are relative to it.
  const from = resolve(watcher?.options?.cwd ?? ".");
  watcher?.on("all", (_event, path) => changed.add(displayPath(resolve(from, String(path)))));
  // Eleventy only logs a deleted file; a deleted page must disappear from the site and its lists.
  watcher?.on("unlink", (path) => watcher.emit("change", path));
}
