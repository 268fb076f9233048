// Where a content file lands: Hugo's kinds and URLs from the file path, `slug` and `url`.
// https://gohugo.io/content-management/urls/
import type { PageKind } from "../types.ts";

export interface PageLocation {
  kind: PageKind;
  /** Directory of the section this file belongs to or is (`posts`), "" for the home section. */
  dir: string;
  /** Site-relative URL, percent-encoded, with a trailing slash for pages: `/posts/foo/`. */
  url: string;
  /** File to write, relative to the output directory: `posts/foo/index.html`. */
  outputPath: string;
}

// Hugo keeps letters, digits and marks, and a few punctuation characters, in paths made from names.
// `#`, `?` and `%` are dropped too: they would change what a URL means.
const UNSAFE_IN_NAME = /[^\p{L}\p{N}\p{M}._~+-]+/gu;

/** A site path as a URL: percent-encoded, `#` and `?` included, since here they are part of a file's name. */
export function encodePath(path: string): string {
  return encodeURI(path).replace(/[#?]/g, (c) => (c === "#" ? "%23" : "%3F"));
}

/** Hugo's path sanitising for a name taken from a file, folder or slug: `Hello World` → `hello-world`. */
export function urlize(name: string): string {
  const segment = name.trim().replace(/\s+/g, "-").replace(UNSAFE_IN_NAME, "").toLowerCase();
  // Dots alone would make `.` or `..`, a step out of the folder rather than a name: nothing to make a URL from.
  return DOTS.test(segment) ? "" : segment;
}

const DOTS = /^\.+$/;
// What no URL or output path of ours may hold; browsers and Windows read a backslash as a slash.
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;
const CONTROL_MESSAGE = "it contains a backslash or a control character";

/** Why a file or folder name of the content tree cannot be published, or undefined when it can. */
export function unsafeName(name: string): string | undefined {
  if (CONTROL_OR_BACKSLASH.test(name)) return CONTROL_MESSAGE;
  // A bundle file keeps its name in its URL, %-escaped: a server that decodes twice would read `%2e%2e` as `..`.
  for (const part of new Set([name, name.replace(MARKDOWN_FILE, "")])) {
    const decoded = decodeOrUndefined(part);
    if (decoded !== undefined && (/[/\\\u0000-\u001f\u007f]/.test(decoded) || decoded === "." || decoded === "..")) {
      return `it holds a %-escape that means "${decoded.replace(/[\u0000-\u001f\u007f]/g, "?")}" once decoded`;
    }
  }
  return undefined;
}

/** Whether an output path, relative to the output folder, stays inside it: the last check before anything is written. */
export function staysInside(outputPath: string): boolean {
  return outputPath !== "" && !outputPath.startsWith("/") && !CONTROL_OR_BACKSLASH.test(outputPath) && !outputPath.split("/").some((s) => s === "." || s === "..");
}

function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined; // a lone % is a character of the name
  }
}

/** Content files folio reads: Markdown, by either common extension. */
export const MARKDOWN_FILE = /\.(md|markdown)$/i;

// Either Markdown extension, as the loader reads both.
const isBundleIndex = (name: string) => /^index\.(md|markdown)$/i.test(name);
const isBranchIndex = (name: string) => /^_index\.(md|markdown)$/i.test(name);

/** Splits `posts/foo.md` into its folder (`posts`) and file name (`foo.md`). */
export function splitPath(path: string): { dir: string; name: string } {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? { dir: "", name: path } : { dir: path.slice(0, slash), name: path.slice(slash + 1) };
}

/** Hugo's kind of a content file from its path: `_index.md` is the home or a section page, anything else a page. */
export function kindOf(path: string): PageKind {
  const { dir, name } = splitPath(path);
  return isBranchIndex(name) ? (dir === "" ? "home" : "section") : "page";
}

export type LocationResult = { location: PageLocation } | { field: "url" | "slug"; reason: string };

/** Locates a content file; `slug` replaces the last path segment, `url` the whole path. */
export function locatePage(path: string, meta: { slug?: string | undefined; url?: string | undefined }): LocationResult {
  const { dir, name } = splitPath(path);
  const kind = kindOf(path);
  const dirSegments = dir === "" ? [] : dir.split("/").map(urlize);

  let segments: string[];
  if (meta.url !== undefined) {
    const checked = checkSitePath(meta.url);
    if ("reason" in checked) return { field: "url", reason: checked.reason };
    return { location: { kind, dir, url: encodePath(checked.path), outputPath: outputPathOf(checked.path) } };
  }
  if (kind !== "page") {
    segments = dirSegments;
  } else {
    const ownName = isBundleIndex(name) ? dirSegments.pop() ?? "" : urlize(name.replace(MARKDOWN_FILE, ""));
    let last = ownName;
    if (meta.slug !== undefined) {
      const reason = unsafeSegment(meta.slug);
      if (reason) return { field: "slug", reason };
      last = urlize(meta.slug);
      if (last === "") return { field: "slug", reason: "it has no letters or digits to make a URL from" };
    }
    segments = [...dirSegments, last];
  }
  segments = segments.filter((segment) => segment !== ""); // a root index.md is `/`; a folder of dots adds nothing
  const sitePath = segments.length === 0 ? "/" : `/${segments.join("/")}/`;
  return { location: { kind, dir, url: encodePath(sitePath), outputPath: outputPathOf(sitePath) } };
}

/** Where the home (`dir` "") or a section's list page goes; a folder path always has one. */
export function locateListPage(dir: string): PageLocation {
  const result = locatePage(dir === "" ? "_index.md" : `${dir}/_index.md`, {});
  if ("reason" in result) throw new Error(`folio: no location for the folder "${dir}"`);
  return result.location;
}

/** `/posts/foo/` → `posts/foo/index.html`; `/feed.html` → `feed.html`. */
export function outputPathOf(sitePath: string): string {
  const relative = sitePath.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/** Why a slug or path segment could leave its folder or the site, or undefined when it is safe. */
function unsafeSegment(value: string): string | undefined {
  if (CONTROL_OR_BACKSLASH.test(value)) return CONTROL_MESSAGE;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return "it contains a malformed %-escape";
  }
  if (CONTROL_OR_BACKSLASH.test(decoded)) return CONTROL_MESSAGE;
  if (decoded.includes("/")) return "it contains a slash; use the url field to set a whole path";
  if (decoded.trim() === "." || decoded.trim() === "..") return "it would leave its folder";
  return undefined;
}

/** Checks an author's `url` or alias: a path inside the site, normalised with a leading and (unless it names a file) trailing slash. */
export function checkSitePath(url: string): { path: string } | { reason: string } {
  if (CONTROL_OR_BACKSLASH.test(url)) return { reason: CONTROL_MESSAGE };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
    return { reason: "it must be a path inside the site, such as /about/, not a full URL" };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return { reason: "it contains a malformed %-escape" };
  }
  // Encoded, as `%5c` or `%00`, they would still reach the output path decoded.
  if (CONTROL_OR_BACKSLASH.test(decoded)) return { reason: CONTROL_MESSAGE };
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === "." || s === "..")) return { reason: "it would leave the site's folder" };
  if (segments.some((s) => /[?#]/.test(s))) return { reason: "it contains ? or #, which a file path cannot hold" };
  const last = segments.at(-1) ?? "";
  const namesFile = /\.[a-z0-9]+$/i.test(last) && !decoded.endsWith("/");
  const path = `/${segments.join("/")}${segments.length > 0 && !namesFile ? "/" : ""}`;
  return { path };
}
