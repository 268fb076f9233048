// folio as an Eleventy plugin: our loader owns content/, Eleventy paginates the pages it hands over.
// https://www.11ty.dev/docs/plugins/ · https://www.11ty.dev/docs/virtual-templates/
import { rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { RenderCache } from "../content/render-cache.ts";
import { defaultOptions, fileStamps, loadSite, type FolioOptions, type LoadResult } from "../load.ts";
import { BuildError, formatProblem } from "../problems.ts";
import type { Environment } from "nunjucks";
import type { Page, Site } from "../types.ts";
import type { SiteFile } from "../content/outputs.ts";
import { unchangedBut } from "../content/loader.ts";
import { rebuildPage } from "./page-rebuild.ts";
import type { EleventyConfig } from "./api.ts";
import { layoutFilters } from "./environment.ts";
import { missingOnThreads } from "./thread-layouts.ts";
import { Fingerprints } from "./fingerprint.ts";
import { OutputTracker } from "./incremental.ts";
import type { RenderItem } from "./layouts.ts";
import { copyResources } from "./resources.ts";
import { OUTPUT_TEMPLATE, writeOutputs } from "./writer.ts";
import { SiteFileWriter } from "../publish/write.ts";
import { renderSiteFiles, sourceDateEpoch } from "../publish/index.ts";
import type { FileResult, FinishOptions } from "../publish/finish.ts";
import { FINISH_THRESHOLD, writeOnThreads } from "../publish/finish-pool.ts";
import type { ThreadPool } from "../threads/pool.ts";

/** What a caller (the CLI) hands the plugin for one run, on top of the options in `.eleventy.js`. */
export interface RunOptions extends Partial<FolioOptions> {
  /** A site the caller already loaded and checked, used for the first build instead of loading again. */
  loaded?: LoadResult;
  /** Where messages go. @default process.stderr */
  log?: (line: string) => void;
  /** Called with every site loaded; the dev server shows its errors in the browser and says what it kept. */
  onLoad?: (result: LoadResult) => void;
  /** How a build writes its pages: what to minify, the threads to share them with, who hears what was written. */
  write?: PageWriting;
  /**
   * The dev server: called once a rebuild's pages are written, before the rest of the rebuild (feeds, sitemap,
   * bundle files, fingerprinted assets), so the browser reloads without waiting for lists no page shows.
   */
  onPagesWritten?: () => void;
  /**
   * The caller watches the content folder, public/ and layouts/ itself and copies public/ (`folio serve`,
   * src/serve/watch.ts), so Eleventy's watcher leaves them and Eleventy does not copy public/.
   */
  watchesFolders?: boolean;
  /** The dev server: output paths it removed since the last build (src/serve/watch.ts `removed`), which are written again. */
  outputsRemoved?: () => string[];
}

export interface PageWriting extends FinishOptions {
  /** Writing threads, used when there are enough pages to be worth them. */
  pool?: ThreadPool | undefined;
  /** Every page written, scanned and minified already: the finishing pass does not read these again. */
  done: (results: FileResult[]) => void;
}

/**
 * Between two site files, other work on this thread goes on: the dev server answers the pages already written,
 * the threads' messages are heard. Making a large site's feeds takes a few hundred milliseconds.
 */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Set to 1, a build has Eleventy's pagination write every page, as the dev server does: a test compares the two. */
const WRITE_WITH_ELEVENTY = process.env.FOLIO_WRITE_WITH_ELEVENTY === "1";

// Keyed by the config object, so two Eleventy instances in one process never see each other's options.
const runOptions = new WeakMap<object, RunOptions>();

/** Called from Eleventy's programmatic `config` callback, which runs before `.eleventy.js` and its plugins. */
export function setRunOptions(eleventyConfig: object, options: RunOptions): void {
  runOptions.set(eleventyConfig, options);
}

/** The global data layouts see as `site`: the Site, plus every file to write, for the one paginated template. */
export interface SiteData extends Site {
  renders: RenderItem[];
}

export default function folioPlugin(eleventyConfig: EleventyConfig, pluginOptions: Partial<FolioOptions> = {}): void {
  const { loaded, log = (line: string) => process.stderr.write(`${line}\n`), onLoad, write, watchesFolders, onPagesWritten, outputsRemoved, ...run } = runOptions.get(eleventyConfig) ?? {};
  const options: FolioOptions = { ...defaultOptions, ...pluginOptions, ...run };
  // Outside our CLI (plain `npx @11ty/eleventy --serve`), a dev server shows drafts and future pages.
  if (!run.flags && process.env.ELEVENTY_RUN_MODE && process.env.ELEVENTY_RUN_MODE !== "build") {
    options.flags = { buildDrafts: true, buildFuture: true, ...options.flags };
  }

  let current: LoadResult | undefined;
  let data: SiteData | undefined;
  let pending = loaded;
  // The dev server keeps rendered pages and writes only what changed; a build renders and writes everything.
  const cache = new RenderCache();
  const tracker = new OutputTracker();
  // The layouts' own files (layouts/_assets/), written under fingerprinted names; the dev server's siteKey sees them change.
  const fingerprints = new Fingerprints(resolve(options.layoutsDir));
  let removed: string[] = [];
  // What the feeds, sitemap and robots.txt were last written with: an edit rewrites only the ones it changed.
  const siteFiles = new Map<string, string>();
  // A build writes its pages itself, through Eleventy's Nunjucks environment (see writer.ts).
  let environment: Environment | undefined;
  eleventyConfig.on("eleventy.engine.njk", (event) => (environment = (event as { environment: Environment }).environment));
  let direct: RenderItem[] = [];
  const siteKeyOf = (site: Site) =>
    JSON.stringify([site.menus, site.title, site.flags, site.baseURL, site.languageCode, site.timeZone, site.params, site.searchURL, fileStamps(resolve(options.layoutsDir))]);
  let siteKey: string | undefined;
  const use = (result: LoadResult, runMode: string) => {
    current = result;
    let renders = result.items;
    if (runMode === "build" && !WRITE_WITH_ELEVENTY) [direct, renders] = [renders, []];
    else ({ write: renders, removed } = tracker.changes(result.items, result.renderKeys, (siteKey = siteKeyOf(result.site))));
    data = { ...result.site, renders };
  };
  // What Eleventy's watcher queued for the next build; the last load's outcome; the post an edit rebuilt alone.
  let queued: string[] | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => (queued = queue));
  let lastFailed = false;
  let edited: Page | undefined;

  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    const serving = runMode !== "build";
    tracker.forget(outputsRemoved?.() ?? []);
    const heard = serving ? options.heard?.take() : undefined;
    const rebuild = { heard, queued, contentDir: resolve(options.contentDir), cache, now: options.now() };
    queued = undefined;
    // The one post whose body or title changed, alone, while nothing around it did (not the layouts: the site key).
    const edit = serving && current && !pending && !lastFailed && siteKeyOf(current.site) === siteKey ? rebuildPage(current, rebuild) : undefined;
    if (edit) {
      for (const problem of current!.problems) log(formatProblem(problem)); // as every rebuild says them
      onLoad?.(current!);
      [edited, removed] = [edit.page, []];
      data = { ...current!.site, renders: tracker.revise(edit.items, current!.renderKeys, siteKey!) };
      return;
    }
    // In the dev server only the first build renders many pages: later ones would pay to start workers for nothing.
    const devServer = serving ? { cache, workers: cache.size === 0 ? options.workers : 0, serving: true, ...(heard ? { unchanged: unchangedBut(heard) } : {}) } : {};
    const result = pending ?? (await loadSite({ ...options, ...devServer }));
    pending = undefined;
    lastFailed = result.failed;
    if (result !== loaded) for (const problem of result.problems) log(formatProblem(problem));
    onLoad?.(result);
    if (!result.failed) return use(result, runMode);
    if (runMode === "build") throw new BuildError(result.problems);
    // In the dev server a mistake must not stop the server (Eleventy stops watching on an error):
    // keep the last good site, or at first show the pages that have no problems.
    if (!onLoad) log(data ? "folio: kept the last good site; fix the problems above." : "folio: showing the pages that have no problems; fix the problems above.");
    if (data) data = { ...data, renders: [] };
    else use(result, runMode);
  });
  // Bundle files go beside their pages once Eleventy has written the pages; pages that are gone go too.
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    tracker.written();
    // The feeds and sitemap are made here while the threads write a large site's pages.
    const writing = direct.length > 0 ? writePages(direct, directories.output) : undefined;
    // Awaited below; handled now as well, or a layout's mistake thrown during the removals would be an
    // unhandled rejection, which ends the process with a bare stack trace.
    writing?.catch(() => undefined);
    direct = [];
    // Pages that are gone go with the pages written, before the browser is told to reload.
    await Promise.all(removed.map((path) => rm(join(directories.output, path), { force: true })));
    removed = [];
    const rest = (async () => {
      // Feeds, sitemap, robots.txt: each written as it is made, while the threads write the pages (write.ts).
      const siteFileWriter = new SiteFileWriter(directories.output, siteFiles);
      try {
        // After a post's body or title alone changed, only the feeds that list it can change.
        const page = edited;
        edited = undefined;
        const only = page && ((file: SiteFile) => file.format === "rss" && file.page.pages.includes(page));
        if (current) await renderSiteFiles(current.plan, current.site, current.settings.publish, sourceDateEpoch(), pause, only, (file) => siteFileWriter.write(file));
      } finally {
        await writing;
      }
      // Copied once the threads are done, not meanwhile: an interrupted build removes its staging folder as it
      // exits, and an asynchronous copy of this thread's still under way would make it again.
      if (current) await copyResources(current.plan.resources, directories.output);
      await fingerprints.write(directories.output);
      if (current) siteFileWriter.sweep(current.plan.files);
    })();
    // In the dev server Eleventy has written the pages by now.
    if (runMode !== "build") onPagesWritten?.();
    await rest;
  });

  // A build's pages: on the build's threads when there are many, else here through Eleventy's own environment.
  const writePages = async (items: RenderItem[], outputDir: string) => {
    if (!environment) throw new Error("folio: Eleventy's Nunjucks environment was not created");
    const { progress } = options;
    const writing = write ?? { minify: { html: false, css: false, js: false }, done: () => {} };
    progress?.start("write", items.length);
    if (writing.pool && items.length >= FINISH_THRESHOLD && threadsCanWrite(environment)) {
      const request = { outputDir, layoutsDir: resolve(options.layoutsDir), projectDir: process.cwd(), site: data, options: { minify: writing.minify } };
      const written = await writeOnThreads(writing.pool, request, items, (count) => progress?.advance(count));
      for (const name of written.fingerprinted) fingerprints.url(name); // the threads' layouts named them; written below
      writing.done(written.results);
    } else {
      const results: FileResult[] = [];
      await writeOutputs(environment, items, data, outputDir, { minify: writing.minify, onWritten: (result) => (results.push(result), progress?.advance()) });
      writing.done(results);
    }
    progress?.end();
  };

  eleventyConfig.addGlobalData("site", () => data);
  // One template writes every file: each output names its own layout, chosen by Hugo's lookup order.
  eleventyConfig.addTemplate("folio.njk", OUTPUT_TEMPLATE, {
    eleventyExcludeFromCollections: true,
    pagination: { data: "site.renders", size: 1, alias: "r" },
    permalink: (d: { r: RenderItem }) => d.r.outputPath,
  });

  const filters = layoutFilters(() => data, fingerprints);
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
  const threadsCanWrite = (eleventy: Environment) => {
    const missing = missingOnThreads(eleventy, resolve(options.layoutsDir), Object.keys(filters));
    if (missing.length === 0) return true;
    const names = missing.map((name) => `"${name}"`).join(", ");
    log(`folio: the pages are written on one thread: the layouts use ${names}, from Eleventy or .eleventy.js, which worker threads cannot have (folio's own filters they have; README, "Layouts")`);
    return false;
  };

  // Only the loader reads content; Eleventy never treats it as templates, and watches it only for a plain
  // `npx @11ty/eleventy --serve` (its chokidar re-reads a whole folder on each change in it: 0.3 s at 10,000 posts).
  const [contentDir, publicDir, layoutsDir] = [options.contentDir, options.publicDir, options.layoutsDir].map((dir) => relative(process.cwd(), resolve(dir)) || ".");
  for (const dir of [contentDir, publicDir]) eleventyConfig.ignores.add(`${dir}/**`);
  if (!watchesFolders) eleventyConfig.addWatchTarget(`${contentDir}/**`);
  // Its chokidar says it is ready before its watches are set: a layout saved just then would go unseen.
  else eleventyConfig.watchIgnores.add(`${layoutsDir}/**`);
  eleventyConfig.addWatchTarget(options.settingsFile);
  // The dev server copies public/ itself, file by file as it changes (src/serve/public-files.ts).
  if (!watchesFolders) eleventyConfig.addPassthroughCopy({ [publicDir!]: "/" });
  // Eleventy's watcher parses imported JavaScript for dependencies and cannot read our TypeScript.
  // https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.setWatchJavaScriptDependencies(false);
  // Eleventy waits for a changed file to stay the same size for 150 ms before rebuilding; editors write a
  // file in one go, so 40 ms is enough and the preview follows a save sooner. Symbolic links are watched as
  // links, not followed: one in public/ pointing at the project (or the output) would rebuild forever.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 }, followSymlinks: false });
}
