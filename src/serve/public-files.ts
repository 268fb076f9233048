// public/ in the dev server: copied whole into the output once, then file by file as folio's watcher hears
// changes, instead of Eleventy's passthrough copy, which copies the whole folder again on every change (a
// stylesheet edited beside 50 MB of images: 0.4 s, and an image asked for meanwhile served cut short) and
// never removes a file deleted from public/.
import { cp, lstat, mkdir, rename, rm, rmdir } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

const statOf = (path: string) => lstat(path).catch(() => undefined);

/** public/ and its copy in the dev server's output, with what of the output came from public/. */
export class PublicFiles {
  readonly #root: string;
  readonly #outputDir: string;
  /** Files of the output copied from public/, relative: what public/ gone as a whole takes with it. */
  readonly #copied = new Set<string>();

  constructor(publicDir: string, outputDir: string) {
    this.#root = resolve(publicDir);
    this.#outputDir = outputDir;
  }

  /** Copies all of public/ into the output; nothing when there is no such folder. */
  async copyAll(): Promise<void> {
    await this.#copyFolder("");
  }

  /**
   * Removes from the output the copies of files that `paths` name (or hold, for a folder) and that are no
   * longer files in public/: gone, made a link, or a folder now where a file was (or the other way round).
   * Only copies go: a folder of public/ removed takes nothing folio wrote beside its files, such as the pages
   * of posts/ beside public/posts/hello/photo.jpg. Called before the pages are written: a public/robots.txt
   * deleted gives way to folio's. Returns the output paths removed, with `/` between folders.
   */
  async removeGone(paths: readonly string[]): Promise<string[]> {
    const removed: string[] = [];
    for (const rel of this.#inside(paths)) {
      const under = [...this.#copied].filter((file) => rel === "" || file === rel || file.startsWith(rel + sep));
      const gone = await Promise.all(under.map(async (file) => ((await statOf(join(this.#root, file)))?.isFile() ? undefined : file)));
      for (const file of gone) {
        if (file === undefined) continue;
        await this.#remove(file);
        removed.push(file.split(sep).join("/"));
      }
    }
    return removed;
  }

  /**
   * Copies again what `paths` name in public/: a file under a temporary name, then renamed over the old
   * copy, so a request never reads it half-copied; a folder whole; public/ itself whole. Called after the
   * pages are written: a public/robots.txt added replaces the one folio made, which the build has just removed.
   */
  async copyChanged(paths: readonly string[]): Promise<void> {
    for (const rel of this.#inside(paths)) {
      const source = await statOf(join(this.#root, rel));
      if (source?.isDirectory()) await this.#copyFolder(rel);
      else if (source?.isFile()) {
        const to = join(this.#outputDir, rel);
        await mkdir(dirname(to), { recursive: true });
        const temporary = `${to}.folio-${process.pid}`;
        try {
          await cp(join(this.#root, rel), temporary, { force: true });
          // A folder left empty by the copies it held (`#remove`) gives way; one holding anything else does not.
          if ((await statOf(to))?.isDirectory()) await rmdir(to);
          await rename(temporary, to);
        } catch (error) {
          // Half a copy, or one that cannot take its place (a page's folder where the file goes), would be served under its temporary name.
          await rm(temporary, { force: true });
          throw error;
        }
        this.#copied.add(rel);
      }
    }
  }

  /** `paths` relative to public/, those inside it only ("" for public/ itself). */
  #inside(paths: readonly string[]): string[] {
    return paths.map((path) => relative(this.#root, resolve(path))).filter((rel) => rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  }

  async #copyFolder(rel: string): Promise<void> {
    const from = join(this.#root, rel);
    if (!(await statOf(from))?.isDirectory()) return;
    // Symbolic links are left out: a build refuses them (src/content/static-files.ts), and one that
    // leads out of public/ must not bring what it points at into the served folder. The filter sees every
    // path the copy takes, so it also records the files copied.
    const filter = async (path: string) => {
      const stat = await lstat(path);
      if (stat.isFile()) this.#copied.add(relative(this.#root, path));
      return !stat.isSymbolicLink();
    };
    await cp(from, join(this.#outputDir, rel), { recursive: true, force: true, filter });
  }

  /**
   * Removes a copied file. The folders it leaves empty stay: Eleventy remembers the folders it has made and
   * would not make one again for a page (ENOENT); one that a file of public/ now takes the name of goes then.
   */
  async #remove(rel: string): Promise<void> {
    this.#copied.delete(rel);
    // Something else there now (a page's folder): not a copy, left as it is.
    await rm(join(this.#outputDir, rel), { force: true }).catch(() => undefined);
  }
}
