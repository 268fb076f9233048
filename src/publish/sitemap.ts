// sitemap.xml: every page the site publishes, once (no pagers, redirects or 404), with its lastmod.
// https://www.sitemaps.org/protocol.html
import type { Output } from "../content/outputs.ts";
import type { Page } from "../types.ts";
import { absURL } from "../urls.ts";
import { newest } from "./feeds.ts";

export function renderSitemap(outputs: readonly Output[], baseURL: string): string {
  const pages = outputs.filter((o) => o.redirectTo === undefined && o.layout === undefined && (o.pager === undefined || o.pager.number === 1)).map((o) => o.page);
  const terms = pages.filter((page) => page.kind === "term");
  const lastmodOf = (page: Page): Date | undefined => {
    if (page.lastmod) return page.lastmod;
    // A list changes when a page in it does; a taxonomy when any of its terms does.
    if (page.kind !== "taxonomy") return newest(page.pages.map((p) => p.lastmod));
    return newest(terms.filter((term) => term.path.startsWith(`${page.path}/`)).flatMap((term) => term.pages.map((p) => p.lastmod)));
  };
  const urls = pages.map((page) => {
    const lastmod = lastmodOf(page);
    const at = lastmod ? `\n    <lastmod>${lastmod.toISOString().replace(/\.\d{3}Z$/, "Z")}</lastmod>` : "";
    return `  <url>\n    <loc>${escapeXml(absURL(page.url, baseURL))}</loc>${at}\n  </url>\n`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
