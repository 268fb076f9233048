// One content file through the stages: front matter → fields → publishing → URL → Markdown → summary.
import type { Markdown } from "../markdown/index.ts";
import type { BuildFlags, ContentFile, Page, PageMeta, Problem } from "../types.ts";
import { readPageMeta } from "./fields.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { locateListPage, locatePage, MARKDOWN_FILE, splitPath } from "./paths.ts";
import { publishState, shouldBuild } from "./publish.ts";
import { pageSummary, readingTime } from "./summary.ts";

export interface PageContext {
  timeZone: string;
  /** Title of a home page whose `_index.md` gives none. */
  siteTitle: string;
  flags: BuildFlags;
  /** The instant publishing is decided against. */
  now: Date;
  markdown: Markdown;
}

export interface PageResult {
  /** Undefined when the page is left out (publishing rules) or has errors. */
  page: Page | undefined;
  /** Whether the publishing rules left it out. */
  skipped: boolean;
  problems: Problem[];
}

export function readPage(file: ContentFile, ctx: PageContext): PageResult {
  const { frontMatter, problems } = parseFrontMatter(file);
  if (problems.some((p) => p.severity === "error")) return { page: undefined, skipped: false, problems };

  const fields = readPageMeta(frontMatter, { file: file.displayPath, timeZone: ctx.timeZone });
  problems.push(...fields.problems);
  const { meta } = fields;

  const located = locatePage(file.path, meta);
  if ("reason" in located) {
    const { line, column } = frontMatter.positionOf(located.field);
    problems.push({
      severity: "error", file: file.displayPath, line, column, field: located.field,
      message: `the "${located.field}" front matter field is not usable: ${located.reason}`,
      hint: located.field === "url" ? 'write a path inside the site, such as url = "/about/"' : "write a single path segment, such as slug = \"my-post\"",
    });
  }
  if (problems.some((p) => p.severity === "error") || "reason" in located) return { page: undefined, skipped: false, problems };

  const state = publishState(meta, ctx.now);
  if (!shouldBuild(state, ctx.flags)) return { page: undefined, skipped: true, problems };

  const rendered = ctx.markdown.render(frontMatter.body, { file: file.displayPath, firstLine: frontMatter.bodyLine });
  problems.push(...rendered.problems);
  const summaryField =
    meta.summary === undefined
      ? undefined
      : ctx.markdown.renderSummaryField(meta.summary, { file: file.displayPath, firstLine: frontMatter.positionOf("summary").line }, problems);
  const { location } = located;
  const title = meta.title ?? (location.kind === "home" ? ctx.siteTitle : defaultTitle(file.path, location.kind));

  const page: Page = {
    kind: location.kind,
    path: file.path,
    file: file.displayPath,
    section: sectionOf(file.path),
    url: location.url,
    outputPath: location.outputPath,
    title,
    linkTitle: meta.linkTitle ?? title,
    description: meta.description,
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
    ...pageSummary(rendered, summaryField),
    wordCount: rendered.wordCount,
    readingTime: readingTime(rendered.wordCount),
    headings: rendered.headings,
    pages: [],
  };
  return { page, skipped: false, problems };
}

/** A section or home page for a folder that has no `_index.md`: Hugo makes one all the same. */
export function generatedListPage(dir: string, siteTitle: string): Page {
  const path = dir === "" ? "_index.md" : `${dir}/_index.md`;
  const location = locateListPage(dir);
  const title = location.kind === "home" ? siteTitle : defaultTitle(path, "section");
  return {
    ...emptyMeta(),
    kind: location.kind,
    path,
    file: undefined,
    section: sectionOf(path),
    url: location.url,
    outputPath: location.outputPath,
    title,
    linkTitle: title,
    state: { draft: false, future: false, expired: false },
    content: "",
    summary: "",
    truncated: false,
    wordCount: 0,
    readingTime: 0,
    headings: [],
    pages: [],
  };
}

function emptyMeta(): Omit<PageMeta, "title" | "linkTitle" | "summary" | "draft" | "slug" | "url"> {
  return {
    description: undefined, date: undefined, publishDate: undefined, expiryDate: undefined, lastmod: undefined,
    tags: [], categories: [], aliases: [], weight: 0, layout: undefined, type: undefined, params: {},
  };
}

/** Hugo's .Section: the first folder, "" for files at the root. */
function sectionOf(path: string): string {
  const slash = path.indexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** A title for a page that has none: its file or folder name in words (`my-first-post` → `My First Post`). */
function defaultTitle(path: string, kind: Page["kind"]): string {
  const { dir, name } = splitPath(path);
  const base = kind === "page" && name !== "index.md" ? name.replace(MARKDOWN_FILE, "") : splitPath(dir).name;
  return base
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ");
}
