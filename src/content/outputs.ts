// Every file the site writes: pages, pagers of lists, redirects for aliases and /page/1/, bundle resources;
// two wanting one path stop the build, naming both.
import type { Page, Problem, Resource } from "../types.ts";
import type { Alias } from "./aliases.ts";
import { outputPathOf, staysInside } from "./paths.ts";
import { paginate, type Pager } from "./pagination.ts";

export interface Output {
  outputPath: string;
  page: Page;
  /** For a list's pager: which slice of its pages this file shows. */
  pager: Pager<Page> | undefined;
  /** For a redirect: the site-relative URL it sends readers to. */
  redirectTo: string | undefined;
  /** A layout of its own, for a file that is no page's view (`404.njk`, `search.njk`); written only when the layout exists. */
  layout?: string;
}

/** A file that is no page's view: a feed, the sitemap, robots.txt. Its text is made once the whole site is known (src/publish/). */
export interface SiteFile {
  outputPath: string;
  format: "rss" | "sitemap" | "robots";
  /** A feed's list page; the home page for the others. */
  page: Page;
  /** Written as it is; empty until src/publish/ fills it in. */
  text: string;
}

/** Which site files to plan, from the publishing settings; none unless asked. */
export interface SiteFileKinds {
  feeds: boolean;
  sitemap: boolean;
  robots: boolean;
  /** The search page (`disableKinds = ["search"]` turns it off). @default true */
  search?: boolean;
}

export interface OutputPlan {
  outputs: Output[];
  /** Bundle files to copy beside their pages. */
  resources: Resource[];
  /** Feeds, sitemap and robots.txt. */
  files: SiteFile[];
  problems: Problem[];
}

const fileOf = (url: string) => outputPathOf(decodeURI(url));
/** Where the search page is written, when `layouts/search.njk` exists. */
export const SEARCH_PAGE = "search/index.html";

/**
 * Plans the outputs of rendered pages (`regular`), lists (`lists`, paginated by `pagerSize`) and aliases.
 * Taxonomy pages list terms, not pages, and are not paginated.
 */
export function planOutputs(
  regular: readonly Page[],
  lists: readonly Page[],
  aliases: ReadonlyMap<Page, readonly Alias[]>,
  pagerSize: number,
  kinds: SiteFileKinds = { feeds: false, sitemap: false, robots: false },
): OutputPlan {
  const outputs: Output[] = [];
  const sources: Source[] = [];
  const add = (output: Output, name: string, kind: Source["kind"] = "page") => {
    outputs.push(output);
    sources.push({ name, file: output.page.file, kind });
  };
  const nameOf = (page: Page) => page.file ?? generatedName(page);
  const resources: Resource[] = [];

  for (const page of regular) {
    if (page.build.render === "always") add({ outputPath: page.outputPath, page, pager: undefined, redirectTo: undefined }, nameOf(page));
    if (page.build.render === "always" || page.build.publishResources) resources.push(...page.resources);
  }
  for (const list of lists) {
    if (list.build.render === "always" || list.build.publishResources) resources.push(...list.resources);
    if (list.build.render !== "always") continue; // a section that is never rendered has no URL to paginate
    if (list.kind === "taxonomy") {
      add({ outputPath: list.outputPath, page: list, pager: undefined, redirectTo: undefined }, nameOf(list));
      continue;
    }
    for (const pager of paginate(list.pages, pagerSize, list.url)) {
      add({ outputPath: fileOf(pager.url), page: list, pager, redirectTo: undefined }, nameOf(list));
    }
    // Hugo writes /page/1/ as a redirect to the list itself, so the first pager has one address.
    add({ outputPath: fileOf(`${list.url}page/1/`), page: list, pager: undefined, redirectTo: list.url }, nameOf(list));
  }
  // Hugo's 404.html at the output root, which hosts serve for a missing page; it shows the home page's list.
  const home = lists.find((list) => list.kind === "home");
  if (home) add({ outputPath: "404.html", page: home, pager: undefined, redirectTo: undefined, layout: "404.njk" }, "the 404 page");
  // The search page (src/search/), where the header's box sends a reader without JavaScript; a page of the site's
  // own at /search/ takes its place (with `layout = "search"` it keeps the search box).
  if (home && kinds.search !== false && !outputs.some((o) => o.outputPath.toLowerCase() === SEARCH_PAGE)) add({ outputPath: SEARCH_PAGE, page: home, pager: undefined, redirectTo: undefined, layout: "search.njk" }, "the search page");
  for (const [page, list] of aliases) {
    for (const alias of list) add({ outputPath: alias.outputPath, page, pager: undefined, redirectTo: page.url }, `an alias of ${nameOf(page)}`, "alias");
  }
  // Hugo's RSS paths: /index.xml, /posts/index.xml, /tags/go/index.xml; a list that is not rendered has none.
  const files: SiteFile[] = [];
  const fileSources: Source[] = [];
  const addFile = (file: Omit<SiteFile, "text">, source: Source) => {
    files.push({ ...file, text: "" });
    fileSources.push(source);
  };
  for (const list of kinds.feeds ? lists : []) {
    if (list.build.render !== "always" || list.kind === "taxonomy") continue;
    list.feedURL = `${list.url}index.xml`;
    addFile({ outputPath: fileOf(list.feedURL), format: "rss", page: list }, { name: `the feed of ${nameOf(list)}`, file: list.file, kind: "feed" });
  }
  const root = lists.find((list) => list.kind === "home");
  if (root && kinds.sitemap) addFile({ outputPath: "sitemap.xml", format: "sitemap", page: root }, { name: "the sitemap", file: undefined, kind: "file" });
  if (root && kinds.robots) addFile({ outputPath: "robots.txt", format: "robots", page: root }, { name: "robots.txt", file: undefined, kind: "file" });
  const claims = [...outputs.map((o, i) => ({ outputPath: o.outputPath, source: sources[i]! })), ...files.map((f, i) => ({ outputPath: f.outputPath, source: fileSources[i]! }))];
  return { outputs, resources, files, problems: collisions(claims, resources) };
}

