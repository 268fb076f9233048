// Which file of the output folder a request path names, if any: nothing outside the folder is ever named,
// whether by `..`, encoded dots, backslashes, NUL or a symbolic link that points elsewhere.
import { realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";

export type Resolved =
  | { kind: "file"; path: string }
  /** A folder asked for without its trailing slash: the browser must ask again, so relative links resolve. */
  | { kind: "redirect"; location: string }
  | { kind: "missing" }
  /** A path no file of the site can have: the request is refused (400). */
  | { kind: "refused" };

/**
 * Resolves `pathname` (the path of a request, still percent-encoded) against `root`. Decoded once: a
 * double-encoded `%252e%252e` is the name `%2e%2e`, which stays inside the folder like any other name.
 * The file system is asked synchronously: each question takes microseconds, and an asynchronous one waits a
 * turn of the event loop, which a rebuild making large feeds holds for tens of milliseconds.
 */
export async function resolveFile(root: string, pathname: string): Promise<Resolved> {
  const segments = decodeSegments(pathname);
  if (!segments) return { kind: "refused" };
  const realRoot = realOrUndefined(root);
  if (!realRoot) return { kind: "missing" };
  const asked = inside(realRoot, join(realRoot, ...segments));
  if (!asked) return { kind: "missing" };
  const info = statSync(asked, { throwIfNoEntry: false });
  if (!info) return { kind: "missing" };
  if (info.isFile()) return { kind: "file", path: asked };
  if (!info.isDirectory()) return { kind: "missing" };
  if (!pathname.endsWith("/")) return { kind: "redirect", location: `${pathname}/` };
  const index = inside(realRoot, join(asked, "index.html"));
  return index && statSync(index, { throwIfNoEntry: false })?.isFile() ? { kind: "file", path: index } : { kind: "missing" };
}

/** The path's segments, decoded; undefined for a path that could only mean to leave the folder or to confuse. */
export function decodeSegments(pathname: string): string[] | undefined {
  if (!pathname.startsWith("/") || pathname.startsWith("//")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // malformed percent-encoding
  }
  // Control characters (NUL among them) and backslashes (a separator on Windows) are in no path folio writes.
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return undefined;
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment === "." || segment === "..")) return undefined;
  return segments;
}

/** The real path of `path` when it exists and lies inside `realRoot` once every symbolic link is followed. */
function inside(realRoot: string, path: string): string | undefined {
  const real = realOrUndefined(path);
  if (real === undefined) return undefined;
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep) ? real : undefined;
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
