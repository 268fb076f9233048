// Fenced code blocks, highlighted by Prism in Prism's own markup:
// <pre class="language-x" tabindex="0"><code class="language-x">…</code></pre>
// Hugo's attributes after the language (```go {linenos=table,hl_lines=[2]}) number and mark lines.
// https://prismjs.com/#basic-usage
import type { MarkdownIt, StateCore } from "markdown-it";
import { unescapeAll } from "markdown-it/lib/common/utils.mjs";
import { renderCodeBlock, UNKNOWN_LANGUAGE_HINT, unknownLanguage } from "./codeBlock.ts";
import { fenceOptions, wantsLines } from "./codeOptions.ts";
import { warn, type RenderEnv } from "./env.ts";

// Only the first word is the language: Hugo puts attributes after it (`go {linenos=table}`).
const LANGUAGE_END = /[\s{]/;

/** The language of a fence's info string, lower-cased; "" when it names none. */
export function fenceLanguage(info: string): string {
  const trimmed = unescapeAll(info).trim();
  const end = trimmed.search(LANGUAGE_END);
  return (end < 0 ? trimmed : trimmed.slice(0, end)).toLowerCase();
}

export function fencePlugin(md: MarkdownIt): void {
  const { escapeHtml } = md.utils;

  // Highlight while parsing, so warnings are found once per page and rendering a slice
  // of the page again (for a summary) costs no second highlighting.
  md.core.ruler.after("block", "highlight", (state: StateCore) => {
    const env = state.env as RenderEnv;
    let ordinal = -1; // Hugo numbers a page's code blocks from 0 for line anchors: hl-0-1
    for (const token of state.tokens) {
      if (token.type !== "fence") continue;
      ordinal++;
      const lang = fenceLanguage(token.info);
      const options = fenceOptions(unescapeAll(token.info));
      if (lang === "" && !wantsLines(options)) continue;
      const block = renderCodeBlock(token.content, lang, options, `hl-${ordinal}`);
      if (block.unknown) warn(env, token.map?.[0] ?? 0, unknownLanguage(lang), UNKNOWN_LANGUAGE_HINT);
      token.meta = { ...token.meta, html: block.html };
    }
  });

  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx]!;
    const { html } = (token.meta ?? {}) as { html?: string };
    return html ?? `<pre tabindex="0"><code>${escapeHtml(token.content)}</code></pre>\n`;
  };
}
