// Every internal link of the written site must lead to a file of it, and a #fragment to an id on that page.
// External links are not fetched. Pure: the caller reads the output; this only resolves.
import { basePath } from "../urls.ts";
import { nearest } from "./nearest.ts";
import type { PageScan } from "./scan.ts";

export interface BrokenLink {
  /** The output file the link is on, relative to the output folder: `posts/a/index.html`. */
  from: string;
  /** The link as written in the page. */
  link: string;
  /** Why it leads nowhere, in words. */
  reason: string;
  /** The closest thing that does exist: a URL, or `#id` on the target page. */
  suggestion: string | undefined;
}

export interface LinkCheck {
  checked: number;
  broken: BrokenLink[];
}

const ORIGIN = "http://folio.invalid";
/** How the reason of a link to a missing file starts. */
export const NO_FILE = "no file of the site is at";
// Fragments a browser understands without an id: the top of the page and text fragments.
const FREE_FRAGMENT = /^(top|:~:.*)?$/i;

/**
 * Checks the links of every scanned page against the files written (`files`: paths relative to the output
 * folder). `baseURL` decides what is internal: site paths under its path, and full URLs that start with it.
 */
export function checkLinks(scans: ReadonlyMap<string, PageScan>, files: readonly string[], baseURL: string): LinkCheck {
  const base = basePath(baseURL);
  const absoluteBase = /^https?:\/\//i.test(baseURL) ? new URL(baseURL).href : undefined;
  const written = new Set(files);
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsOf.get(file);
    if (!set) idsOf.set(file, (set = new Set(scans.get(file)?.ids)));
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  const suggestions = new Suggestions(files, base);

  // Where a link leads, without the page it is on when it does not depend on it: most links of a site are site
  // paths repeated on every page (menus, tags, related pages), each resolved once.
  type Resolved = { skip: true } | { skip: false; reason: string; suggestion: string | undefined } | { skip: false; target: string; fragment: string };
  const resolveURL = (url: URL): Resolved => {
    if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) {
      return { skip: false, reason: `it leads outside the site, whose base path is ${base}`, suggestion: suggestions.forPath(url.pathname.replace(/^\//, "")) };
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return { skip: false, reason: "it holds a malformed %-escape", suggestion: undefined };
    }
    const target = resolveFile(path, written);
    if (target === undefined) return { skip: false, reason: `${NO_FILE} ${base}${path}`, suggestion: suggestions.forPath(path) };
    return { skip: false, target, fragment: url.hash.slice(1) };
  };
  const invalid: Resolved = { skip: false, reason: "it is not a valid URL", suggestion: undefined };
  const shared = new Map<string, Resolved>();
  const resolveLink = (link: string, pageURL: string): Resolved => {
    const absolute = absoluteBase !== undefined && link.startsWith(absoluteBase);
    const independent = absolute || (link.startsWith("/") && !link.startsWith("//"));
    let resolved = independent ? shared.get(link) : undefined;
    if (resolved) return resolved;
    try {
      if (absolute) resolved = resolveURL(new URL(base + link.slice(absoluteBase!.length), ORIGIN));
      else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link)) resolved = { skip: true }; // another site, mailto:, data:…: not fetched
      else resolved = resolveURL(new URL(link, pageURL));
    } catch {
      resolved = invalid;
    }
    if (independent) shared.set(link, resolved);
    return resolved;
  };

  for (const [from, scan] of scans) {
    const pageURL = `${ORIGIN}${base}${encodeURI(from)}`;
    for (const link of scan.links) {
      // A fragment alone names an element of this very page.
      const resolved: Resolved = link.startsWith("#") ? { skip: false, target: from, fragment: link.slice(1) } : resolveLink(link, pageURL);
      if (resolved.skip) continue;
      checked++;
      if ("reason" in resolved) {
        broken.push({ from, link, reason: resolved.reason, suggestion: resolved.suggestion });
        continue;
      }
      const { target, fragment } = resolved;
      if (FREE_FRAGMENT.test(fragment) || !target.endsWith(".html") || !scans.has(target)) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!ids(target).has(id)) {
        const close = nearest(id, [...ids(target)]);
        broken.push({ from, link, reason: `${base}${urlOf(target)} has no element with id "${id}"`, suggestion: close === undefined ? undefined : `#${close}` });
      }
    }
  }
  return { checked, broken };
}

/** The file a site path is served from: `posts/a/` → `posts/a/index.html`; `posts/a` too, as hosts redirect it. */
function resolveFile(path: string, written: ReadonlySet<string>): string | undefined {
  if (path === "" || path.endsWith("/")) return written.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (written.has(path)) return path;
  return written.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

/** `posts/a/index.html` → `posts/a/`. */
const urlOf = (file: string) => file.replace(/(^|\/)index\.html$/, "$1");

/** The nearest existing URL to a missing one, by its path, looking first at what the author likely meant. */
class Suggestions {
  #urls: string[];
  #base: string;

  constructor(files: readonly string[], base: string) {
    this.#urls = files.map(urlOf);
    this.#base = base;
  }

  forPath(path: string): string | undefined {
    // `other.md`, `other.html`, `other/index.md`: the page's own URL is the folder.
    const guess = path.replace(/(\/|^)(_?index)\.(md|markdown|html?)$/i, "$1").replace(/\.(md|markdown|html?)$/i, "/");
    // A Markdown link names a file, and resolves against the page's URL, a folder deeper than the file:
    // `fqa.md` from /posts/guide/ means the page named like it, /posts/faq/, not /posts/guide/.
    const named = /\.(md|markdown)$/i.test(path) ? this.#byName(guess) : undefined;
    const found = named ?? nearest(guess, this.#urls);
    return found === undefined ? undefined : this.#base + found;
  }

  #byName(guess: string): string | undefined {
    const nameOf = (url: string) => url.replace(/\/$/, "").replace(/^.*\//, "");
    const names = [...new Set(this.#urls.map(nameOf))].filter((name) => name !== "");
    const name = nearest(nameOf(guess), names);
    return name === undefined ? undefined : this.#urls.filter((url) => nameOf(url) === name && url.endsWith("/")).sort()[0];
  }
}
