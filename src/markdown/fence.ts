// Fenced code blocks, highlighted by Prism in Prism's own markup:
// <pre class="language-x" tabindex="0"><code class="language-x">…</code></pre>
// https://prismjs.com/#basic-usage
import type { MarkdownIt, StateCore } from "markdown-it";
import { unescapeAll } from "markdown-it/lib/common/utils.mjs";
import { warn, type RenderEnv } from "./env.ts";
import { highlight } from "./highlight.ts";

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
    for (const token of state.tokens) {
      if (token.type !== "fence") continue;
      const lang = fenceLanguage(token.info);
      if (lang === "") continue;
      let html = highlight(token.content, lang);
      if (html === undefined) {
        warn(
          env,
          token.map?.[0] ?? 0,
          `unknown code language "${lang}"; the block is shown without highlighting`,
          "use one of Prism's language names: https://prismjs.com/#supported-languages",
        );
        html = escapeHtml(token.content);
      }
      token.meta = { ...token.meta, lang, html };
    }
  });

  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx]!;
    const { lang, html } = (token.meta ?? {}) as { lang?: string; html?: string };
    if (lang === undefined || html === undefined) {
      return `<pre tabindex="0"><code>${escapeHtml(token.content)}</code></pre>\n`;
    }
    const language = `language-${escapeHtml(lang)}`;
    return `<pre class="${language}" tabindex="0"><code class="${language}">${html}</code></pre>\n`;
  };
}
