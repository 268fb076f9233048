// `folio check`: every problem of a content tree, as a build would find it, without writing a site: front matter,
// dates, shortcodes, refs, duplicate URLs, then every internal link and bundle file of the site written into a
// temporary folder that is deleted. Drafts, future and expired pages are checked too: they will be published.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSite, type FolioOptions, type LoadResult } from "../load.ts";
import { formatProblem, sortProblems } from "../problems.ts";
import { createProgress, progressMode, type Progress } from "../progress.ts";
import { buildReport } from "../publish/report.ts";
import type { Problem } from "../types.ts";
import type { CliArgs } from "./args.ts";
import { folioOptions } from "./build.ts";
import { writeAndCheck, type Written } from "./render.ts";

const EVERYTHING = { buildDrafts: true, buildFuture: true, buildExpired: true };

/** Returns the exit code: 1 when there are errors (and, with --strict, warnings). */
export async function runCheck(args: CliArgs, log: (line: string) => void, progress: Progress = terminalProgress()): Promise<number> {
  const say = (line: string) => {
    progress.interrupt();
    log(line);
  };
  const options: FolioOptions = { ...folioOptions(args, EVERYTHING), progress };
  const loaded = await loadSite(options);
  const problems = [...loaded.problems];
  let links: number | undefined;
  // With errors some pages are missing, and links to them would only repeat those errors.
  if (!loaded.failed) {
    const all = await writeTemporarily(loaded, options, args, say);
    problems.push(...all.broken);
    links = all.links.checked;
    // A link that works only while drafts are shown breaks in the published site: check that site too.
    const production = { buildDrafts: args.drafts, buildFuture: args.future, buildExpired: args.expired };
    if (hasLeftOut(loaded, production)) problems.push(...(await publishedOnly(problems, { ...options, flags: production }, args, say)));
  }
  const found = sortProblems(args.strict ? problems.map((p) => ({ ...p, severity: "error" as const })) : problems);
  for (const problem of found) say(formatProblem(problem));
  say(summary(loaded, found, links, args.strict));
  return found.some((p) => p.severity === "error") ? 1 : 0;
}

function terminalProgress(): Progress {
  return createProgress(progressMode(process.stderr), (text) => process.stderr.write(text));
}

/** The site written into a temporary folder, deleted whatever happens: only its links are wanted. */
async function writeTemporarily(loaded: LoadResult, options: FolioOptions, args: CliArgs, log: (line: string) => void): Promise<Written> {
  const dir = await mkdtemp(join(tmpdir(), "folio-check-"));
  try {
    return await writeAndCheck(dir, { loaded, options, log, verbose: args.verbose, minify: { html: false, css: false, js: false }, publicDir: args.publicDir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Whether a build with these flags leaves out a page that was checked. */
function hasLeftOut(loaded: LoadResult, flags: FolioOptions["flags"]): boolean {
  return loaded.items.some(({ page: { state } }) => (state.draft && !flags.buildDrafts) || (state.future && !flags.buildFuture) || (state.expired && !flags.buildExpired));
}

/** The broken links of the site as `npm run build` publishes it that are not broken already with every page in. */
async function publishedOnly(known: readonly Problem[], options: FolioOptions, args: CliArgs, log: (line: string) => void): Promise<Problem[]> {
  const loaded = await loadSite({ ...options, progress: undefined });
  if (loaded.failed) return [];
  const places = new Set(known.map((p) => `${p.file}:${p.line}:${p.column}`));
  const { broken } = await writeTemporarily(loaded, { ...options, progress: undefined }, args, log);
  return broken
    .filter((p) => !places.has(`${p.file}:${p.line}:${p.column}`))
    .map((p) => ({ ...p, message: `${p.message}, in the site as npm run build publishes it`, hint: "it leads to a draft, future or expired page, which npm run build leaves out: publish that page first, or link to it later" }));
}

function summary(loaded: LoadResult, problems: readonly Problem[], links: number | undefined, strict: boolean): string {
  const n = (count: number, word: string) => `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
  const pages = buildReport({ loaded, finished: undefined, links: undefined, problems, output: "", seconds: 0, ok: true }).pages;
  const pageItems = loaded.items.filter((item) => item.page.kind === "page" && item.pager === undefined && item.redirectTo === undefined);
  const unpublished = (["draft", "future", "expired"] as const)
    .map((state) => [state, pageItems.filter((item) => item.page.state[state]).length] as const)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => (state === "draft" ? n(count, "draft") : `${count.toLocaleString("en-US")} ${state}`));
  const checked = `${n(pages, "page")}${unpublished.length > 0 ? ` (${unpublished.join(", ")} among them)` : ""}`;
  const linked = links === undefined ? "links not checked until the errors are fixed" : `${n(links, "internal link")}`;
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const verdict = problems.length === 0 ? "no problems" : [errors > 0 ? n(errors, "error") : "", warnings > 0 ? n(warnings, "warning") : ""].filter(Boolean).join(", ");
  return `folio check: ${checked}, ${linked}: ${verdict}${strict && errors > 0 ? " (--strict: warnings count as errors)" : ""}`;
}
