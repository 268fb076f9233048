// Per-render state. It travels in markdown-it's `env`, so one renderer serves every page
// and nothing (headings, ids, warnings, footnotes) leaks from one page into the next.
// https://markdown-it.github.io/markdown-it/#MarkdownIt.parse
import type { Heading, Problem, Resource } from "../types.ts";
import type { Placeholders } from "./shortcodes/placeholders.ts";

/** How the Markdown parsed relates to the body written, once shortcodes have rewritten it. */
export interface SourceMap {
  /** For each line of the Markdown, the 0-based body line it came from. */
  lines: number[];
  /** Lines written wholly by `{{% %}}` shortcodes: their HTML is the site's own, kept even when unsafe = false. */
  trusted: boolean[];
}

export interface RenderEnv {
  /** Display path of the file being rendered, for problems. */
  file: string;
  /** 1-based file line on which the Markdown starts. */
  firstLine: number;
  problems: Problem[];
  headings: Heading[];
  /** Heading ids used so far on this page, for Hugo's `-1`, `-2` suffixes. */
  ids: Set<string>;
  /** Set when the body held shortcodes; absent, Markdown lines are body lines. */
  source?: SourceMap;
  /** `{{< >}}` output waiting to replace its placeholder in the HTML. */
  placeholders?: Placeholders;
  /** The page being rendered, for links to its bundle's files and, by its content path, to other pages. */
  page?: { resources: readonly Resource[]; path?: string };
  baseURL?: string;
  /** Resolves a content path as Hugo's ref does, for Markdown links to other pages (`other.md#heading`). */
  resolveRef?: (target: string, fromPath: string) => string | undefined;
}

export function createEnv(file: string, firstLine: number): RenderEnv {
  return { file, firstLine, problems: [], headings: [], ids: new Set() };
}

/** The 0-based body line of a 0-based Markdown line. */
export function bodyLine(env: RenderEnv, markdownLine: number): number {
  const lines = env.source?.lines;
  if (!lines || lines.length === 0) return markdownLine;
  return lines[Math.min(markdownLine, lines.length - 1)]!;
}

/** Whether Markdown lines [from, to) were all written by `{{% %}}` shortcodes. */
export function isTrusted(env: RenderEnv, from: number, to: number): boolean {
  const trusted = env.source?.trusted;
  if (!trusted || from >= to) return false;
  for (let line = from; line < to; line++) if (!trusted[line]) return false;
  return true;
}

/** Records a warning at a 0-based line of the Markdown (markdown-it's `token.map[0]`). */
export function warn(env: RenderEnv, markdownLine: number, message: string, hint: string): void {
  env.problems.push({
    severity: "warning",
    file: env.file,
    line: env.firstLine + bodyLine(env, markdownLine),
    column: 1,
    message,
    hint,
  });
}
