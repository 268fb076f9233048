// The site's search index, made by Pagefind from the written site: https://pagefind.app/docs/node-api/
// Called on a production build's staging folder before it is swapped in, and by the dev server after a rebuild.
// What is indexed is what the layouts mark with `data-pagefind-body`; a page without it is left out.
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { SEARCH_PAGE } from "../content/outputs.ts";

/** The bundle's folder in the output: `/pagefind/pagefind.js` is what the search script imports. */
export const SEARCH_BUNDLE = "pagefind";

export interface SearchIndex {
  /** Pages in the index. */
  pages: number;
  /** Files of the bundle written (index, fragments, Pagefind's script and WebAssembly). */
  files: number;
  bytes: number;
  seconds: number;
}

/** Thrown when Pagefind cannot index the site; the message says what Pagefind said. */
export class SearchIndexError extends Error {
  override readonly name = "SearchIndexError";
}

// Pagefind's ready-made interfaces, which folio's own search box (layouts/_assets/js/search.js) replaces.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexOptions {
  /**
   * Replace the bundle an earlier run wrote (the dev server). A build's folder is new, so a `pagefind/` in it came
   * from `public/` or a page's URL, and is refused rather than overwritten. @default false
   */
  replace?: boolean;
}

/**
 * Indexes the HTML pages of `dir` and writes the bundle to `dir/pagefind/`, replacing an earlier one whole
 * (written beside it, then swapped in), so a server reading the folder meanwhile sees the old index or the new.
 */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<SearchIndex> {
  const started = performance.now();
  const target = join(dir, SEARCH_BUNDLE);
  if (!options.replace && existsSync(target)) {
    throw new SearchIndexError(`the site already has a ${SEARCH_BUNDLE}/ folder, where the search index goes: move what public/${SEARCH_BUNDLE}/ or a page's url put there`);
  }
  const fail = (what: string, errors: readonly string[]) => new SearchIndexError(`the search index could not be ${what}: ${errors.join("; ")}`);
  let index: pagefind.PagefindIndex | undefined;
  try {
    const created = await pagefind.createIndex({ keepIndexUrl: false });
    if (!created.index || created.errors.length > 0) throw fail("started", created.errors);
    index = created.index;
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw fail("made", added.errors);
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw fail("written", errors);
    const kept = files.filter((file) => !UNUSED.test(file.path));
    const fresh = `${target}.new`;
    await rm(fresh, { recursive: true, force: true });
    for (const file of kept) {
      const path = join(fresh, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    const old = `${target}.old`;
    await rm(old, { recursive: true, force: true });
    await rename(target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(fresh, target);
    await rm(old, { recursive: true, force: true });
    return {
      pages: await pagesIn(join(target, "pagefind-entry.json")),
      files: kept.length,
      bytes: kept.reduce((sum, file) => sum + file.content.byteLength, 0),
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    // Pagefind's binary missing for this platform, or its service gone: said in one line, not a stack.
    throw new SearchIndexError(`the search index could not be made: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await index?.deleteIndex().catch(() => {});
    // Pagefind runs as a child process; closed, so a build exits and a dev server keeps no idle one around.
    await pagefind.close();
  }
}

/** Pages in the index, from Pagefind's entry file: one count per language. */
async function pagesIn(entryFile: string): Promise<number> {
  const entry = JSON.parse(await readFile(entryFile, "utf8")) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/**
 * Whether to index the site: search is on (not `disableKinds = ["search"]`) and the site has a search page
 * (`layouts/search.njk`, or a page of its own at /search/).
 */
export function hasSearch(loaded: { site: { searchURL?: string | undefined }; items: readonly { outputPath: string }[] }): boolean {
  return loaded.site.searchURL !== undefined && loaded.items.some((item) => item.outputPath.toLowerCase() === SEARCH_PAGE);
}
