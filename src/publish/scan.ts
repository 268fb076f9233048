// What a written HTML page links to and which anchors it offers, read with one pass of a regular expression:
// a DOM parse of every page would cost more than the rest of the check (measured in README, "Link checking").
import { unescapeAttribute } from "./absolute.ts";

export interface PageScan {
  /** Every href, src, srcset and poster URL, and a meta refresh's target, entity-decoded, in page order. */
  links: string[];
  /** Every id: the #fragments that lead somewhere on this page. */
  ids: string[];
}

// Scripts, styles and comments are not markup: `a.href="…"` in a script is no link of the page.
const NOT_MARKUP = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;
const ATTRIBUTE = /\s(href|src|srcset|poster|id)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/gi;
const REFRESH_URL = /content\s*=\s*(?:"[^"]*?url\s*=\s*([^"]*)"|'[^']*?url\s*=\s*([^']*)')/i;

export function scanPage(html: string): PageScan {
  const links: string[] = [];
  const ids: string[] = [];
  const markup = html.includes("<script") || html.includes("<style") || html.includes("<!--") ? html.replace(NOT_MARKUP, " ") : html;
  for (const match of markup.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    const value = unescapeAttribute(match[2] ?? match[3] ?? "");
    if (name === "id") ids.push(value);
    else if (name === "srcset") links.push(...srcsetURLs(value));
    else links.push(value.trim());
  }
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
