// What a written HTML page links to and which anchors it offers, read with one pass of a regular expression:
// a DOM parse of every page would cost more than the rest of the check (measured in README, "Link checking").
import { unescapeAttribute } from "./absolute.ts";

export interface PageScan {
  /** Every href, src, srcset and poster URL, and a meta refresh's target, entity-decoded, in page order. */
  links: string[];
  /** Every id: the #fragments that lead somewhere on this page. */
  ids: string[];
}

// One pass: an element whose text is not markup (a script's `a.href="…"`, code Prism left quotes in, a
// comment) is matched whole and passed over; otherwise a link attribute, an id, or a meta refresh.
const SCAN =
  /<(script|style|pre|code|textarea)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|\s(href|src|srcset|poster|id)\s*=\s*(?:"([^"]*)"|'([^']*)')|<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/gi;
const REFRESH_URL = /content\s*=\s*(?:"[^"]*?url\s*=\s*([^"]*)"|'[^']*?url\s*=\s*([^']*)')/i;
// A code block's line numbers are anchors (`#hl-0-3`) prose may link to.
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

export function scanPage(html: string): PageScan {
  const links: string[] = [];
  const ids: string[] = [];
  for (const match of html.matchAll(SCAN)) {
    const [whole, skipped, name, double, single] = match;
    if (skipped !== undefined) {
      if (whole.includes(" id=")) for (const id of whole.matchAll(ID)) ids.push(unescapeAttribute(id[1] ?? id[2] ?? ""));
    } else if (name !== undefined) {
      const value = unescapeAttribute(double ?? single ?? "");
      const attribute = name.toLowerCase();
      if (attribute === "id") ids.push(value);
      else if (attribute === "srcset") links.push(...srcsetURLs(value));
      else links.push(value.trim());
    } else if (whole.startsWith("<meta")) {
      const found = REFRESH_URL.exec(whole);
      const url = found?.[1] ?? found?.[2];
      if (url) links.push(unescapeAttribute(url.trim().replace(/^['"]|['"]$/g, "")));
    }
  }
  return { links, ids };
}

/** `a.jpg 1x, b.jpg 2x` → the URLs. */
function srcsetURLs(srcset: string): string[] {
  return srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!).filter((url) => url !== "");
}
