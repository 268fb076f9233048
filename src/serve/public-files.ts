// public/ in the dev server: copied whole into the output once, then file by file as folio's watcher hears
// changes, instead of Eleventy's passthrough copy, which copies the whole folder again on every change (a
// stylesheet edited beside 50 MB of images: 0.4 s, and an image asked for meanwhile served cut short) and
// never removes a file deleted from public/.
import { cp, lstat, mkdir, rename, rm } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/**
 * Symbolic links are left out: a build refuses them (src/content/loader.ts `staticLinks`), and one that
 * leads out of public/ must not bring what it points at into the served folder.
 */
const notALink = async (path: string) => !(await lstat(path)).isSymbolicLink();

/** Copies all of `publicDir` into `outputDir`; nothing when there is no such folder. */
export async function copyPublic(publicDir: string, outputDir: string): Promise<void> {
  if (!(await lstat(publicDir).catch(() => undefined))?.isDirectory()) return;
  await cp(publicDir, outputDir, { recursive: true, force: true, filter: notALink });
}

/** Each path of `paths` inside `publicDir`, as [source, its copy in the output]; `publicDir` itself as ["", ""]. */
function targets(publicDir: string, outputDir: string, paths: readonly string[]): [string, string][] {
  const root = resolve(publicDir);
  return paths.flatMap((path): [string, string][] => {
    const rel = relative(root, resolve(path));
    if (rel === "") return [["", ""]];
    return rel.startsWith("..") || isAbsolute(rel) ? [] : [[join(root, rel), join(outputDir, rel)]];
  });
}

const statOf = (path: string) => lstat(path).catch(() => undefined);

/**
 * Removes from the output what `paths` name that is no longer there in `publicDir` as it was: gone, made a
 * link, or a file now where a folder was (or the other way round). Called before the pages are written: a
 * public/robots.txt deleted gives way to the one folio makes.
 */
export async function removeFromPublic(publicDir: string, outputDir: string, paths: readonly string[]): Promise<void> {
  for (const [from, to] of targets(publicDir, outputDir, paths)) {
    if (from === "") continue;
    const [source, copied] = await Promise.all([statOf(from), statOf(to)]);
    if (!copied) continue;
    const same = source && ((source.isFile() && copied.isFile()) || (source.isDirectory() && copied.isDirectory()));
    if (!same) await rm(to, { recursive: true, force: true });
  }
}

/**
 * Copies again what `paths` name in `publicDir`: a file under a temporary name, then renamed over the old
 * copy, so a request never reads it half-copied; a folder whole; `publicDir` itself whole. Called after the
 * pages are written: a public/robots.txt added replaces the one folio made, which the build has just removed.
 */
export async function copyFromPublic(publicDir: string, outputDir: string, paths: readonly string[]): Promise<void> {
  for (const [from, to] of targets(publicDir, outputDir, paths)) {
    if (from === "") {
      await copyPublic(publicDir, outputDir);
      continue;
    }
    const source = await statOf(from);
    if (source?.isDirectory()) await cp(from, to, { recursive: true, force: true, filter: notALink });
    else if (source?.isFile()) {
      await mkdir(dirname(to), { recursive: true });
      const temporary = `${to}.folio-${process.pid}`;
      await cp(from, temporary, { force: true });
      await rename(temporary, to);
    }
  }
}
