// Filters over a page's rendered body, for its own page only (lists and feeds keep the body as rendered):
// a link beside each heading, tables that scroll in their own box, the body's own h1 taken out to head the page.
// The anchor follows the heading instead of sitting in it, so the heading's name stays its text:
// https://amberwilson.co.uk/blog/are-your-anchor-links-accessible/

// markdown-it writes every heading as `<hN id="…">…</hN>` (headingIds.ts); headings cannot nest.
const HEADING = /<h([2-6]) id="([^"]+)">([\s\S]*?)<\/h\1>/g;
const LEADING_H1 = /^<h1[\s>][\s\S]*?<\/h1>\n?/;
const TAG = /<[^>]*>/g;
// Opening and closing tags are wrapped alike, so even nested raw-HTML tables stay balanced.
const TABLE = /<table(?:\s[^>]*)?>|<\/table>/gi;

/**
 * `{{ p.content | headingAnchors | safe }}`: each h2–h6 in a `.heading` wrapper followed by a link to it.
 * The link's visible text is `#`; a screen reader hears "Section titled …".
 */
export function headingAnchors(html: unknown): string {
  return String(html ?? "").replace(HEADING, (heading: string, _level: string, id: string, inner: string) => {
    const text = inner.replace(TAG, "").trim();
    // Not searched (data-pagefind-ignore): the heading's text is in the index once, from the heading.
    return `<div class="heading">${heading}<a class="anchor" href="#${id}" data-pagefind-ignore><span class="visually-hidden">Section titled ${text}</span><span aria-hidden="true">#</span></a></div>`;
  });
}

/**
 * `{{ p.content | tableScroll | safe }}`: each table in a box that scrolls sideways when the table is wider
 * than the column, instead of widening the page. The box is focusable and named, so a keyboard can scroll it.
 */
export function tableScroll(html: unknown): string {
  const text = String(html ?? "");
  // One pass of the expression: found, the tags are counted and the boxes put in around them.
  const tags = [...text.matchAll(TABLE)];
  if (tags.length === 0) return text;
  // Each box is a landmark: with several on a page, each needs a name of its own (axe: landmark-unique).
  const count = tags.filter(([tag]) => tag[1] !== "/").length;
  let n = 0;
  let out = "";
  let at = 0;
  for (const { 0: tag, index } of tags) {
    const boxed = tag[1] === "/" ? `${tag}</div>` : `<div class="table-scroll" tabindex="0" role="region" aria-label="Table${count > 1 ? ` ${++n}` : ""}">${tag}`;
    out += text.slice(at, index) + boxed;
    at = index + tag.length;
  }
  return out + text.slice(at);
}

/**
 * `{% set parts = p.content | splitTitle %}`: `{ title, body }`, where `title` is the body's opening `<h1>`
 * (see `p.titleInBody`) and `body` the rest; `title` is "" when the body opens otherwise.
 */
export function splitTitle(html: unknown): { title: string; body: string } {
  const text = String(html ?? "");
  const match = LEADING_H1.exec(text);
  return match ? { title: match[0].trimEnd(), body: text.slice(match[0].length) } : { title: "", body: text };
}

export const bodyFilters = { headingAnchors, tableScroll, splitTitle };
