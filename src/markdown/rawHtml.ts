// Raw HTML in Markdown, as Hugo's markup.goldmark.renderer.unsafe decides: left out by default,
// with Hugo's exact placeholder, and a warning so the author knows why it vanished.
// HTML that a `{{% %}}` shortcode wrote is the site's own, not the author's: it is kept.
// https://gohugo.io/configuration/markup/#rendererunsafe
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { isTrusted, warn, type RenderEnv } from "./env.ts";

export interface RawHtmlOptions {
  /** Let raw HTML through. @default false */
  unsafe?: boolean;
}

const OMITTED = "<!-- raw HTML omitted -->";
const MESSAGE = "raw HTML omitted";
const HINT = "set unsafe = true under [markup] in folio.toml to allow raw HTML, or write it in Markdown";

const kept = (token: Token) => (token.meta as { trusted?: boolean } | null)?.trusted === true;
const trust = (token: Token) => (token.meta = { ...token.meta, trusted: true });

export function rawHtmlPlugin(md: MarkdownIt, options: RawHtmlOptions = {}): void {
  // markdown-it parses with `html: true` so HTML is recognised; with unsafe its own rules print it.
  if (options.unsafe) return;

  md.renderer.rules.html_block = (tokens, idx) => (kept(tokens[idx]!) ? tokens[idx]!.content : `${OMITTED}\n`);
  md.renderer.rules.html_inline = (tokens, idx) => (kept(tokens[idx]!) ? tokens[idx]!.content : OMITTED);

  // Warn while parsing, once per source line: `<kbd>A</kbd>` is one mistake, not two.
  // Inline tokens (table cells among them) may lack a line map: they take the last block's line.
  md.core.ruler.push("raw_html", (state: StateCore) => {
    const env = state.env as RenderEnv;
    const warned = new Set<number>();
    let line = 0;
    for (const token of state.tokens) {
      if (token.map) line = token.map[0];
      const isHtml =
        token.type === "html_block" ||
        (token.type === "inline" && token.children?.some((child) => child.type === "html_inline"));
      if (!isHtml) continue;
      const [from, to] = token.map ?? [line, line + 1];
      if (isTrusted(env, from, to)) {
        trust(token);
        for (const child of token.children ?? []) if (child.type === "html_inline") trust(child);
      } else if (!warned.has(line)) {
        warned.add(line);
        warn(env, line, MESSAGE, HINT);
      }
    }
  });
}
