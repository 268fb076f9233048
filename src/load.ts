// Reads settings and content from disk and runs the pipeline: the one entry point for the plugin and the CLI.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { assembleSite, type SiteResult } from "./content/site.ts";
import { loadContent, type Unchanged } from "./content/loader.ts";
import { staticProblems } from "./content/static-files.ts";
import { chooseLayouts, listLayouts, type RenderItem } from "./eleventy/layouts.ts";
import { createMarkdown } from "./markdown/index.ts";
import { builtInShortcodes, createShortcodes, SHORTCODES_DIR } from "./markdown/shortcodes/index.ts";
import type { RenderCache } from "./content/render-cache.ts";
import { ThreadPool } from "./threads/pool.ts";
import { BuildError, displayPath, hasErrors, sortProblems } from "./problems.ts";
import { defaultSettings, normaliseBaseURL, readSettings, type SiteSettings } from "./settings/settings.ts";
import type { Progress } from "./progress.ts";
import type { BuildFlags } from "./types.ts";

export interface FolioOptions {
  /** Folder of Markdown content. @default "content" */
  contentDir: string;
  /** Layouts, and the site's own shortcodes in its `_shortcodes/` folder. @default "layouts" */
  layoutsDir: string;
  /** Static files copied verbatim to the output root. @default "public" */
  publicDir: string;
  /** Site settings file; a missing file means the defaults. @default "folio.toml" */
  settingsFile: string;
  /** Publishing flags from the command line, added to the settings' own buildDrafts, buildFuture, buildExpired. */
  flags: Partial<BuildFlags>;
  /** Overrides the settings' baseURL (the CLI's --base-url). */
  baseURL: string | undefined;
  /** The clock publishing is decided against; injectable so tests can fix it. @default () => new Date() */
  now: () => Date;
  /** Set by the dev server, which publishes nothing and refuses links in public/ as it serves. */
  serving?: boolean;
  /** Rendered pages kept across builds (the dev server passes one); none for a one-off build. */
  cache?: RenderCache;
  /** The dev server's watcher: asked once per build which content files changed (src/serve/content-watch.ts). */
  heard?: { take(): string[] | undefined };
  /** For one build with a cache: the content files known unchanged since the last, which are not even statted. */
  unchanged?: Unchanged;
  /** Threads that render a large site; 0 or undefined renders on the main thread, which a process that cannot start TypeScript workers needs. @default undefined */
  workers?: number;
  /** The caller's threads (`folio build` writes the pages on them afterwards); else `workers` threads are started and stopped here. */
  pool?: ThreadPool;
  /** Told of the pages rendered, for a progress line. @default none */
  progress?: Progress;
}

export const defaultOptions: FolioOptions = {
  contentDir: "content",
  layoutsDir: "layouts",
  publicDir: "public",
  settingsFile: "folio.toml",
  flags: {},
  baseURL: undefined,
  now: () => new Date(),
};

export interface LoadResult extends SiteResult {
  settings: SiteSettings;
  /** Every file Eleventy writes, with its layout. */
  items: RenderItem[];
  /** True when a problem of severity "error" was found: the site must not be written. */
  failed: boolean;
}

export function loadSettings(options: Pick<FolioOptions, "settingsFile" | "baseURL">, cwd = process.cwd()) {
  const path = resolve(cwd, options.settingsFile);
  const { settings, problems } = existsSync(path)
    ? readSettings(readFileSync(path, "utf8"), displayPath(path, cwd))
    : { settings: { ...defaultSettings }, problems: [] };
  if (options.baseURL !== undefined) settings.baseURL = normaliseBaseURL(options.baseURL);
  return { settings, problems };
}

/** Names, sizes and modification times of the files below a folder: changes when any of them does. */
export function fileStamps(dir: string): string {
  if (!existsSync(dir)) return "";
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      const stat = statSync(path);
      return `${path}:${stat.size}:${stat.mtimeMs}`;
    })
    .sort()
    .join("|");
}

/** Runs the whole pipeline; problems are returned sorted by file and position, never thrown. */
export async function loadSite(options: FolioOptions, cwd = process.cwd()): Promise<LoadResult> {
  // Started first, so the workers load their modules while this thread reads the content; always stopped.
  const owned = options.pool ? undefined : options.workers ? new ThreadPool(options.workers) : undefined;
  try {
    return await runPipeline(options, cwd, options.pool ?? owned);
  } finally {
    await owned?.close();
  }
}

async function runPipeline(options: FolioOptions, cwd: string, pool: ThreadPool | undefined): Promise<LoadResult> {
  const { settings, problems } = loadSettings(options, cwd);
  const content = loadContent(resolve(cwd, options.contentDir), cwd, options.cache, options.cache && options.unchanged);
  const flags: BuildFlags = {
    buildDrafts: settings.buildDrafts || options.flags.buildDrafts === true,
    buildFuture: settings.buildFuture || options.flags.buildFuture === true,
    buildExpired: settings.buildExpired || options.flags.buildExpired === true,
  };
  // A broken shortcode file is a problem like any other: reported with the rest, the build stopped.
  const shortcodes = await createShortcodes({ layoutsDir: resolve(cwd, options.layoutsDir) }).catch((error: unknown) => {
    if (!(error instanceof BuildError)) throw error;
    problems.push(...error.problems);
    return builtInShortcodes;
  });
  const markdown = createMarkdown({ unsafe: settings.markup.unsafe, summaryLength: settings.summaryLength, shortcodes });
  const settingsFile = displayPath(resolve(cwd, options.settingsFile), cwd);
  const shortcodesKey = fileStamps(join(resolve(cwd, options.layoutsDir), SHORTCODES_DIR));
  const codeShortcodes = /\.(ts|m?js)[:|]/.test(shortcodesKey);
  const markdownOptions = { unsafe: settings.markup.unsafe, summaryLength: settings.summaryLength };
  const workers = pool && !pool.closed ? { markdown: markdownOptions, layoutsDir: resolve(cwd, options.layoutsDir), pool } : undefined;
  const result = await assembleSite(content, settings, { flags, now: options.now(), markdown, settingsFile, cache: options.cache, shortcodesKey, codeShortcodes, workers, progress: options.progress });
  // The site's own public/robots.txt (or sitemap.xml) is published instead of folio's.
  const publicDir = resolve(cwd, options.publicDir);
  result.plan.files = result.plan.files.filter((file) => !isFile(join(publicDir, file.outputPath)));
  const layouts = chooseLayouts(result.plan.outputs, listLayouts(resolve(cwd, options.layoutsDir)));
  const written = [...layouts.items, ...result.plan.files, ...result.plan.resources].map((file) => file.outputPath);
  // The dev server leaves public/'s links out of its copy rather than stop on them (src/serve/public-files.ts).
  problems.push(...staticProblems(publicDir, { written, links: !options.serving, cwd }));
  const all = sortProblems([...problems, ...content.problems, ...result.problems, ...layouts.problems]);
  return { ...result, items: layouts.items, problems: all, settings, failed: hasErrors(all) };
}

/** False for a folder, and for a path through a file (public/notes a file, public/notes/index.xml asked). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
