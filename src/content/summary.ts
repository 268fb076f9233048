// Hugo's summary precedence: the <!--more--> divider, else the `summary` field, else automatic.
// https://gohugo.io/content-management/summaries/
import type { RenderedMarkdown } from "../types.ts";

/** Hugo's reading speed, in words a minute. */
const WORDS_PER_MINUTE = 213;

export function pageSummary(
  rendered: Pick<RenderedMarkdown, "html" | "beforeMore" | "autoSummary">,
  summaryField: string | undefined,
): { summary: string; truncated: boolean } {
  const summary = rendered.beforeMore ?? summaryField ?? rendered.autoSummary;
  return { summary, truncated: summary.trim() !== rendered.html.trim() };
}

/** Minutes to read, rounded up as Hugo does ((words + 212) / 213, integer division). */
export function readingTime(wordCount: number): number {
  return Math.floor((wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
}
