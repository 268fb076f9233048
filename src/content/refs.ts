// Resolving `ref` and `relref` targets as Hugo does: a content path, relative to the page or to content/,
// with or without its extension, a bundle's folder, or a file name that is unique in the site.
// https://gohugo.io/methods/shortcode/ref/
import { MARKDOWN_FILE, splitPath } from "./paths.ts";

export interface RefTarget {
  path: string;
  url: string;
}

/** Builds the lookup once per build; each resolution is then a few map reads. */
export function createRefResolver(pages: Iterable<RefTarget>): (target: string, fromPath: string) => string | undefined {
  // Keys are lower-cased: Hugo resolves refs regardless of case.
  const byPath = new Map<string, string>();
  const byName = new Map<string, string | null>(); // null: the name is not unique
  const add = (key: string, url: string) => byPath.set(key.toLowerCase(), url);
  const addName = (key: string, url: string) => {
    const lower = key.toLowerCase();
    byName.set(lower, byName.has(lower) ? null : url);
  };
  for (const { path, url } of pages) {
    const { dir, name } = splitPath(path);
    const bare = name.replace(MARKDOWN_FILE, "");
    add(path, url);
    add(path.replace(MARKDOWN_FILE, ""), url);
    if (/^_?index$/i.test(bare)) {
      add(dir, url); // a bundle or section by its folder…
      if (dir !== "") addName(splitPath(dir).name, url); // …and by the folder's name alone
    } else {
      addName(name, url);
      addName(bare, url);
    }
  }

  return (target, fromPath) => {
    const hash = target.indexOf("#");
    const [ref, fragment] = hash < 0 ? [target, ""] : [target.slice(0, hash), target.slice(hash)];
    if (ref === "") {
      const own = byPath.get(fromPath.toLowerCase()); // `ref "#heading"`: a heading of this very page
      return own === undefined ? undefined : own + fragment;
    }
    const candidates = ref.startsWith("/") ? [normalise(ref)] : [normalise(`${splitPath(fromPath).dir}/${ref}`), normalise(ref)];
    for (const key of candidates) {
      const url = key === undefined ? undefined : byPath.get(key.replace(/\/$/, "").toLowerCase());
      if (url !== undefined) return url + fragment;
    }
    const unique = ref.includes("/") ? undefined : byName.get(ref.toLowerCase());
    return unique ? unique + fragment : undefined;
  };
}

/** Folds `.` and `..` segments; undefined when the path climbs above content/. */
function normalise(path: string): string | undefined {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.pop() === undefined) return undefined;
    } else out.push(segment);
  }
  return out.join("/");
}
