// Heading ids as Hugo makes them (autoHeadingIDType = "github"), and the page's list of headings.
// https://gohugo.io/configuration/markup/#autoheadingidtype
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { RenderEnv } from "./env.ts";

export interface HeadingIdsOptions {
  /** Turns a heading's Markdown source into an id; may return "" (the id is then `heading`). */
  slugify?: (source: string) => string;
}

// Go's unicode.IsLetter and unicode.IsDigit, plus `_`: what Hugo keeps.
const KEPT = /^[\p{L}\p{Nd}_]$/u;

/**
 * Hugo's "github" id: `-`, space and tab become `-`; letters, digits and `_` are lower-cased;
 * everything else is dropped.
 */
export function githubSlug(source: string): string {
  let id = "";
  for (const rune of source.trim()) {
    if (rune === "-" || rune === " " || rune === "\t") id += "-";
    else if (KEPT.test(rune)) id += lowerRune(rune);
  }
  return id;
}

// Go's unicode.ToLower maps a rune to one rune; JS may expand one (`İ` → `i̇`): keep the first.
function lowerRune(rune: string): string {
  const lower = rune.toLowerCase();
  return lower.length === rune.length ? lower : String.fromCodePoint(lower.codePointAt(0)!);
}

/** The first free one of `id`, `id-1`, `id-2`, … on this page, as Hugo's id factory does. */
function unique(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 1; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

// Goldmark slugs the heading's last source line, not its rendered text, so `[a](http://b.c)`
// gives `ahttpbc` and `&amp;` gives `amp` in Hugo too. markdown-it keeps that source in
// `inline.content`, with the ATX markers already stripped.
function sourceLine(inline: Token): string {
  return inline.content.slice(inline.content.lastIndexOf("\n") + 1);
}

function plainText(children: Token[] | null): string {
  let text = "";
  for (const child of children ?? []) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
  }
  return text.trim();
}

export function headingIdsPlugin(md: MarkdownIt, options: HeadingIdsOptions = {}): void {
  const slugify = options.slugify ?? githubSlug;

  // Last core rule, so `text` has the typographer's quotes and dashes, as a table of contents shows them.
  md.core.ruler.push("heading_ids", (state: StateCore) => {
    const env = state.env as RenderEnv;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      const inline = tokens[i + 1];
      if (open.type !== "heading_open" || inline?.type !== "inline") continue;
      const id = unique(slugify(sourceLine(inline)) || "heading", env.ids);
      open.attrSet("id", id);
      env.headings.push({ level: Number(open.tag.slice(1)), id, text: plainText(inline.children) });
    }
  });
}
