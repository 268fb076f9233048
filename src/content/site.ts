// The whole content tree into one Site, in phases: read → cascade → describe → render → structure → outputs.
// Each phase is linear in the number of pages; rendering, the costly one, is per page and independent.
import type { Markdown } from "../markdown/index.ts";
import { hasErrors } from "../problems.ts";
import type { SiteSettings } from "../settings/settings.ts";
import type { BuildFlags, ContentAsset, ContentFile, FrontMatter, Page, Problem, Resource, Site } from "../types.ts";
import { resolveAlias, type Alias } from "./aliases.ts";
import { assignResources, bundleDir, resourcesAt } from "./bundles.ts";
import { applyCascade } from "./cascade.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { planOutputs, type OutputPlan } from "./outputs.ts";
import type { LeftOutReason } from "./publish.ts";
import { blankPage, defaultTitle, describePage, readPage, renderPage, type PageDescription } from "./page.ts";
import { kindOf, locateListPage, splitPath } from "./paths.ts";
import { createRefResolver } from "./refs.ts";
import { RenderCache } from "./render-cache.ts";
import type { Progress } from "../progress.ts";
import { portable, renderOnThreads, WORKER_THRESHOLD, type RenderSetup } from "./render-pool.ts";
import type { ThreadPool } from "../threads/pool.ts";
import { byDefaultOrder } from "./order.ts";
import { inMenus, keepsOrder, linksTo, pageEdit, type PageEdit, type PageEditContext, type RenderedPage } from "./page-edit.ts";
import { linkStructure } from "./structure.ts";
import { siteMenus, siteRelated, siteTaxonomies } from "./site-links.ts";

export interface SiteResult {
  site: Site;
  plan: OutputPlan;
  problems: Problem[];
  /** Pages the publishing rules left out of this build. */
  skipped: number;
  /** The same, by the first reason each was left out. */
  leftOut: Record<LeftOutReason, number>;
  /** With a cache: each rendered page's cache key, which identifies its own content. */
  renderKeys: Map<Page, string>;
  /** Threads that rendered pages: 1 is the main thread alone. */
  renderThreads: number;
  /** Until when (ms since the epoch) no page's publishing changes with the clock: a future page comes out, one expires. */
  stableUntil: number;
  /** With a cache: a regular page's file whose body or title alone changed, as an edit of this site (page-edit.ts). */
  editPage(file: ContentFile): SiteEdit | undefined;
}

export interface SiteEdit extends PageEdit {
  /** Other pages whose links to the page show its new title (neighbours, related pages). */
  linking: Page[];
}

export interface AssembleContext {
  flags: BuildFlags;
  now: Date;
  markdown: Markdown;
  /** Display path of the settings file, for problems found in its menus. */
  settingsFile: string;
  /** Pages rendered by earlier builds of this process (the dev server), reused when nothing they depend on changed. */
  cache?: RenderCache;
  /** Changes whenever the site's own shortcodes change: part of every cached page's key. */
  shortcodesKey?: string;
  /** Whether the site has shortcodes written in TypeScript or JavaScript, which may look any page up. */
  codeShortcodes?: boolean;
  /** When given, many pages render on worker threads, which build their renderer from these. */
  workers?: Pick<RenderSetup, "markdown" | "layoutsDir"> & { pool: ThreadPool };
  /** Told how many pages there are to render, and of each one rendered. */
  progress?: Progress;
}

