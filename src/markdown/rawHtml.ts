// Raw HTML in Markdown, as Hugo's markup.goldmark.renderer.unsafe decides: left out by default,
// with Hugo's exact placeholder, and a warning so the author knows why it vanished.
// https://gohugo.io/configuration/markup/#rendererunsafe
import type { MarkdownIt, StateCore } from "markdown-it";
import { warn, type RenderEnv } from "./env.ts";

export interface RawHtmlOptions {
  /** Let raw HTML through. @default false */
  unsafe?: boolean;
}

const OMITTED = "<!-- raw HTML omitted -->";
const MESSAGE = "raw HTML omitted";
const HINT = "set unsafe = true under [markup] in folio.toml to allow raw HTML, or write it in Markdown";

export function rawHtmlPlugin(md: MarkdownIt, options: RawHtmlOptions = {}): void {
  // markdown-it parses with `html: true` so HTML is recognised; with unsafe its own rules print it.
  if (options.unsafe) return;

  md.renderer.rules.html_block = () => `${OMITTED}\n`;
  md.renderer.rules.html_inline = () => OMITTED;

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
      if (isHtml && !warned.has(line)) {
        warned.add(line);
        warn(env, line, MESSAGE, HINT);
      }
    }
  });
}
