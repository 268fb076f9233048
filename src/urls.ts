// Site paths to the URLs readers follow, under the base URL (Hugo's relURL and absURL), for layouts and Markdown alike.
// https://gohugo.io/functions/urls/relurl/

// The schemes markdown-it refuses in links; browsers ignore case, whitespace and control characters in them.
const UNSAFE_SCHEME = /^(javascript|vbscript|file|data):/;
const DATA_IMAGE = /^data:image\/(gif|png|jpeg|webp|avif);/;

/** Whether a URL may go into href or src; `data:image/…` only where `image` says so (an img src). */
export function isSafeURL(url: string, image = false): boolean {
  const bare = url.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  return !UNSAFE_SCHEME.test(bare) || (image && DATA_IMAGE.test(bare));
}

/** The path part of a base URL: `https://example.org/blog/` → `/blog/`. */
export function basePath(baseURL: string | undefined): string {
  if (!baseURL) return "/";
  if (baseURL.startsWith("/")) return baseURL.endsWith("/") ? baseURL : `${baseURL}/`;
  return parsedBase(baseURL).path;
}

// A site's feeds and sitemap ask for some 30,000 URLs under one base URL: it is parsed once, not each time.
let lastBase: { baseURL: string; path: string; origin: string | undefined } | undefined;
function parsedBase(baseURL: string) {
  if (lastBase?.baseURL !== baseURL) {
    let url: URL | undefined;
    try {
      url = new URL(baseURL);
    } catch {
      url = undefined;
    }
    // Scheme, credentials, host and port as the URL parser writes them, for http and https (the others parse paths their own way).
    const origin = url && (url.protocol === "https:" || url.protocol === "http:") ? new URL("/", url).href.slice(0, -1) : undefined;
    lastBase = { baseURL, path: url?.pathname ?? "/", origin };
  }
  return lastBase;
}
/** A path the URL parser leaves as it is: ASCII it does not encode, no dot segments, no query or fragment. */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;

/** Joins a site-relative path (`/posts/foo/`) to the base URL's path, keeping absolute URLs and fragments as they are. */
export function relURL(path: string, baseURL: string | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  return basePath(baseURL) + path.replace(/^\/+/, "");
}

/** The full URL of a site path; site-relative when the base URL has no host. */
export function absURL(path: string, baseURL: string | undefined): string {
  const rel = relURL(path, baseURL);
  if (!baseURL || !/^[a-z][a-z0-9+.-]*:/i.test(baseURL)) return rel;
  const { origin } = parsedBase(baseURL);
  return origin !== undefined && PLAIN_PATH.test(rel) && !DOT_SEGMENT.test(rel) ? origin + rel : new URL(rel, baseURL).href;
}
