// `{{< >}}` output is HTML that Markdown must not parse, escape or omit. As Hugo does, it waits
// outside the Markdown: a placeholder of plain letters and digits (so it survives link
// destinations, emphasis and heading ids) takes its place and is swapped back in the HTML.
// https://gohugo.io/content-management/shortcodes/#notation
import { escapeHtml, plainText } from "./html.ts";

export interface Placeholders {
  /** Keeps `html` and returns the placeholder to put in the Markdown. */
  add(html: string): string;
  /** Swaps placeholders for their HTML; one alone in a paragraph replaces the whole `<p>…</p>`, as in Hugo. */
  restore(html: string): string;
  /** Swaps placeholders for the text a reader would see of their HTML: for code, ids and plain text. */
  text(source: string): string;
  /** Splits text around the placeholders of outputs holding a block element: the odd parts are those placeholders. */
  splitAtBlocks(text: string): string[];
}

const PREFIX = "HAHAFOLIOSC";
const ANY = /<p>HAHAFOLIOSC(\d+)HBHB<\/p>|HAHAFOLIOSC(\d+)HBHB/g;
const BARE = /HAHAFOLIOSC(\d+)HBHB/g;
// Elements that a paragraph cannot hold: a browser ends the paragraph at any of them.
const BLOCK = /<(?:address|article|aside|blockquote|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|main|menu|nav|ol|p|pre|section|table|ul)\b/i;

/** Whether HTML holds an element that cannot stand inside a paragraph. */
export const holdsBlock = (html: string) => BLOCK.test(html);

const insideTag = (html: string, offset: number) => html.lastIndexOf("<", offset) > html.lastIndexOf(">", offset);

export function createPlaceholders(): Placeholders {
  const outputs: string[] = [];
  // An output may hold placeholders of shortcodes nested in it; each is resolved once.
  const resolved: string[] = [];

  const resolve = (match: string, index: number): string => {
    if (!(index in outputs)) return match; // not ours: text that happens to look like one
    if (resolved[index] === undefined) {
      resolved[index] = match; // a placeholder typed into its own output stays text instead of looping
      resolved[index] = restore(outputs[index]!);
    }
    return resolved[index];
  };

  function restore(html: string): string {
    if (!html.includes(PREFIX)) return html;
    return html.replace(ANY, (match, inParagraph: string | undefined, bare: string | undefined, offset: number) => {
      const output = resolve(match, Number(inParagraph ?? bare));
      // Inside a tag (a link's href, an image's alt; linkify takes a placeholder right after a URL into it), an
      // output is an attribute value: its text, escaped. Its markup there would end the value and add attributes.
      return bare !== undefined && output !== match && insideTag(html, offset) ? escapeHtml(plainText(output)) : output;
    });
  }

  return {
    add(html) {
      outputs.push(html);
      return `${PREFIX}${outputs.length - 1}HBHB`;
    },
    restore,
    splitAtBlocks(text) {
      const parts = [""];
      let last = 0;
      for (const found of text.matchAll(BARE)) {
        const output = outputs[Number(found[1])];
        if (output === undefined || !BLOCK.test(output)) continue;
        parts[parts.length - 1] += text.slice(last, found.index);
        parts.push(found[0], "");
        last = found.index + found[0].length;
      }
      parts[parts.length - 1] += text.slice(last);
      return parts;
    },
    text(source) {
      if (!source.includes(PREFIX)) return source;
      return source.replace(BARE, (match, index: string) => {
        const html = resolve(match, Number(index));
        return html === match ? match : plainText(html);
      });
    },
  };
}
