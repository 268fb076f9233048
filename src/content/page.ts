// One content file through the per-page stages. Reading and describing need nothing of the rest of the
// site; rendering needs the site's index (for ref and bundle resources), so the site runs it last.
import type { Markdown, RenderContext } from "../markdown/index.ts";
import type { BuildFlags, ContentFile, FrontMatter, Page, PageMeta, Problem, PublishState, Resource } from "../types.ts";
import { defaultBuildOptions, emptyPageMeta, readPageMeta } from "./fields.ts";
import { locatePage, MARKDOWN_FILE, splitPath, type PageLocation } from "./paths.ts";
import { leftOutReason, publishState, shouldBuild, type LeftOutReason } from "./publish.ts";
import { relURL } from "../urls.ts";
import { pageSummary, readingTime } from "./summary.ts";
import { tableOfContents } from "./toc.ts";

/** A page as far as it can be known from its own file (and its cascade): what it is, where it goes, whether it is built. */
export interface PageDescription {
  file: ContentFile;
  frontMatter: FrontMatter;
  meta: PageMeta;
  location: PageLocation;
  state: PublishState;
}

export interface DescribeContext {
  timeZone: string;
  flags: BuildFlags;
  /** The instant publishing is decided against. */
  now: Date;
}

/** What a file says of itself, typed and placed: describing without the clock, so the dev server keeps it per file. */
export interface PageReading {
  frontMatter: FrontMatter;
  meta: PageMeta;
  located: ReturnType<typeof locatePage>;
  problems: Problem[];
}

export function readPage(file: ContentFile, frontMatter: FrontMatter, timeZone: string): PageReading {
  const { meta, problems } = readPageMeta(frontMatter, { file: file.displayPath, timeZone });
  const located = locatePage(file.path, meta);
  if ("reason" in located) {
    const { line, column } = frontMatter.positionOf(located.field);
    problems.push({
      severity: "error", file: file.displayPath, line, column, field: located.field,
      message: `the "${located.field}" front matter field is not usable: ${located.reason}`,
      hint: located.field === "url" ? 'write a path inside the site, such as url = "/about/"' : 'write a single path segment, such as slug = "my-post"',
    });
  }
  // Hugo: a headless bundle is a [build] of render = "never", list = "never", publishResources = false.
  if (meta.headless) meta.build = { render: "never", list: "never", publishResources: false };
  return { frontMatter, meta, located, problems };
}

/** Front matter, typed fields, URL and publishing; undefined when the file has errors or is not built. */
export function describePage(
  file: ContentFile,
  frontMatter: FrontMatter,
  ctx: DescribeContext,
  reading: PageReading = readPage(file, frontMatter, ctx.timeZone),
): { page: PageDescription | undefined; skipped: boolean; leftOut?: LeftOutReason; problems: Problem[] } {
  const { meta, located, problems } = reading;
  if (problems.some((p) => p.severity === "error") || "reason" in located) return { page: undefined, skipped: false, problems };
  const state = publishState(meta, ctx.now);
  if (!shouldBuild(state, ctx.flags)) return { page: undefined, skipped: true, leftOut: leftOutReason(state, ctx.flags)!, problems };
  return { page: { file, frontMatter: reading.frontMatter, meta, location: located.location, state }, skipped: false, problems };
}

export interface RenderPageContext {
  markdown: Markdown;
  siteTitle: string;
  /** Heading levels in the table of contents. */
  toc: { startLevel: number; endLevel: number };
  /** Everything else the Markdown stage needs of the site: refs, params, the base URL. */
  render: Omit<RenderContext, "file" | "firstLine" | "page">;
}

