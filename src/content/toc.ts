// Hugo's .TableOfContents: the page's headings as nested lists, in Hugo's exact markup.
// https://gohugo.io/methods/page/tableofcontents/ and https://gohugo.io/getting-started/configuration-markup/#table-of-contents
import type { Heading } from "../types.ts";

export interface TocOptions {
  /** Shallowest heading level listed. @default 2 */
  startLevel?: number;
  /** Deepest heading level listed. @default 3 */
  endLevel?: number;
}

interface Entry {
  /** Undefined for a level skipped in the page (h2 then h4): Hugo's `<li>` without a link. */
  heading: Heading | undefined;
  children: Entry[];
}

const escapeHTML = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * `<nav id="TableOfContents">` with one `<ul>` per run of headings in range, or "" when none is.
 * Each heading nests under the last one a level above it; a skipped level gets a link-less `<li>`.
 * A heading above `startLevel` ends the run, so its sub-headings start a new `<ul>`, as in Hugo.
 * Two departures from Hugo 0.111, which prints `<nav id="TableOfContents"></nav>` for a page without
 * headings and an empty `<li></li>` for a heading below `endLevel`: "" and nothing, which layouts can test.
 */
export function tableOfContents(headings: readonly Heading[], options: TocOptions = {}): string {
  const { startLevel = 2, endLevel = 3 } = options;
  const runs: Entry[][] = [];
  // path[d]: the last entry at depth d of the current run, the only place a deeper heading can go.
  let path: Entry[] = [];
  for (const heading of headings) {
    if (heading.level > endLevel) continue;
    if (heading.level < startLevel) {
      path = [];
      continue;
    }
    if (path.length === 0) runs.push([]);
    const run = runs.at(-1)!;
    const depth = heading.level - startLevel;
    for (let d = 0; d < depth; d++) {
      if (path[d] === undefined) path[d] = addTo(d === 0 ? run : path[d - 1]!.children, undefined);
    }
    path = path.slice(0, depth);
    path[depth] = addTo(depth === 0 ? run : path[depth - 1]!.children, heading);
  }
  if (runs.length === 0) return "";
  return `<nav id="TableOfContents">${runs.map((run) => list(run, 0)).join("")}</nav>`;
}

function addTo(siblings: Entry[], heading: Heading | undefined): Entry {
  const entry = { heading, children: [] };
  siblings.push(entry);
  return entry;
}

// Hugo's layout: each `<ul>` on a new line, indented two spaces deeper than its `<li>`, items two more.
function list(entries: readonly Entry[], indent: number): string {
  const pad = "  ".repeat(indent);
  return `\n${pad}  <ul>\n${entries.map((entry) => item(entry, indent + 2)).join("")}${pad}  </ul>\n`;
}

function item({ heading, children }: Entry, indent: number): string {
  const link = heading === undefined ? "" : `<a href="#${escapeHTML(heading.id)}">${escapeHTML(heading.text)}</a>`;
  const nested = children.length === 0 ? "" : `${list(children, indent)}${"  ".repeat(indent)}`;
  return `${"  ".repeat(indent)}<li>${link}${nested}</li>\n`;
}
