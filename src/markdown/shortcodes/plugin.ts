// Where a `{{< >}}` placeholder must not stay one: in code, which shows what a reader would see of
// the output (Hugo processes shortcodes in code blocks too), and in heading ids and the heading list;
// and where it must not stay inside a paragraph (blocks.ts).
import type { MarkdownIt, StateCore } from "markdown-it";
import type { RenderEnv } from "../env.ts";
import { shortcodeBlocksPlugin } from "./blocks.ts";

export function shortcodesPlugin(md: MarkdownIt): void {
  md.use(shortcodeBlocksPlugin); // a block written mid-paragraph ends the paragraph
  // Before Prism sees fences, so it highlights the text and not a placeholder.
  md.core.ruler.before("highlight", "shortcode_code", (state: StateCore) => {
    const placeholders = (state.env as RenderEnv).placeholders;
    if (!placeholders) return;
    for (const token of state.tokens) {
      if (token.type === "fence" || token.type === "code_block") token.content = placeholders.text(token.content);
    }
  });

  md.core.ruler.after("inline", "shortcode_code_inline", (state: StateCore) => {
    const placeholders = (state.env as RenderEnv).placeholders;
    if (!placeholders) return;
    for (const token of state.tokens) {
      for (const child of token.children ?? []) {
        if (child.type === "code_inline") child.content = placeholders.text(child.content);
      }
    }
  });

  // The id is made from the heading's source; the placeholder is swapped for its text there first.
  md.core.ruler.before("heading_ids", "shortcode_headings", (state: StateCore) => {
    const placeholders = (state.env as RenderEnv).placeholders;
    if (!placeholders) return;
    for (let i = 1; i < state.tokens.length; i++) {
      const inline = state.tokens[i]!;
      if (inline.type === "inline" && state.tokens[i - 1]!.type === "heading_open") inline.content = placeholders.text(inline.content);
    }
  });

  md.core.ruler.after("heading_ids", "shortcode_heading_text", (state: StateCore) => {
    const env = state.env as RenderEnv;
    if (!env.placeholders) return;
    for (const heading of env.headings) heading.text = env.placeholders.text(heading.text).trim();
  });
}
