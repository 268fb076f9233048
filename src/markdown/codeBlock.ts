// A code block as folio writes it, for fences and the highlight shortcode alike: Prism's markup,
// and with line numbers or highlighted lines, one element per line so CSS can number and mark it:
// <span class="line hl"><span class="ln" aria-hidden="true">10</span><span class="cl">…</span></span>
// The newline stays inside the line, as in Chroma's output, so no blank line shows between lines.
import { escapeHtml } from "markdown-it/lib/common/utils.mjs";
import { wantsLines, type CodeOptions } from "./codeOptions.ts";
import { highlight } from "./highlight.ts";

export const UNKNOWN_LANGUAGE_HINT = "use one of Prism's language names: https://prismjs.com/#supported-languages";

export function unknownLanguage(lang: string): string {
  return `unknown code language "${lang}"; the block is shown without highlighting`;
}

export interface CodeBlock {
  /** `<pre …><code …>…</code></pre>\n` */
  html: string;
  /** Prism has no such language: the code is shown escaped. */
  unknown: boolean;
}

/** `lang` lower-cased, "" for none; `anchorPrefix` names line anchors unless the options name them. */
export function renderCodeBlock(code: string, lang: string, options: CodeOptions | undefined, anchorPrefix: string): CodeBlock {
  const highlighted = lang === "" ? escapeHtml(code) : highlight(code, lang);
  let html = highlighted ?? escapeHtml(code);
  let linenos = "";
  if (wantsLines(options)) {
    html = numberLines(html, options, options.lineAnchors ?? anchorPrefix);
    if (options.lineNos) linenos = ` data-linenos="${options.lineNos}"`;
  }
  const cls = lang === "" ? "" : ` class="language-${escapeHtml(lang)}"`;
  return { html: `<pre${cls} tabindex="0"${linenos}><code${cls}>${html}</code></pre>\n`, unknown: highlighted === undefined };
}

function numberLines(html: string, options: CodeOptions, anchorPrefix: string): string {
  const prefix = escapeHtml(anchorPrefix);
  return splitLines(html)
    .map((line, i) => {
      const n = options.lineNoStart + i;
      let number = "";
      if (options.lineNos && options.anchorLineNos) {
        // Hidden from screen readers and out of the tab order, yet a link a mouse can copy.
        number = `<span class="ln" id="${prefix}-${n}" aria-hidden="true"><a href="#${prefix}-${n}" tabindex="-1">${n}</a></span>`;
      } else if (options.lineNos) {
        number = `<span class="ln" aria-hidden="true">${n}</span>`;
      }
      return `<span class="line${options.hlLines.has(i + 1) ? " hl" : ""}">${number}<span class="cl">${line}\n</span></span>`;
    })
    .join("");
}

const SPAN_OR_NEWLINE = /<span\b[^>]*>|<\/span>|\n/g;

/**
 * Highlighted HTML cut at its newlines, each line well formed: a token spanning lines (a block
 * comment, a template string) is closed at the end of each line and opened again on the next.
 * The empty line after a final newline is not a line.
 */
export function splitLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = "";
  let last = 0;
  for (const match of html.matchAll(SPAN_OR_NEWLINE)) {
    const tag = match[0];
    line += html.slice(last, match.index);
    last = match.index + tag.length;
    if (tag === "\n") {
      lines.push(line + "</span>".repeat(open.length));
      line = open.join("");
    } else {
      if (tag === "</span>") open.pop();
      else open.push(tag);
      line += tag;
    }
  }
  line += html.slice(last);
  if (line.replace(/<[^>]*>/g, "") !== "") lines.push(line);
  return lines;
}
