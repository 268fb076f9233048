// Footnotes, parsed by markdown-it-footnote and written in Goldmark's HTML, so Hugo themes' CSS
// and links to `#fn:1` keep working. Goldmark also joins the back link with `&#160;`,
// which is what makes Hugo's word count come out the same.
// https://github.com/markdown-it/markdown-it-footnote#customize
import type { MarkdownIt, PluginSimple, Token } from "markdown-it";
import footnote from "markdown-it-footnote";

interface FootnoteMeta {
  /** 0-based number of the footnote. */
  id: number;
  /** 0-based number of this reference among those to the same footnote. */
  subId?: number;
}

function numberOf(token: Token): number {
  return (token.meta as FootnoteMeta).id + 1;
}

/** Goldmark's id for a reference: `fnref:1`, then `fnref1:1`, `fnref2:1` for repeated ones. */
function refId(token: Token): string {
  const subId = (token.meta as FootnoteMeta).subId ?? 0;
  return `fnref${subId > 0 ? subId : ""}:${numberOf(token)}`;
}

export function footnotePlugin(md: MarkdownIt): void {
  // Its @types package describes the CommonJS markdown-it; the plugin is the same function.
  md.use(footnote as unknown as PluginSimple);
  const rules = md.renderer.rules;

  rules.footnote_ref = (tokens, idx) => {
    const n = numberOf(tokens[idx]!);
    return `<sup id="${refId(tokens[idx]!)}"><a href="#fn:${n}" class="footnote-ref" role="doc-noteref">${n}</a></sup>`;
  };
  rules.footnote_block_open = () => '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n';
  rules.footnote_block_close = () => "</ol>\n</div>\n";
  rules.footnote_open = (tokens, idx) => `<li id="fn:${numberOf(tokens[idx]!)}">\n`;
  rules.footnote_close = () => "</li>\n";
  rules.footnote_anchor = (tokens, idx) =>
    `&#160;<a href="#${refId(tokens[idx]!)}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`;
}