/** Renders the body and makes the Page the layouts see; lists and links are filled in by the site. */
export function renderPage(description: PageDescription, resources: Resource[], ctx: RenderPageContext): { page: Page; problems: Problem[] } {
  const { file, frontMatter, meta, location, state } = description;
  const problems: Problem[] = [];
  const pageContext = { path: file.path, url: location.url, params: meta.params, resources };
  const rendered = ctx.markdown.render(frontMatter.body, { ...ctx.render, file: file.displayPath, firstLine: frontMatter.bodyLine, page: pageContext });
  problems.push(...rendered.problems);
  const summaryField =
    meta.summary === undefined
      ? undefined
      : ctx.markdown.renderSummaryField(meta.summary, { ...ctx.render, file: file.displayPath, firstLine: frontMatter.positionOf("summary").line, page: pageContext }, problems);
  const title = meta.title ?? (location.kind === "home" ? ctx.siteTitle : defaultTitle(file.path, location.kind));
  const page: Page = {
    ...blankPage(location, title),
    path: file.path,
    file: file.displayPath,
    description: meta.description,
    linkTitle: meta.linkTitle ?? title,
    date: meta.date,
    publishDate: meta.publishDate,
    expiryDate: meta.expiryDate,
    lastmod: meta.lastmod,
    state,
    tags: meta.tags,
    categories: meta.categories,
    aliases: meta.aliases,
    weight: meta.weight,
    layout: meta.layout,
    type: meta.type,
    params: meta.params,
    content: rendered.html,
    titleInBody: LEADING_H1.test(rendered.html),
    ...pageSummary(rendered, summaryField, meta.build.render === "always" ? relURL(location.url, ctx.render.site?.baseURL) : undefined),
    wordCount: rendered.wordCount,
    readingTime: readingTime(rendered.wordCount),
    headings: rendered.headings,
    toc: meta.toc,
    tableOfContents: tableOfContents(rendered.headings, ctx.toc),
    resources,
    build: meta.build,
    // Hugo gives a page that is never rendered no URL: lists show it without a link.
    ...(meta.build.render === "always" ? {} : { url: "", outputPath: "" }),
  };
  return { page, problems };
}

// A body whose first block is a level-1 heading carries its own title (README, "The title of a page").
const LEADING_H1 = /^<h1[\s>]/;

/** A page with nothing in it yet, at a location; also what Hugo makes for a section, home or term without a file. */
export function blankPage(location: PageLocation, title: string): Page {
  const meta = emptyPageMeta();
  return {
    kind: location.kind,
    path: location.kind === "home" ? "_index.md" : location.kind === "section" ? `${location.dir}/_index.md` : location.dir,
    file: undefined,
    section: sectionOf(location.dir),
    url: location.url,
    outputPath: location.outputPath,
    title,
    linkTitle: title,
    titleInBody: false,
    description: undefined,
    date: undefined,
    publishDate: undefined,
    expiryDate: undefined,
    lastmod: undefined,
    state: { draft: false, future: false, expired: false },
    tags: meta.tags,
    categories: meta.categories,
    aliases: meta.aliases,
    weight: 0,
    layout: undefined,
    type: undefined,
    params: meta.params,
    content: "",
    summary: "",
    truncated: false,
    wordCount: 0,
    readingTime: 0,
    headings: [],
    toc: false,
    tableOfContents: "",
    pages: [],
    sections: [],
    ancestors: [],
    prevInSection: undefined,
    nextInSection: undefined,
    related: [],
    taxonomies: {},
    terms: [],
    resources: [],
    build: defaultBuildOptions,
  };
}

/** Hugo's .Section: the first folder of a page's folder (`posts/2024` → `posts`), "" at the root. */
export function sectionOf(dir: string): string {
  return dir.split("/", 1)[0]!;
}

/** A title for a page that has none: its file or folder name in words (`my-first-post` → `My First Post`). */
export function defaultTitle(path: string, kind: Page["kind"]): string {
  const { dir, name } = splitPath(path);
  const base = kind === "page" && !/^index\./i.test(name) ? name.replace(MARKDOWN_FILE, "") : splitPath(dir).name;
  return base
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ");
}
