// Hugo's cascade: front matter a home or section page hands down to every page below it.
// https://gohugo.io/content-management/front-matter/#cascade
import type { PageKind } from "../types.ts";
import { splitPath } from "./paths.ts";

/** The cascade tables declared by each folder's `_index.md` ("" for the home page). */
export type CascadesByDir = ReadonlyMap<string, readonly Record<string, unknown>[]>;

const globCache = new Map<string, RegExp>();

/**
 * Hugo's `_target.path` glob, matched regardless of case against the page's logical path (`/posts/foo`):
 * `?` one character and `*` any within a segment, `**` across segments.
 */
function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*\*/g, "\u0000")
      .replace(/\*/g, "[^/]*")
      .replace(/\?/g, "[^/]")
      .replace(/\u0000/g, ".*");
    re = new RegExp(`^${body}$`, "i");
    globCache.set(glob, re);
  }
  return re;
}

/** The logical path Hugo matches targets against: `posts/foo.md` → `/posts/foo`, `posts/_index.md` → `/posts`. */
export function logicalPath(path: string): string {
  const { dir, name } = splitPath(path);
  const base = name.replace(/\.(md|markdown)$/i, "");
  return base === "_index" || base === "index" ? `/${dir}` : `/${dir === "" ? "" : `${dir}/`}${base}`;
}

function targets(table: Record<string, unknown>, path: string, kind: PageKind): boolean {
  const target = (table._target ?? table.target) as Record<string, unknown> | undefined;
  if (typeof target !== "object" || target === null) return true;
  if (typeof target.path === "string" && !globToRegExp(target.path).test(logicalPath(path))) return false;
  if (typeof target.kind === "string" && target.kind !== kind) return false;
  return true;
}

/**
 * The page's own front matter with the cascaded values under it: the page's own keys win, then the
 * nearest section's cascade, then those further up. `params` tables merge key by key.
 */
export function applyCascade(
  data: Record<string, unknown>,
  path: string,
  kind: PageKind,
  cascades: CascadesByDir,
): Record<string, unknown> {
  if (cascades.size === 0) return data;
  const { dir, name } = splitPath(path);
  // A section's own cascade is for the pages below it, not for the section page itself.
  let folder: string | undefined = /^_index\./i.test(name) ? (dir === "" ? undefined : splitPath(dir).dir) : dir;
  let merged = data;
  while (folder !== undefined) {
    for (const table of cascades.get(folder) ?? []) {
      if (!targets(table, path, kind)) continue;
      for (const [written, value] of Object.entries(table)) {
        const key = written.toLowerCase(); // as the page's own keys are
        if (key === "_target" || key === "target") continue;
        const own = merged[key];
        if (own === undefined) merged = { ...merged, [key]: key === "params" && isTable(value) ? lowerKeys(value) : value };
        else if (key === "params" && isTable(own) && isTable(value)) merged = { ...merged, params: { ...lowerKeys(value), ...own } };
      }
    }
    folder = folder === "" ? undefined : splitPath(folder).dir;
  }
  return merged;
}

/** As the page's own `params` keys are: Hugo's keys are case-insensitive. */
function lowerKeys(table: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(table).map(([key, value]) => [key.toLowerCase(), value]));
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
