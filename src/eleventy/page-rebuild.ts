// In the dev server, a save that changed one post's text or title, and nothing else, rebuilds that post, the
// pagers that list it and the pages that link to it, without reading the folder or putting the site together
// again: at 10,000 posts that is most of an edit's time. Anything else goes the full way (src/load.ts).
import { resolve, sep } from "node:path";
import { fileStamp, readText } from "../content/loader.ts";
import type { RenderCache } from "../content/render-cache.ts";
import type { LoadResult } from "../load.ts";
import type { Page } from "../types.ts";
import { listed } from "./incremental.ts";
import type { RenderItem } from "./layouts.ts";

export interface PageRebuild {
  /** The edited page, in the site as it was, with its new body and title. */
  page: Page;
  /** The outputs that show it: its own (and its aliases' redirects), the pagers that list it, the pages that link to it. */
  items: RenderItem[];
}

export interface PageRebuildContext {
  /** The content folder, absolute. */
  contentDir: string;
  cache: RenderCache;
  /** The paths the content watcher heard since the last build; undefined when its word cannot be trusted. */
  heard: readonly string[] | undefined;
  /** What Eleventy's watcher queued for this build (the content watcher queues one path of what it heard). */
  queued: readonly string[] | undefined;
  now: Date;
}

/** The rebuild of one post's edit in `current`, applied; undefined when this build must go the full way. */
export function rebuildPage(current: LoadResult, ctx: PageRebuildContext): PageRebuild | undefined {
  const { heard, queued, cache } = ctx;
  if (current.failed || heard?.length !== 1 || !queued || queued.length === 0) return undefined;
  // The clock may have published a future page or expired one since: the lists change.
  if (ctx.now.getTime() >= current.stableUntil) return undefined;
  const inContent = (path: string) => resolve(path).startsWith(ctx.contentDir + sep);
  if (!queued.every(inContent)) return undefined; // a layout, a setting or a public file changed too
  const path = heard[0]!;
  const before = cache.file(path);
  // A page with a warning goes the full way, which says it again or says it is gone.
  if (!before || current.problems.some((problem) => problem.file === before.displayPath)) return undefined;
  let stamp: string, text: string | undefined;
  try {
    // Stamped before it is read: a save in between leaves an older stamp, and the next build reads it again.
    stamp = fileStamp(path);
    text = readText(path);
  } catch {
    return undefined; // gone again
  }
  if (text === undefined) return undefined;
  const file = { ...before, text };
  const edit = current.editPage(file);
  if (!edit) return undefined;
  edit.apply();
  cache.rememberFile(path, stamp, file);
  const { page } = edit;
  const linking = new Set(edit.linking);
  return { page, items: current.items.filter((item) => item.page === page || linking.has(item.page) || listed(item).includes(page)) };
}
