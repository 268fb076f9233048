// Cutting a paragraph in two (at an inline `<!--more-->`, around a shortcode's block) must keep its inline markup
// balanced: emphasis or a link open at the cut is closed before it and opened again after, as a reader would
// expect `*a <!--more--> b*` to read, and a side left with nothing to show is no paragraph at all.
import type { StateCore, Token } from "markdown-it";

/** The inline markup open after `children` (em_open, link_open…), outermost first. */
export function openMarkup(children: readonly Token[]): Token[] {
  const open: Token[] = [];
  for (const child of children) {
    if (child.nesting === 1) open.push(child);
    else if (child.nesting === -1) open.pop();
  }
  return open;
}

/** Tokens that close `open`, innermost first. */
export function closing(state: StateCore, open: readonly Token[]): Token[] {
  return [...open].reverse().map((from) => Object.assign(new state.Token(from.type.replace(/_open$/, "_close"), from.tag, -1), { markup: from.markup }));
}

/** Copies of `open`, to open the same markup again after a cut. */
export function reopening(state: StateCore, open: readonly Token[]): Token[] {
  return open.map((from) =>
    Object.assign(new state.Token(from.type, from.tag, 1), { attrs: from.attrs?.map(([k, v]) => [k, v] as [string, string]) ?? null, markup: from.markup, info: from.info, meta: from.meta }),
  );
}

// What a reader sees of a paragraph's children; markup and spaces alone are nothing.
const VISIBLE = new Set(["image", "code_inline", "html_inline", "footnote_ref"]);

export function showsSomething(children: readonly Token[]): boolean {
  return children.some((child) => VISIBLE.has(child.type) || ((child.type === "text" || child.type === "text_special") && child.content.trim() !== ""));
}
