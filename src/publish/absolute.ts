// Links in HTML made absolute, for HTML read away from the site: a feed reader resolves `/posts/x/` against
// nothing, or against the feed's own address. https://www.rssboard.org/rss-profile#data-types-url
const LINK_ATTRIBUTE = /(\s(?:href|src|poster))="([^"]*)"/g;

/** Every href, src and poster in `html` resolved against `base`, the absolute URL of the page the HTML is from. */
export function absoluteLinks(html: string, base: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(base)) return html; // a site-relative base URL: nothing to resolve against
  return html.replace(LINK_ATTRIBUTE, (whole, attribute: string, value: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:)/i.test(value) && !/^https?:/i.test(value)) return whole; // mailto:, data:, tel:…
    try {
      return `${attribute}="${escapeAttribute(new URL(unescapeAttribute(value), base).href)}"`;
    } catch {
      return whole;
    }
  });
}

// markdown-it and Nunjucks escape these five in attributes; nothing else needs undoing to read a URL.
const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&lt;": "<", "&gt;": ">", "&#39;": "'", "&#x27;": "'" };

export function unescapeAttribute(value: string): string {
  return value.includes("&") ? value.replace(/&(?:amp|quot|lt|gt|#39|#x27);/g, (e) => ENTITIES[e]!) : value;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
