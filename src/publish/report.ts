// The build summary, as Hugo prints one, and the same report as JSON for CI (`folio build --json`).
import type { LeftOutReason } from "../content/publish.ts";
import type { LoadResult } from "../load.ts";
import type { SearchIndex } from "../search/index.ts";
import type { Problem } from "../types.ts";
import type { FinishResult } from "./finish.ts";
import type { LinkCheck } from "./links.ts";

export interface BuildReport {
  /** Whether the site was written; false leaves the previous output as it was. */
  ok: boolean;
  output: string;
  seconds: number;
  pages: number;
  sections: number;
  taxonomies: number;
  terms: number;
  /** List pages after the first (`/page/2/`…): Hugo's "paginator pages". */
  pagers: number;
  /** Redirect pages written for `aliases` (not counting `/page/1/`). */
  aliases: number;
  feeds: number;
  sitemap: boolean;
  robots: boolean;
  bundleFiles: number;
  /** Files copied from public/, and the layouts' own assets. */
  staticFiles: number;
  leftOut: Record<LeftOutReason, number>;
  warnings: number;
  errors: number;
  links: { checked: number; broken: number };
  minified: { files: number; bytesBefore: number; bytesAfter: number };
  renderThreads: number;
  /** The search index (src/search/): pages in it, its files and bytes, and the seconds it took; null without one. */
  search: SearchIndex | null;
  problems: Problem[];
}

export interface ReportInput {
  loaded: LoadResult | undefined;
  finished: FinishResult | undefined;
  links: LinkCheck | undefined;
  search?: SearchIndex | undefined;
  /** Every problem printed, those of the link check and lock included. */
  problems: readonly Problem[];
  output: string;
  seconds: number;
  ok: boolean;
}

export function buildReport(input: ReportInput): BuildReport {
  const { loaded, finished, links } = input;
  const items = loaded?.items ?? [];
  const first = (pager: { number: number } | undefined) => pager === undefined || pager.number === 1;
  const count = (kind: string) => items.filter((i) => i.page.kind === kind && i.redirectTo === undefined && first(i.pager) && i.layout === undefined).length; // not 404.html or the search page
  const files = loaded?.plan.files ?? [];
  const bundleFiles = loaded?.plan.resources.length ?? 0;
  const written = items.length + files.length + bundleFiles;
  return {
    ok: input.ok,
    output: input.output,
    seconds: Math.round(input.seconds * 100) / 100,
    pages: count("page"),
    sections: count("section") + count("home"),
    taxonomies: count("taxonomy"),
    terms: count("term"),
    pagers: items.filter((i) => i.pager !== undefined && i.pager.number > 1).length,
    aliases: items.filter((i) => i.redirectTo !== undefined && !i.outputPath.endsWith("page/1/index.html")).length,
    feeds: files.filter((f) => f.format === "rss").length,
    sitemap: files.some((f) => f.format === "sitemap"),
    robots: files.some((f) => f.format === "robots"),
    bundleFiles,
    staticFiles: finished ? Math.max(0, finished.files.length - written) : 0,
    leftOut: loaded?.leftOut ?? { draft: 0, future: 0, expired: 0 },
    warnings: input.problems.filter((p) => p.severity === "warning").length,
    errors: input.problems.filter((p) => p.severity === "error").length,
    links: { checked: links?.checked ?? 0, broken: links?.broken.length ?? 0 },
    minified: { files: finished?.minified.files ?? 0, bytesBefore: finished?.minified.before ?? 0, bytesAfter: finished?.minified.after ?? 0 },
    renderThreads: loaded?.renderThreads ?? 1,
    search: input.search ? { ...input.search, seconds: Math.round(input.search.seconds * 100) / 100 } : null,
    problems: [...input.problems],
  };
}

/** Hugo's table of counts, then what was left out, checked and how long it took. */
export function formatReport(r: BuildReport, outputName: string): string[] {
  const n = (value: number) => value.toLocaleString("en-US");
  const rows: [string, number, string?][] = [
    ["Pages", r.pages],
    ["Sections", r.sections, "home included"],
    ["Taxonomies", r.taxonomies, `${n(r.terms)} term${r.terms === 1 ? "" : "s"}`],
    ["Paginator pages", r.pagers],
    ["Aliases", r.aliases],
    ["Feeds", r.feeds, [r.sitemap ? "sitemap.xml" : "", r.robots ? "robots.txt" : ""].filter(Boolean).join(", ")],
    ["Bundle files", r.bundleFiles],
    ["Static files", r.staticFiles],
  ];
  const left = r.leftOut.draft + r.leftOut.future + r.leftOut.expired;
  const reasons = (["draft", "future", "expired"] as const).filter((k) => r.leftOut[k] > 0).map((k) => `${n(r.leftOut[k])} ${k === "draft" ? "draft" : k}${k === "draft" && r.leftOut[k] !== 1 ? "s" : ""}`);
  rows.push(["Left out", left, reasons.join(", ")]);
  if (r.search) rows.push(["Search index", r.search.pages, `pages; ${n(r.search.files)} files, ${mb(r.search.bytes)}, made in ${r.search.seconds.toFixed(2)} s`]);
  if (r.warnings > 0) rows.push(["Warnings", r.warnings]);
  const width = Math.max(...rows.map(([, value]) => n(value).length));
  const lines = rows.map(([label, value, note]) => `  ${label.padEnd(16)}${n(value).padStart(width)}${note ? `  ${note}` : ""}`);
  const saved = r.minified.bytesBefore - r.minified.bytesAfter;
  const minified = r.minified.files > 0 ? `; ${n(r.minified.files)} files minified, ${mb(saved)} smaller` : "";
  const threads = r.renderThreads > 1 ? `, rendered on ${r.renderThreads} threads` : "";
  return [
    `folio: ${n(r.pages)} pages (${n(left)} left out) written to ${outputName}${threads} in ${r.seconds.toFixed(2)} s`,
    ...lines,
    `  ${n(r.links.checked)} internal links checked, ${n(r.links.broken)} broken${minified}`,
  ];
}

const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);
