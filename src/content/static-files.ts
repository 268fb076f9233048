// public/ as a build sees it: copied verbatim into the same output folder as the pages, so each of its files
// must have a place there of its own. Read in one walk of the folder.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { displayPath } from "../problems.ts";
import type { Problem } from "../types.ts";

export interface StaticCheck {
  /** Output paths the site writes (pages, pagers, aliases, feeds, bundle files), relative to the output folder. */
  written: Iterable<string>;
  /** Refuse symbolic links (a build); the dev server leaves them out of its copy instead. */
  links: boolean;
  cwd?: string;
}

// As the pages' own collisions are told (src/content/outputs.ts): case-insensitive hosts take /About and /about for one.
const keyOf = (path: string) => path.normalize("NFC").toLowerCase();
const urlOf = (path: string) => `/${path.replace(/(^|\/)index\.html$/, "$1")}`;

/**
 * What stops the build in public/: a symbolic link, which a host may follow outside the site; a file where
 * the site has a folder (public/posts beside the page /posts/hello/), or a folder where it writes a file,
 * which would leave one of the two unwritten; and a file at the path of a page, which one of them would
 * overwrite. Robots.txt and the sitemap are not among `written` when public/ has its own: those it replaces.
 */
export function staticProblems(publicDir: string, { written, links, cwd = process.cwd() }: StaticCheck): Problem[] {
  if (!existsSync(publicDir)) return [];
  const files = new Map<string, string>();
  /** Each folder the site writes into, with one file it writes there, for the message. */
  const folders = new Map<string, string>();
  for (const path of written) {
    const key = keyOf(path);
    if (!files.has(key)) files.set(key, path);
    for (let slash = key.indexOf("/"); slash !== -1; slash = key.indexOf("/", slash + 1)) {
      const folder = key.slice(0, slash);
      if (!folders.has(folder)) folders.set(folder, path);
    }
  }
  const problems: Problem[] = [];
  const problem = (abs: string, message: string, hint: string) => problems.push({ severity: "error", file: displayPath(abs, cwd), line: 1, column: 1, message, hint });
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const [abs, rel] = [join(dir, entry.name), prefix + entry.name];
      const key = keyOf(rel);
      if (entry.isSymbolicLink()) {
        if (links) problem(abs, "a symbolic link would be published as a link, which a host may follow outside the site", "copy the file or folder itself into the static folder");
      } else if (entry.isDirectory()) {
        const page = files.get(key);
        if (page === undefined) walk(abs, `${rel}/`);
        else problem(abs, `a folder where the site writes the file ${urlOf(page)}`, "rename or move the folder");
      } else {
        const inside = folders.get(key);
        const page = files.get(key);
        if (inside !== undefined) problem(abs, `a file where the site has the folder /${rel}/ (it writes ${urlOf(inside)} there)`, "rename the file, or move it into a folder of its own");
        else if (page !== undefined) problem(abs, `the site writes its own ${urlOf(page)} here: one of the two would overwrite the other`, "remove the file, or give the page another url or slug");
      }
    }
  };
  walk(publicDir, "");
  return problems;
}
