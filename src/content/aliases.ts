// Aliases: old URLs of a page, each written as a redirect page as Hugo writes them.
// https://gohugo.io/content-management/urls/#aliases
import { checkSitePath, encodePath, outputPathOf } from "./paths.ts";

export interface Alias {
  /** Site-relative URL of the redirect, percent-encoded. */
  url: string;
  outputPath: string;
}

/**
 * Resolves one alias of the page at `pageURL` (site-relative, e.g. `/posts/new/`). As Hugo does, a
 * relative alias is relative to the page's folder: `old` on `/posts/new/` is `/posts/old/`.
 */
export function resolveAlias(alias: string, pageURL: string): Alias | { reason: string } {
  let path = alias.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return { reason: "it must be a path inside the site, such as /about/, not a full URL" };
  if (!path.startsWith("/")) {
    const folder = decodeURI(pageURL).replace(/[^/]*\/?$/, "");
    const segments: string[] = [];
    for (const segment of `${folder}${path}`.split("/")) {
      if (segment === "..") {
        if (segments.pop() === undefined) return { reason: "it would leave the site's folder" };
      } else if (segment !== "." && segment !== "") segments.push(segment);
    }
    path = `/${segments.join("/")}${path.endsWith("/") || !/\.[a-z0-9]+$/i.test(path) ? "/" : ""}`;
  }
  // Hugo writes an alias as a file only when it names an HTML page; `/feed.xml` becomes `/feed.xml/`, whose
  // index.html browsers do follow.
  if (!path.endsWith("/") && !/\.html?$/i.test(path)) path = `${path}/`;
  const checked = checkSitePath(path);
  if ("reason" in checked) return checked;
  return { url: encodePath(checked.path), outputPath: outputPathOf(checked.path) };
}