/** A page that has no file of its own, named so that two of them can be told apart. */
function generatedName(page: Page): string {
  if (page.kind === "term") return `the term "${page.title}" of ${page.path.slice(0, page.path.lastIndexOf("/"))}`;
  if (page.kind === "taxonomy") return `the taxonomy ${page.path}`;
  return `the ${page.kind} page ${page.url}`;
}

/** What wants an output path, for messages: a page (by its file), a generated page, a page's alias or feed, a bundle file, the sitemap. */
interface Source {
  name: string;
  file: string | undefined;
  kind: "page" | "alias" | "feed" | "resource" | "file";
}
const SELF: Record<Source["kind"], string> = { page: "this page", alias: "this page's alias", feed: "this page's feed", resource: "this file", file: "this file" };

function collisions(claims: readonly { outputPath: string; source: Source }[], resources: readonly Resource[]): Problem[] {
  const owners = new Map<string, { source: Source; path: string }>();
  const problems: Problem[] = [];
  const reported = new Set<string>(); // two lists that collide collide again on every pager: once is enough
  const claim = (path: string, later: Source) => {
    // The last check before anything is written: every stage before it should have refused such a path already.
    if (!staysInside(path)) {
      const own = later.file === undefined ? later.name : SELF[later.kind];
      problems.push({ severity: "error", file: later.file ?? later.name, line: 1, column: 1, message: `${own} would be written outside the output folder, at ${JSON.stringify(path)}`, hint: "give it a url, slug or alias inside the site" });
      return;
    }
    // Case-insensitive file systems and hosts (macOS, Windows, many object stores) take /About/ and /about/ for one.
    const key = path.normalize("NFC").toLowerCase();
    const owner = owners.get(key);
    if (owner === undefined) return void owners.set(key, { source: later, path });
    const first = owner.source;
    const pair = `${first.name}\u0000${later.name}`;
    if (reported.has(pair)) return;
    reported.add(pair);
    // Reported where an author can act: the later page's file, else the first's, else the bundle file's.
    const pageFile = (side: Source) => side.file !== undefined && side.kind !== "resource";
    const [self, other] = pageFile(later) || (!pageFile(first) && later.file !== undefined) ? [later, first] : [first, later];
    const own = self.file === undefined ? self.name : SELF[self.kind];
    problems.push({
      severity: "error", file: self.file ?? self.name, line: 1, column: 1,
      message: `${own} and ${other.name} both want the URL /${path.replace(/index\.html$/, "")}${owner.path === path ? "" : `, written /${owner.path.replace(/index\.html$/, "")} by one of them: case-insensitive hosts take the two for one`}`,
      hint: "give one of them another slug, url or alias",
    });
  };
  for (const { outputPath, source } of claims) claim(outputPath, source);
  for (const resource of resources) claim(resource.outputPath, { name: `the bundle file ${resource.sourcePath}`, file: resource.sourcePath, kind: "resource" });
  return problems;
}
