// Hugo's manual summary divider, `<!--more-->`: https://gohugo.io/content-management/summaries/#manual-summary
// Each divider becomes a `summary_divider` token that renders as nothing; the first one splits
// the page. Inside a code block or code span it is plain text, so it is never seen here.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { closing, openMarkup, reopening, showsSomething } from "./inlineSplit.ts";

export const DIVIDER = "summary_divider";
const MORE = "<!--more-->";

export function morePlugin(md: MarkdownIt): void {
  md.renderer.rules[DIVIDER] = () => "";

  // After `inline`, which makes the children an inline divider sits in; raw_html, later, never sees one.
  md.core.ruler.after("inline", DIVIDER, (state: StateCore) => {
    const tokens = state.tokens;
    // Backwards, so replacing tokens never moves one not yet visited.
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.type === "html_block" && token.content.trim() === MORE) {
        tokens[i] = divider(state, token);
      } else if (token.type === "inline" && token.children?.some(isMore)) {
        tokens.splice(i - 1, 3, ...splitAtMore(state, tokens[i - 1]!, token, tokens[i + 1]!));
      }
    }
  });
}

function isMore(token: Token): boolean {
  return token.type === "html_inline" && token.content === MORE;
}

function divider(state: StateCore, at: Token): Token {
  const token = new state.Token(DIVIDER, "", 0);
  token.block = true;
  token.map = at.map;
  token.level = at.level;
  return token;
}

/**
 * An inline divider ends its paragraph, as in Hugo (which puts it between blank lines):
 * `a <!--more--> b` becomes `<p>a</p>`, divider, `<p>b</p>`. In other blocks (a heading,
 * a table cell, a tight list's hidden paragraph) it is dropped and the divider follows the block.
 */
function splitAtMore(state: StateCore, open: Token, inline: Token, close: Token): Token[] {
  const children = inline.children!;
  if (open.type !== "paragraph_open" || open.hidden) {
    inline.children = children.filter((child) => !isMore(child));
    return [open, inline, close, divider(state, open)];
  }
  const at = children.findIndex(isMore);
  const markup = openMarkup(children.slice(0, at)); // `*a <!--more--> b*`: the emphasis closes before, opens after
  const before = [...trimEnd(children.slice(0, at)), ...closing(state, markup)];
  const after = [...reopening(state, markup), ...trimStart(children.slice(at + 1).filter((child) => !isMore(child)))];
  const split: Token[] = [];
  if (showsSomething(before)) split.push(open, withChildren(state, inline, before), close);
  split.push(divider(state, open));
  if (showsSomething(after)) {
    const secondOpen = Object.assign(new state.Token("paragraph_open", "p", 1), { block: true, map: open.map, level: open.level });
    const secondClose = Object.assign(new state.Token("paragraph_close", "p", -1), { block: true, level: close.level });
    split.push(secondOpen, withChildren(state, inline, after), secondClose);
  }
  return split;
}

// `content` stays the whole paragraph's: later rules (smartquotes) only use it as a quick test.
function withChildren(state: StateCore, inline: Token, children: Token[]): Token {
  return Object.assign(new state.Token("inline", "", 0), {
    content: inline.content,
    map: inline.map,
    level: inline.level,
    children,
  });
}

// The space and line break around an inline divider go with it.
function trimEnd(children: Token[]): Token[] {
  for (let last = children.at(-1); last; last = children.at(-1)) {
    if (last.type === "text") last.content = last.content.trimEnd();
    if (!isBlank(last)) break;
    children.pop();
  }
  return children;
}

function trimStart(children: Token[]): Token[] {
  for (let first = children[0]; first; first = children[0]) {
    if (first.type === "text") first.content = first.content.trimStart();
    if (!isBlank(first)) break;
    children.shift();
  }
  return children;
}

function isBlank(token: Token): boolean {
  return token.type === "softbreak" || token.type === "hardbreak" || (token.type === "text" && token.content === "");
}
