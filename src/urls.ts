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
  try {
    return new URL(baseURL).pathname;
  } catch {
    return "/";
  }
}

/** Joins a site-relative path (`/posts/foo/`) to the base URL's path, keeping absolute URLs and fragments as they are. */
export function relURL(path: string, baseURL: string | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  return basePath(baseURL) + path.replace(/^\/+/, "");
}

/** The full URL of a site path; site-relative when the base URL has no host. */
export function absURL(path: string, baseURL: string | undefined): string {
  const rel = relURL(path, baseURL);
  return baseURL && /^[a-z][a-z0-9+.-]*:/i.test(baseURL) ? new URL(rel, baseURL).href : rel;
}