export async function assembleSite(
  content: { files: readonly ContentFile[]; assets: readonly ContentAsset[] },
  settings: SiteSettings,
  ctx: AssembleContext,
): Promise<SiteResult> {
  const problems: Problem[] = [];

  // Read: front matter of every file, and the cascades that sections hand down.
  const read = content.files.flatMap((file) => {
    const result = ctx.cache ? ctx.cache.parsed(file, parseFrontMatter) : parseFrontMatter(file);
    problems.push(...result.problems);
    return hasErrors(result.problems) ? [] : [{ file, frontMatter: result.frontMatter }];
  });
  const cascades = new Map<string, Record<string, unknown>[]>();
  for (const { file, frontMatter } of read) {
    const cascade = frontMatter.data.cascade;
    if (kindOf(file.path) !== "page" && cascade !== undefined) {
      const tables = (Array.isArray(cascade) ? cascade : [cascade]).filter((t): t is Record<string, unknown> => typeof t === "object" && t !== null);
      cascades.set(splitPath(file.path).dir, tables);
    }
  }

  // Describe: typed fields, publishing, URL, aliases.
  let skipped = 0;
  const leftOut: Record<LeftOutReason, number> = { draft: 0, future: 0, expired: 0 };
  const described: PageDescription[] = [];
  const aliases = new Map<PageDescription, Alias[]>();
  // What each file says of itself changes only with the file, the cascades or the time zone: the dev server keeps it.
  const cascadeKey = ctx.cache && JSON.stringify([settings.timeZone, ...cascades]);
  const metaKeys = new Map<ContentFile, string>();
  const readOne = (file: ContentFile, frontMatter: FrontMatter) => {
    const readFile = () => readPage(file, { ...frontMatter, data: applyCascade(frontMatter.data, file.path, kindOf(file.path), cascades) }, settings.timeZone);
    const known = ctx.cache?.reading(file, cascadeKey!, readFile);
    return { reading: known?.reading ?? readFile(), metaKey: known?.metaKey };
  };
  const describeContext = { timeZone: settings.timeZone, flags: ctx.flags, now: ctx.now };
  let stableUntil = Infinity;
  for (const { file, frontMatter } of read) {
    const { reading, metaKey } = readOne(file, frontMatter);
    if (metaKey) metaKeys.set(file, metaKey);
    for (const date of [reading.meta.publishDate, reading.meta.expiryDate]) {
      if (date && date.getTime() > ctx.now.getTime()) stableUntil = Math.min(stableUntil, date.getTime());
    }
    const result = describePage(file, reading.frontMatter, describeContext, reading);
    problems.push(...result.problems);
    if (result.skipped) skipped++;
    if (result.leftOut) leftOut[result.leftOut]++;
    if (!result.page) continue;
    described.push(result.page);
    const resolved = result.page.meta.aliases.flatMap((alias) => {
      const found = resolveAlias(alias, result.page!.location.url);
      if ("url" in found) return [found];
      problems.push({ severity: "error", file: file.displayPath, ...frontMatter.positionOf("aliases"), field: "aliases", message: `the alias "${alias}" is not usable: ${found.reason}`, hint: 'write a path inside the site, such as "/old/path/"' });
      return [];
    });
    if (resolved.length > 0 && result.page.meta.build.render === "always") aliases.set(result.page, resolved);
  }

  // Sections: every top-level folder, and every folder whose _index.md is built. A draft section is left out
  // and its pages hang from the section above it.
  // A top-level folder that is a leaf bundle (`content/about/index.md`) is a page, not a section.
  const leafDirs = new Set(content.files.flatMap((f) => (kindOf(f.path) === "page" && bundleDir(f.path) !== undefined ? [bundleDir(f.path)!] : [])));
  const sectionDirs = new Set<string>([""]);
  for (const file of content.files) {
    const top = file.path.split("/", 1)[0]!;
    if (file.path.includes("/") && !leafDirs.has(top)) sectionDirs.add(top);
  }
  const built = new Set(described.map((d) => d.file.path));
  for (const d of described) if (d.location.kind === "section") sectionDirs.add(d.location.dir);
  for (const file of content.files) {
    if (kindOf(file.path) === "section" && !built.has(file.path)) sectionDirs.delete(splitPath(file.path).dir);
  }

  // Render: each page with its bundle's files and the site-wide ref index.
  const owned = assignResources(content.assets, leafDirs, sectionDirs);
  // Sections without an _index.md can be referred to as well, by where that file would be.
  const generatedSections = [...sectionDirs].filter((dir) => !built.has(dir === "" ? "_index.md" : `${dir}/_index.md`));
  const refTargets = [
    ...described.map((d) => ({ path: d.file.path, url: d.location.url })),
    ...generatedSections.map((dir) => ({ path: dir === "" ? "_index.md" : `${dir}/_index.md`, url: locateListPage(dir).url })),
  ];
  const resolveRef = createRefResolver(refTargets);
  const { cache } = ctx;
  // Every page's URL matters only to pages that may link by ref; a new post does not re-render the others.
  const cacheContext = cache && RenderCache.contextKey(settings.markup, settings.summaryLength, settings.params, settings.baseURL, settings.title, ctx.shortcodesKey);
  const refsContext = cache && cacheContext + RenderCache.contextKey(refTargets);
  const renderContext = {
    markdown: ctx.markdown,
    siteTitle: settings.title,
    toc: settings.markup.tableOfContents,
    render: { site: { params: settings.params, baseURL: settings.baseURL }, resolveRef },
  };
  const sections = new Map<string, Page>();
  const regularPages: Page[] = [];
  const pageAliases = new Map<Page, Alias[]>();
  const descriptionOf = new Map<Page, PageDescription>();
  const renderKeys = new Map<Page, string>();
  const keyOf = (description: PageDescription, resources: Resource[], metaKey: string | undefined) => {
    const context = cacheContext && (cache!.usesRefs(description.file, ctx.codeShortcodes === true) ? refsContext! : cacheContext);
    return context && RenderCache.key(context, description.file.path, cache!.textKey(description.file), [metaKey, description.state], resources);
  };
  // Cached pages first; the rest rendered here, or on worker threads when there are many.
  const jobs = described.map((description) => {
    const bundle = bundleDir(description.file.path);
    const resources = bundle === undefined ? [] : resourcesAt(owned.get(bundle) ?? [], bundle, description.location.outputPath);
    const key = keyOf(description, resources, metaKeys.get(description.file));
    return { description, resources, key, rendered: key ? cache!.get(key) : undefined };
  });
  const pending = jobs.filter((job) => job.rendered === undefined);
  const useWorkers = ctx.workers !== undefined && pending.length >= WORKER_THRESHOLD;
  // A small site stops the threads at once, so they take no time from this one; a large one keeps them for
  // writing its pages, even when the cache rendered them all.
  if (ctx.workers && !useWorkers && described.length < WORKER_THRESHOLD) await ctx.workers.pool.close();
  const progress = ctx.progress;
  progress?.start("render", pending.length);
  const rendered = useWorkers
    ? (await renderOnThreads(
        ctx.workers!.pool,
        pending.map((job) => ({ description: portable(job.description), resources: job.resources })),
        { markdown: ctx.workers!.markdown, layoutsDir: ctx.workers!.layoutsDir, siteTitle: settings.title, toc: renderContext.toc, site: renderContext.render.site, refTargets },
        progress && ((count) => progress.advance(count)),
      )).rendered
    : pending.map((job) => {
        const result = renderPage(job.description, job.resources, renderContext);
        progress?.advance();
        return result;
      });
  progress?.end();
  pending.forEach((job, i) => {
    job.rendered = rendered[i]!;
    if (job.key) cache!.set(job.key, job.rendered.page, job.rendered.problems);
  });
  const renderedPages = new Map<string, RenderedPage>();
  for (const { description, key, resources, rendered: result } of jobs) {
    problems.push(...result!.problems);
    const { page } = result!;
    if (key) renderKeys.set(page, key);
    if (cache && page.kind === "page") renderedPages.set(description.file.path, { description, resources, page, key });
    descriptionOf.set(page, description);
    if (aliases.has(description)) pageAliases.set(page, aliases.get(description)!);
    if (page.kind === "page") regularPages.push(page);
    else sections.set(description.location.dir, page);
  }
  for (const dir of sectionDirs) {
    if (!sections.has(dir)) {
      const page = blankPage(locateListPage(dir), dir === "" ? settings.title : defaultTitle(`${dir}/_index.md`, "section"));
      page.resources = resourcesAt(owned.get(dir) ?? [], dir, page.outputPath);
      sections.set(dir, page);
    }
  }

  // Structure: lists, breadcrumbs, neighbours, taxonomies, related pages, menus. `content/tags/_index.md`
  // (and `content/tags/docker/_index.md`) belong to the taxonomy's pages, not to the section tree.
  const taxonomyOwned = new Map<string, Page>([["", sections.get("")!]]);
  for (const { plural } of settings.taxonomies) {
    for (const [dir, page] of sections) {
      if (dir === plural || dir.startsWith(`${plural}/`)) {
        taxonomyOwned.set(dir, page);
        sections.delete(dir);
      }
    }
  }
  linkStructure(sections, regularPages);
  // In Hugo's default order, which term pages keep: newest first, as on every other list.
  const listable = regularPages.filter((p) => p.build.list === "always").sort(byDefaultOrder);
  const taxonomies = siteTaxonomies(listable, settings.taxonomies, taxonomyOwned);
  siteRelated(listable, ctx.cache?.related);
  const terms = taxonomies.flatMap((t) => t.termPages);
  const everyPage = [...sections.values(), ...regularPages, ...taxonomies.map((t) => t.page), ...terms];
  const menus = siteMenus(settings.menus, ctx.settingsFile, everyPage, descriptionOf, resolveRef, problems);

  const home = sections.get("")!;
  const sectionPages = [...sections.values()].filter((p) => p !== home).sort((a, b) => (a.path < b.path ? -1 : 1));
  const { publish } = settings;
  const fileKinds = { feeds: publish.feeds.enabled, sitemap: publish.sitemap, robots: publish.robots.enabled, search: publish.search };
  const plan = planOutputs(regularPages, [home, ...sectionPages, ...taxonomies.map((t) => t.page), ...terms], pageAliases, settings.pagerSize, fileKinds);
  problems.push(...plan.problems);

  cache?.sweep();
  const site: Site = {
    title: settings.title,
    baseURL: settings.baseURL,
    languageCode: settings.languageCode,
    timeZone: settings.timeZone,
    params: settings.params,
    home,
    sections: sectionPages,
    regularPages: home.pages,
    flags: ctx.flags,
    taxonomies: taxonomies.map((t) => t.page),
    menus,
    ...(publish.search ? { searchURL: "/search/" } : {}),
  };
  const editContext: PageEditContext | undefined = cache && {
    parse: (file) => cache.parsed(file, parseFrontMatter),
    read: readOne,
    describe: (file, reading) => describePage(file, reading.frontMatter, describeContext, reading),
    render: (description, resources) => renderPage(description, resources, renderContext),
    keyOf,
    remember: (key, page) => cache.set(key, page, []),
  };
  const editPage = (file: ContentFile): SiteEdit | undefined => {
    const known = renderedPages.get(file.path);
    const edit = known && editContext && pageEdit(known, file, editContext);
    if (!edit) return undefined;
    const { page, retitled } = edit;
    // A new title may move the page among pages of one weight and date, and shows wherever a link to it does.
    if (retitled && (inMenus(menus, page) || !keepsOrder(regularPages, page, retitled.linkTitle))) return undefined;
    const { holders, links } = retitled ? linksTo(everyPage, page) : { holders: [], links: [] };
    return {
      ...edit,
      linking: holders,
      apply() {
        edit.apply();
        for (const link of links) [link.title, link.linkTitle] = [page.title, page.linkTitle];
        if (retitled) cache?.related.retitled(page.path, page.linkTitle);
        if (edit.key) renderKeys.set(page, edit.key);
      },
    };
  };
  return { site, plan, problems, skipped, leftOut, renderKeys, renderThreads: useWorkers ? ctx.workers!.pool.size : 1, stableUntil, editPage };
}
