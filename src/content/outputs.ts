// Every file the site writes: pages, pagers of lists, redirects for aliases and /page/1/, bundle resources;
// two wanting one path stop the build, naming both.
import type { Page, Problem, Resource } from "../types.ts";
import type { Alias } from "./aliases.ts";
import { outputPathOf } from "./paths.ts";
import { paginate, type Pager } from "./pagination.ts";

export interface Output {
  outputPath: string;
  page: Page;
  /** For a list's pager: which slice of its pages this file shows. */
  pager: Pager<Page> | undefined;
  /** For a redirect: the site-relative URL it sends readers to. */
  redirectTo: string | undefined;
}

export interface OutputPlan {
  outputs: Output[];
  /** Bundle files to copy beside their pages. */
  resources: Resource[];
  problems: Problem[];
}

const fileOf = (url: string) => outputPathOf(decodeURI(url));

/**
 * Plans the outputs of rendered pages (`regular`), lists (`lists`, paginated by `pagerSize`) and aliases.
 * Taxonomy pages list terms, not pages, and are not paginated.
 */
export function planOutputs(
  regular: readonly Page[],
  lists: readonly Page[],
  aliases: ReadonlyMap<Page, readonly Alias[]>,
  pagerSize: number,
): OutputPlan {
  const outputs: Output[] = [];
  const sources: Source[] = [];
  const add = (output: Output, name: string, alias = false) => {
    outputs.push(output);
    sources.push({ name, file: output.page.file, alias });
  };
  const nameOf = (page: Page) => page.file ?? `the ${page.kind} page ${page.url}`;
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
  for (const [page, list] of aliases) {
    for (const alias of list) add({ outputPath: alias.outputPath, page, pager: undefined, redirectTo: page.url }, `an alias of ${nameOf(page)}`, true);
  }
  return { outputs, resources, problems: collisions(outputs, sources, resources) };
}

/** What wants an output path, for messages: a page (by its file), a generated page, or a page's alias. */
interface Source {
  name: string;
  file: string | undefined;
  alias: boolean;
}

function collisions(outputs: readonly Output[], sources: readonly Source[], resources: readonly Resource[]): Problem[] {
  const owners = new Map<string, Source>();
  const problems: Problem[] = [];
  const claim = (path: string, later: Source) => {
    const first = owners.get(path);
    if (first === undefined) return void owners.set(path, later);
    // Reported in the later one's file when it has one, else in the first's: that side is "this page".
    const [self, other] = later.file !== undefined || first.file === undefined ? [later, first] : [first, later];
    const own = self.file === undefined ? self.name : self.alias ? "this page's alias" : "this page";
    problems.push({
      severity: "error", file: self.file ?? self.name, line: 1, column: 1,
      message: `${own} and ${other.name} both want the URL /${path.replace(/index\.html$/, "")}`,
      hint: "give one of them another slug, url or alias",
    });
  };
  outputs.forEach((output, i) => claim(output.outputPath, sources[i]!));
  for (const resource of resources) claim(resource.outputPath, { name: `the bundle file ${resource.sourcePath}`, file: undefined, alias: false });
  return problems;
}
