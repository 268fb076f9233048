// A large build writes its pages on worker threads, whose Nunjucks has Nunjucks' own filters and folio's
// (src/eleventy/environment.ts), not Eleventy's (`slugify`, `url`, `log`) nor what a site's .eleventy.js adds
// (filters, shortcodes, globals): those are functions, which cannot cross to a thread. Which of them the
// layouts use decides where the pages are written: a site that uses one is written on this thread, through
// Eleventy's own environment, as the dev server writes it — slower, never different.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nunjucks, { type Environment, type TemplateNode } from "nunjucks";

/** Folders of layouts/ that are not layouts: folio's shortcodes have their own environment, assets are copied. */
const NOT_LAYOUTS = new Set(["_shortcodes", "_assets"]);

/**
 * The names of filters, tags and globals that the layouts in `layoutsDir` use and a writing thread would not
 * have, sorted; none when every layout can be written there. `eleventy` is Eleventy's environment,
 * `threadFilters` folio's filters by name. A layout that cannot be parsed counts for nothing here: writing it
 * says where its mistake is, on a thread as here.
 */
export function missingOnThreads(eleventy: Environment, layoutsDir: string, threadFilters: Iterable<string>): string[] {
  const plain = new nunjucks.Environment();
  const filters = new Set([...Object.keys(plain.filters), ...threadFilters]);
  // Globals added to Eleventy's environment only: Nunjucks' own (range, cycler, joiner) are everywhere.
  const globals = new Set(Object.keys(eleventy.globals).filter((name) => !(name in plain.globals)));
  const missing = new Set<string>();
  for (const file of layoutFiles(layoutsDir)) {
    let root: TemplateNode;
    try {
      root = nunjucks.parser.parse(readFileSync(file, "utf8"), eleventy.extensionsList, {});
    } catch {
      continue;
    }
    for (const node of [...root.findAll(nunjucks.nodes.Filter), ...root.findAll(nunjucks.nodes.FilterAsync)]) {
      const name = String(node.name?.value);
      if (!filters.has(name)) missing.add(name);
    }
    for (const node of [...root.findAll(nunjucks.nodes.CallExtension), ...root.findAll(nunjucks.nodes.CallExtensionAsync)]) missing.add(String(node.extName));
    for (const node of root.findAll(nunjucks.nodes.Symbol)) if (globals.has(String(node.value))) missing.add(String(node.value));
  }
  return [...missing].sort();
}

function layoutFiles(dir: string, top = true): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return top && NOT_LAYOUTS.has(entry.name) ? [] : layoutFiles(path, false);
    return entry.isFile() && entry.name.endsWith(".njk") ? [path] : [];
  });
}
