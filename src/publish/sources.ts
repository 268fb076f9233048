// A broken link, told where an author can fix it: the Markdown file and line that wrote it when one did,
// else the page's file and the layout that wrote it, or the file in public/.
import type { RenderItem } from "../eleventy/layouts.ts";
import type { Problem } from "../types.ts";
import { basePath } from "../urls.ts";
import { NO_FILE, type BrokenLink } from "./links.ts";
import { nearest } from "./nearest.ts";

export interface SourceContext {
  /** Every page output, with its page and layout. */
  items: readonly RenderItem[];
  baseURL: string;
  /** Display path of the folder copied to the output root (`public`). */
  publicDir: string;
  /** A source file's text by its display path; undefined when it cannot be read. */
  read: (file: string) => string | undefined;
}

/** Reported one by one up to this many; a site with more has one mistake repeated, or a wrong base URL. */
const SHOWN = 50;

export function linkProblems(broken: readonly BrokenLink[], ctx: SourceContext): Problem[] {
  const base = basePath(ctx.baseURL);
  const itemOf = new Map(ctx.items.map((item) => [item.outputPath, item]));
  const texts = new Map<string, string | undefined>();
  const read = (file: string) => {
    if (!texts.has(file)) texts.set(file, ctx.read(file));
    return texts.get(file);
  };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  // A page's own output first, so that a link in a summary is reported from the page, not from a list showing it.
  const ordered = [...broken].sort((a, b) => rank(itemOf.get(a.from)) - rank(itemOf.get(b.from)));
  for (const link of ordered) {
    const item = itemOf.get(link.from);
    const on = `${base}${link.from.replace(/(^|\/)index\.html$/, "$1")}`;
    // Where it may have been written: the page's Markdown, the Markdown of the pages a list shows, a public/ file.
    const files = item ? [item.page.file, ...(item.pager?.items.map((p) => p.file) ?? [])].filter((f): f is string => f !== undefined) : [`${ctx.publicDir}/${link.from}`];
    let at: { file: string; line: number; column: number } | undefined;
    for (const file of files) {
      const text = read(file);
      const found = text === undefined ? undefined : findLink(text, sourceForms(link.link, base));
      if (found) {
        at = { file, ...found };
        break;
      }
    }
    const layout = item && !at ? ` (written by layouts/${item.template})` : "";
    const where = at ?? { file: item?.page.file ?? (item ? `layouts/${item.template}` : files[0]!), line: 1, column: 1 };
    // One place in a file is one mistake, however many pages show it (a summary's link is rewritten for lists).
    const key = at ? `${at.file}:${at.line}:${at.column}` : `${where.file}:${link.link}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const shownOn = !item || (item.page.file === where.file && !item.pager) ? "" : ` on ${on}`;
    const missing = item && at?.file === item.page.file ? missingBundleFile(link, item) : undefined;
    if (missing) {
      problems.push({ severity: "error", ...where, ...missing });
      continue;
    }
    problems.push({
      severity: "error", ...where,
      message: `the link "${link.link}"${shownOn}${layout} leads nowhere: ${link.reason}`,
      hint: hintFor(link, at !== undefined && item?.page.file !== at.file),
    });
  }
  if (problems.length > SHOWN) {
    const more = problems.length - SHOWN;
    return [...problems.slice(0, SHOWN), { severity: "error", file: problems[SHOWN]!.file, line: 1, column: 1, message: `and ${more} more broken link${more === 1 ? "" : "s"}`, hint: "if every page has one, check baseURL and the layouts" }];
  }
  return problems;
}

const BUNDLE_INDEX = /(^|\/)_?index\.(md|markdown)$/i;

/** A link from a bundle's page to a file of its own that is not there: said as such, with the files it has. */
function missingBundleFile(link: BrokenLink, item: RenderItem): { message: string; hint: string } | undefined {
  const file = item.page.file;
  if (file === undefined || !BUNDLE_INDEX.test(file) || !link.reason.startsWith(NO_FILE)) return undefined;
  // Only a plain relative path names a bundle file: not a site path, another page's file, or a step out.
  if (/^[a-z][a-z0-9+.-]*:|^[/#]|(^|\/)\.\.(\/|$)|\/$|\.(md|markdown)([#?]|$)/i.test(link.link)) return undefined;
  let name = link.link.replace(/^\.\//, "").replace(/[?#].*$/, "");
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed %-escape: the name as written
  }
  const folder = file.replace(BUNDLE_INDEX, "$1");
  const names = item.page.resources.map((r) => r.name);
  const close = nearest(name, names);
  return {
    message: `the bundle file "${name}" does not exist: ${folder || "the content folder"} holds no such file`,
    hint: close !== undefined ? `did you mean "${close}"?` : names.length > 0 ? `the bundle's files: ${names.slice(0, 5).join(", ")}${names.length > 5 ? "…" : ""}` : `put ${name} in ${folder || "the content folder"}, beside ${file.replace(/^.*\//, "")}`,
  };
}

const rank = (item: RenderItem | undefined) => (item === undefined ? 1 : item.pager || item.redirectTo !== undefined ? 2 : 0);

function hintFor(link: BrokenLink, inSummary: boolean): string {
  if (link.suggestion) return `did you mean ${link.suggestion}?`;
  if (inSummary && !/^[a-z][a-z0-9+.-]*:|^[/#]/i.test(link.link)) {
    return "a relative link breaks where the summary is shown; link to the Markdown file (other.md) or a site path (/posts/other/) instead";
  }
  return "fix the address or remove the link (links to other sites are not checked)";
}

/** How the author may have written a link that reached the page as `link`. */
function sourceForms(link: string, base: string): string[] {
  const forms = [link];
  if (base !== "/" && link.startsWith(base)) forms.push(`/${link.slice(base.length)}`); // a site path, before the base path was added
  try {
    const decoded = decodeURI(link);
    if (decoded !== link) forms.push(decoded);
  } catch {
    // a malformed %-escape: only the form as written can be found
  }
  const hash = link.indexOf("#");
  if (hash > 0) forms.push(link.slice(hash)); // `other.md#heading` rewritten to the page's URL: the fragment is still as written
  return forms;
}

/** The first place `text` holds one of the forms, whole: as a Markdown link target or an attribute before anywhere else. */
function findLink(text: string, forms: readonly string[]): { line: number; column: number } | undefined {
  for (const form of forms) {
    for (const before of ["](", '"', "'", "<", "]: ", ""]) {
      const needle = before + form;
      // Whole: `#instal` is not found in `#install`.
      for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
        const next = text[index + needle.length];
        if (next === undefined || /[\s)"'>\]]/.test(next)) return position(text, index + before.length);
      }
    }
  }
  return undefined;
}

function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}
