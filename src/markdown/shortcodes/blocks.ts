// `{{< >}}` output holding a block (a figure, a highlighted code block, details) cannot sit inside a paragraph:
// a browser would end the paragraph before it and leave a stray </p>. Written mid-paragraph, it ends the
// paragraph and the text after it starts a new one, as if the shortcode stood on lines of its own; inline
// markup open around it (emphasis, a link) is closed before it and opened again after.
// https://html.spec.whatwg.org/multipage/grouping-content.html#the-p-element
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { RenderEnv } from "../env.ts";
import { closing, reopening, showsSomething } from "../inlineSplit.ts";
import type { Placeholders } from "./placeholders.ts";

export const SHORTCODE_BLOCK = "shortcode_block";

export function shortcodeBlocksPlugin(md: MarkdownIt): void {
  // The placeholder alone: Placeholders.restore puts the output in its place.
  md.renderer.rules[SHORTCODE_BLOCK] = (tokens, idx) => `${tokens[idx]!.content}\n`;

  // Right after inline, before markdown-it-footnote moves footnotes' paragraphs to the end of the page.
  md.core.ruler.after("inline", SHORTCODE_BLOCK, (state: StateCore) => {
    const placeholders = (state.env as RenderEnv).placeholders;
    if (!placeholders) return;
    // A tight list's paragraphs are not written as <p>: a block may stay where it is.
    const split = (token: Token, i: number) => token.type === "paragraph_open" && !token.hidden && holdsBlock(state, state.tokens[i + 1], placeholders);
    if (!state.tokens.some(split)) return;
    const out: Token[] = [];
    for (let i = 0; i < state.tokens.length; i++) {
      if (split(state.tokens[i]!, i)) {
        out.push(...splitParagraph(state, state.tokens[i]!, state.tokens[i + 1]!, placeholders));
        i += 2; // the inline and the paragraph_close were written anew
      } else out.push(state.tokens[i]!);
    }
    state.tokens = out;
  });
}

function holdsBlock(state: StateCore, inline: Token | undefined, placeholders: Placeholders): boolean {
  return joinText(state, inline?.children ?? []).some((child) => child.type === "text" && placeholders.splitAtBlocks(child.content).length > 1);
}

// As markdown-it's later text_join does: an escape before a placeholder (`\{{< >}}`) cuts it into two tokens.
function joinText(state: StateCore, children: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (const child of children) {
    const last = joined.at(-1);
    const isText = child.type === "text" || child.type === "text_special";
    if (isText && last?.type === "text") last.content += child.content;
    else joined.push(isText ? Object.assign(new state.Token("text", "", 0), { content: child.content }) : child);
  }
  return joined;
}

function splitParagraph(state: StateCore, open: Token, inline: Token, placeholders: Placeholders): Token[] {
  const out: Token[] = [];
  const token = (type: string, tag: string, nesting: -1 | 0 | 1, fields: Partial<Token> = {}) =>
    Object.assign(new state.Token(type, tag, nesting), { level: open.level, block: true, map: open.map }, fields);
  const openInline: Token[] = []; // inline markup open at this point of the paragraph
  let children: Token[] = [];

  // A side with nothing to show (`*{{< figure >}}*` leaves markup alone on either side) is no paragraph.
  const endParagraph = () => {
    const all = [...children, ...closing(state, openInline)];
    if (showsSomething(all)) {
      out.push(
        token("paragraph_open", "p", 1),
        token("inline", "", 0, { block: false, level: open.level + 1, children: all, content: all.map((child) => child.content).join("") }),
        token("paragraph_close", "p", -1),
      );
    }
    children = reopening(state, openInline);
  };

  for (const child of joinText(state, inline.children ?? [])) {
    if (child.type !== "text") {
      if (child.nesting === 1) openInline.push(child);
      else if (child.nesting === -1) openInline.pop();
      children.push(child);
      continue;
    }
    const parts = placeholders.splitAtBlocks(child.content);
    parts.forEach((part, n) => {
      if (n % 2 === 1) {
        endParagraph();
        out.push(token(SHORTCODE_BLOCK, "", 0, { content: part }));
        return;
      }
      // The spaces beside a block end or start a line.
      const text = n === 0 ? (parts.length > 1 ? part.trimEnd() : part) : n === parts.length - 1 ? part.trimStart() : part.trim();
      if (text !== "") children.push(Object.assign(new state.Token("text", "", 0), { content: text }));
    });
  }
  endParagraph();
  return out;
}
