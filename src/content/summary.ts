// Hugo's summary precedence: the <!--more--> divider, else the `summary` field, else automatic.
// https://gohugo.io/content-management/summaries/
import type { RenderedMarkdown } from "../types.ts";

/** Hugo's reading speed, in words a minute. */
const WORDS_PER_MINUTE = 213;

/**
 * The summary, and whether it is less than the page. A summary is read away from its page, in lists and
 * feeds: given the page's URL, its links to the page's own anchors (`#fn:1`, `#heading`) name the page.
 */
export function pageSummary(
  rendered: Pick<RenderedMarkdown, "html" | "beforeMore" | "autoSummary">,
  summaryField: string | undefined,
  pageURL?: string,
): { summary: string; truncated: boolean } {
  const summary = rendered.beforeMore ?? summaryField ?? rendered.autoSummary;
  const anchored = pageURL && summary.includes('href="#') ? summary.replace(/(\shref=")#/g, `$1${pageURL}#`) : summary;
  return { summary: anchored, truncated: summary.trim() !== rendered.html.trim() };
}

/** Minutes to read, rounded up as Hugo does ((words + 212) / 213, integer division). */
export function readingTime(wordCount: number): number {
  return Math.floor((wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
}
