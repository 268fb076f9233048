// Which layout renders each output, in Hugo's lookup order, with the flat names of Hugo's newer template
// system (layouts/single.njk, layouts/posts/single.njk): https://gohugo.io/templates/lookup-order/
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Output } from "../content/outputs.ts";
import type { Page, Problem } from "../types.ts";

export interface RenderItem extends Output {
  /** Layout file, relative to the layouts folder. */
  template: string;
}

const KIND_TEMPLATES: Record<Page["kind"], string[]> = {
  home: ["home", "list"],
  section: ["section", "list"],
  page: ["single"],
  taxonomy: ["taxonomy", "list"],
  term: ["term", "list"],
};
// A layout or type names a file under layouts/: nothing that could climb out of it.
const SAFE_NAME = /^[\p{L}\p{N}_-]+$/u;

/** Hugo's candidates, most specific first: the page's type folder (its section by default), then the root. */
export function layoutCandidates(page: Page): string[] {
  const type = page.type ?? (page.section || "page");
  const layout = page.layout !== undefined && SAFE_NAME.test(page.layout) ? page.layout : undefined;
  const names = [...(layout ? [layout] : []), ...KIND_TEMPLATES[page.kind]];
  const folders = SAFE_NAME.test(type) ? [`${type}/`, ""] : [""];
  return folders.flatMap((folder) => names.map((name) => `${folder}${name}.njk`));
}

/** Every `.njk` file under the layouts folder, as paths relative to it; read again on each build for the dev server. */
export function listLayouts(layoutsDir: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.name.endsWith(".njk")) found.add(relative(layoutsDir, abs).split(sep).join("/"));
    }
  };
  if (existsSync(layoutsDir)) walk(layoutsDir);
  return found;
}

export function chooseLayouts(outputs: readonly Output[], available: ReadonlySet<string>): { items: RenderItem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const chosen = new Map<string, string | undefined>(); // one lookup per distinct candidate list, not per page
  const reported = new Set<Page>(); // a list's pagers share one problem
  const items = outputs.flatMap((output) => {
    if (output.redirectTo !== undefined) return [{ ...output, template: "alias.njk" }];
    // As Hugo, no 404.html without a layout for it.
    if (output.layout !== undefined) return available.has(output.layout) ? [{ ...output, template: output.layout }] : [];
    const candidates = layoutCandidates(output.page);
    const key = candidates.join("|");
    if (!chosen.has(key)) chosen.set(key, candidates.find((c) => available.has(c)));
    const template = chosen.get(key);
    if (template) return [{ ...output, template }];
    if (reported.has(output.page)) return [];
    reported.add(output.page);
    problems.push({
      severity: "error", file: output.page.file ?? `layouts/${candidates.at(-1)}`, line: 1, column: 1,
      message: `no layout for this ${output.page.kind === "page" ? "" : `${output.page.kind} `}page: looked for ${candidates.map((c) => `layouts/${c}`).join(", ")}`,
      hint: `add layouts/${candidates.at(-1)}, or set layout or type to one that exists`,
    });
    return [];
  });
  if (outputs.some((o) => o.redirectTo !== undefined) && !available.has("alias.njk")) {
    problems.push({ severity: "error", file: "layouts/alias.njk", line: 1, column: 1, message: "no layout for redirects", hint: "add layouts/alias.njk (folio ships one)" });
  }
  return { items, problems };
}
