// Aliases: old URLs of a page, each written as a redirect page as Hugo writes them.
// https://gohugo.io/content-management/urls/#aliases
import { checkSitePath, outputPathOf } from "./paths.ts";

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
  const checked = checkSitePath(path);
  if ("reason" in checked) return checked;
  return { url: encodeURI(checked.path), outputPath: outputPathOf(checked.path) };
}
