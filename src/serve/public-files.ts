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

/**
 * Brings the output in line with `paths`, files or folders of `publicDir` that changed: each copied again
 * (a file under a temporary name, then renamed over the old one, so a request never reads it half-copied),
 * or removed from the output when it is gone from public/.
 */
export async function updatePublic(publicDir: string, outputDir: string, paths: readonly string[]): Promise<void> {
  const root = resolve(publicDir);
  for (const path of paths) {
    const rel = relative(root, resolve(path));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
      if (rel === "") await copyPublic(root, outputDir); // the folder itself: made, or made anew
      continue;
    }
    const [from, to] = [join(root, rel), join(outputDir, rel)];
    const [source, copied] = await Promise.all([from, to].map((file) => lstat(file).catch(() => undefined)));
    // Gone, made a link, or a file now where a folder was (or the other way round): the old copy goes first.
    if (!source?.isFile() || copied?.isDirectory()) await rm(to, { recursive: true, force: true });
    if (source?.isDirectory()) await cp(from, to, { recursive: true, force: true, filter: notALink });
    else if (source?.isFile()) {
      await mkdir(dirname(to), { recursive: true });
      const temporary = `${to}.folio-${process.pid}`;
      await cp(from, temporary, { force: true });
      await rename(temporary, to);
    }
  }
}
