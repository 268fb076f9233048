// Per-render state. It travels in markdown-it's `env`, so one renderer serves every page
// and nothing (headings, ids, warnings, footnotes) leaks from one page into the next.
// https://markdown-it.github.io/markdown-it/#MarkdownIt.parse
import type { Heading, Problem } from "../types.ts";

export interface RenderEnv {
  /** Display path of the file being rendered, for problems. */
  file: string;
  /** 1-based file line on which the Markdown starts. */
  firstLine: number;
  problems: Problem[];
  headings: Heading[];
  /** Heading ids used so far on this page, for Hugo's `-1`, `-2` suffixes. */
  ids: Set<string>;
}

export function createEnv(file: string, firstLine: number): RenderEnv {
  return { file, firstLine, problems: [], headings: [], ids: new Set() };
}

/** Records a warning at a 0-based line of the Markdown (markdown-it's `token.map[0]`). */
export function warn(env: RenderEnv, markdownLine: number, message: string, hint: string): void {
  env.problems.push({
    severity: "warning",
    file: env.file,
    line: env.firstLine + markdownLine,
    column: 1,
    message,
    hint,
  });
}
