// The whole content tree into one Site: pages read, sections found, lists filled, collisions caught.
import type { SiteSettings } from "../settings/settings.ts";
import type { ContentFile, Page, Problem, Site } from "../types.ts";
import { byDefaultOrder } from "./order.ts";
import { generatedListPage, readPage, type PageContext } from "./page.ts";
import { splitPath } from "./paths.ts";

export interface SiteResult {
  site: Site;
  problems: Problem[];
  /** Pages the publishing rules left out of this build. */
  skipped: number;
}

export function assembleSite(
  files: readonly ContentFile[],
  settings: SiteSettings,
  ctx: Omit<PageContext, "timeZone" | "siteTitle">,
): SiteResult {
  const problems: Problem[] = [];
  const pageContext: PageContext = { ...ctx, timeZone: settings.timeZone, siteTitle: settings.title };
  const built: Page[] = [];
  // Folders whose `_index.md` exists, built or not: a draft section page is left out, not replaced.
  const sectionDirs = new Set<string>();
  let skipped = 0;

  for (const file of files) {
    const { dir, name } = splitPath(file.path);
    if (name === "_index.md") sectionDirs.add(dir);
    else if (dir !== "") sectionDirs.add(dir.split("/")[0]!); // every top-level folder is a section
    const result = readPage(file, pageContext);
    problems.push(...result.problems);
    if (result.skipped) skipped++;
    if (result.page) built.push(result.page);
  }
  sectionDirs.delete("");

  const lists = new Map<string, Page>();
  const regularPages: Page[] = [];
  for (const page of built) {
    if (page.kind === "page") regularPages.push(page);
    else lists.set(splitPath(page.path).dir, page);
  }
  const sourcePaths = new Set(files.map((f) => f.path));
  const listFor = (dir: string): Page | undefined => {
    const path = dir === "" ? "_index.md" : `${dir}/_index.md`;
    if (!lists.has(dir) && !sourcePaths.has(path)) lists.set(dir, generatedListPage(dir, settings.title));
    return lists.get(dir);
  };

  // A home page is always written, even when its own `_index.md` is a draft.
  const home = listFor("") ?? generatedListPage("", settings.title);
  const sections = [...sectionDirs].sort().flatMap((dir) => listFor(dir) ?? []);
  regularPages.sort(byDefaultOrder);
  home.pages = regularPages;
  for (const page of regularPages) {
    const parent = parentSection(page.path, sectionDirs);
    if (parent !== "") lists.get(parent)?.pages.push(page);
  }

  problems.push(...collisions([home, ...sections, ...regularPages]));
  const site: Site = {
    title: settings.title,
    baseURL: settings.baseURL,
    languageCode: settings.languageCode,
    timeZone: settings.timeZone,
    params: settings.params,
    home,
    sections,
    regularPages,
    flags: ctx.flags,
  };
  return { site, problems, skipped };
}

/** The nearest folder above a page that is a section; "" (the home page) when there is none. */
function parentSection(path: string, sectionDirs: ReadonlySet<string>): string {
  let { dir } = splitPath(path);
  if (splitPath(path).name === "index.md") dir = splitPath(dir).dir; // a bundle's own folder is the page
  while (dir !== "" && !sectionDirs.has(dir)) dir = splitPath(dir).dir;
  return dir;
}

/** Two pages that would write one file: the second one named is reported, with the first. */
function collisions(pages: readonly Page[]): Problem[] {
  const owners = new Map<string, Page>();
  const problems: Problem[] = [];
  for (const page of pages) {
    const first = owners.get(page.outputPath);
    if (!first) {
      owners.set(page.outputPath, page);
      continue;
    }
    problems.push({
      severity: "error",
      file: page.file ?? first.file ?? page.path,
      line: 1,
      column: 1,
      message: `this page and ${first.file ?? `the generated list page of ${first.path}`} both want the URL ${page.url}`,
      hint: "give one of them another slug or url",
    });
  }
  return problems;
}
