// Hugo's typographer (Goldmark's extension): `--` → –, `---` → —, `...` → …, `<<` → «, `>>` → »,
// with markdown-it's smartquotes doing the quotes. It replaces markdown-it's `replacements`
// rule, which also makes (c), (tm), +- and ?.... into symbols where Hugo leaves them alone.
// https://github.com/yuin/goldmark#typographer-extension
import type { MarkdownIt, StateCore, StateInline } from "markdown-it";

const QUICK_TEST = /--|\.\.\.|<<|>>/;
const PUNCTUATION = /---|--|\.\.\.|<<|>>/g;
const SYMBOLS: Record<string, string> = {
  "---": "\u2014",
  "--": "\u2013",
  "...": "\u2026",
  "<<": "\u00ab",
  ">>": "\u00bb",
};

export function typographerPlugin(md: MarkdownIt): void {
  // Goldmark takes `<<` as a quote before it looks for HTML: `<<x>>` is «x», not a `<x>` tag.
  md.inline.ruler.before("autolink", "angle_quotes", (state: StateInline, silent: boolean) => {
    if (!state.md.options.typographer || !state.src.startsWith("<<", state.pos)) return false;
    if (!silent) state.pending += "<<";
    state.pos += 2;
    return true;
  });

  md.core.ruler.at("replacements", (state: StateCore) => {
    if (!state.md.options.typographer) return;
    for (const token of state.tokens) {
      if (token.type !== "inline" || !QUICK_TEST.test(token.content)) continue;
      // A link's own text (`<https://a--b.org>`, linkified URLs) stays as written.
      let insideAutolink = 0;
      for (const child of token.children ?? []) {
        if (child.info === "auto" && child.type === "link_open") insideAutolink++;
        else if (child.info === "auto" && child.type === "link_close") insideAutolink--;
        else if (child.type === "text" && insideAutolink === 0) {
          child.content = child.content.replace(PUNCTUATION, (match) => SYMBOLS[match]!);
        }
      }
    }
  });
}
