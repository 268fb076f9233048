// A page as a row of top-level blocks, rendered once, from which Hugo's word count, automatic
// summary and `<!--more-->` summary are all cut without rendering the page again.
// https://gohugo.io/content-management/summaries/
import Token from "markdown-it/lib/token.mjs";
import { DIVIDER } from "./more.ts";

export interface Block {
  /** Index of the block's first token. */
  start: number;
  /** Index after the block's last token. */
  end: number;
  html: string;
  words: number;
  /** The footnotes list markdown-it-footnote appends; never part of a summary. */
  footnotes: boolean;
}

export type RenderTokens = (tokens: Token[]) => string;

// Hugo strips tags without leaving a space (`<b>a</b>b` is one word) and splits on Go's unicode.IsSpace, the
// characters WORD leaves out; entities such as `&#160;` stay inside their word. A tag runs from `<` to the first
// `>` outside quotes; a `<` that opens none (a quote never closed, no `>`) is text.
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const WORD = /[^\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * Words in rendered HTML, as Hugo's `.WordCount` counts them (`strings.Fields` of `.Plain`). Regular
 * expressions rather than a loop over the characters: this runs on every block of every page, and they take
 * half the time.
 */
export function countWords(html: string): number {
  const text = html.includes("<") ? html.replace(TAG, "") : html;
  return text.match(WORD)?.length ?? 0;
}

/** Renders each top-level block on its own; joined, they are the page's HTML. */
export function renderBlocks(tokens: Token[], render: RenderTokens): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth !== 0) continue;
    const html = render(tokens.slice(start, i + 1));
    const footnotes = tokens[start]!.type === "footnote_block_open";
    blocks.push({ start, end: i + 1, html, words: countWords(html), footnotes });
    start = i + 1;
  }
  return blocks;
}

/**
 * Hugo's automatic summary: whole leading blocks, up to and including the one in which the
 * running word count reaches `summaryLength`, so the HTML is always well formed.
 */
export function autoSummary(blocks: readonly Block[], summaryLength: number): string {
  // Hugo gives no automatic summary when summaryLength is not positive.
  if (summaryLength <= 0) return "";
  let html = "";
  let words = 0;
  for (const block of blocks) {
    if (block.footnotes) continue;
    html += block.html;
    words += block.words;
    if (words >= summaryLength) break;
  }
  return html;
}

/** The HTML before the first `<!--more-->`, with any blocks it sits inside closed again. */
export function beforeMore(tokens: Token[], blocks: readonly Block[], render: RenderTokens): string | undefined {
  const at = tokens.findIndex((token) => token.type === DIVIDER);
  if (at < 0) return undefined;
  const inside = blocks.findIndex((block) => block.end > at);
  let html = blocks.slice(0, inside).map((block) => block.html).join("");
  const { start } = blocks[inside]!;
  if (start < at) {
    const partial = tokens.slice(start, at);
    html += render([...partial, ...closing(partial)]);
  }
  return html;
}

/** Closing tokens for the blocks still open at the end of `tokens`, innermost first. */
function closing(tokens: Token[]): Token[] {
  const open: Token[] = [];
  for (const token of tokens) {
    if (token.nesting === 1) open.push(token);
    else if (token.nesting === -1) open.pop();
  }
  return open.reverse().map((token) => {
    const close = new Token(token.type.replace(/_open$/, "_close"), token.tag, -1);
    close.block = true;
    close.hidden = token.hidden;
    return close;
  });
}
