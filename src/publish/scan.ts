// What a written HTML page links to and which anchors it offers, read with one pass of a regular expression:
// a DOM parse of every page would cost more than the rest of the check (measured in README, "Link checking").
import { unescapeAttribute } from "./absolute.ts";

export interface PageScan {
  /** Every href, src, srcset and poster URL, and a meta refresh's target, entity-decoded, in page order. */
  links: string[];
  /** Every id: the #fragments that lead somewhere on this page. */
  ids: string[];
}

// Scripts, styles, comments and code are not markup: `a.href="…"` in a script is no link of the page, and
// Prism leaves quotes unescaped in highlighted code.
const NOT_MARKUP = /<(script|style|pre|code|textarea)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const LINK = /\s(href|src|srcset|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
// Ids are read everywhere: a code block's line numbers are anchors (`#hl-0-3`) prose may link to.
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/gi;
const REFRESH_URL = /content\s*=\s*(?:"[^"]*?url\s*=\s*([^"]*)"|'[^']*?url\s*=\s*([^']*)')/i;

export function scanPage(html: string): PageScan {
  const links: string[] = [];
  const ids: string[] = [];
  const markup = /<(?:script|style|pre|code|textarea|!--)/i.test(html) ? html.replace(NOT_MARKUP, " ") : html;
  for (const match of markup.matchAll(LINK)) {
    const value = unescapeAttribute(match[2] ?? match[3] ?? "");
    if (match[1]!.toLowerCase() === "srcset") links.push(...srcsetURLs(value));
    else links.push(value.trim());
  }
  for (const match of html.matchAll(ID)) ids.push(unescapeAttribute(match[1] ?? match[2] ?? ""));
  for (const [tag] of markup.matchAll(REFRESH)) {
    const found = REFRESH_URL.exec(tag);
    const url = found?.[1] ?? found?.[2];
    if (url) links.push(unescapeAttribute(url.trim().replace(/^['"]|['"]$/g, "")));
  }
  return { links, ids };
}

/** `a.jpg 1x, b.jpg 2x` → the URLs. */
function srcsetURLs(srcset: string): string[] {
  return srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!).filter((url) => url !== "");
}
