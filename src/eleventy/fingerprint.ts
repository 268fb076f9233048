// Hugo's fingerprint for the layouts' own files (layouts/_assets/: stylesheet, script, favicon): each is
// published under a name that carries a hash of its content, `css/folio.1a2b3c4d5e6f.css`, so a host can
// let browsers keep it forever and a changed file is a new URL. https://gohugo.io/functions/resources/fingerprint/
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, posix } from "node:path";

/** The layouts' own files, beside `_partials` and `_shortcodes`. */
export const ASSETS_DIR = "_assets";

interface Fingerprinted {
  /** Size and modification time when hashed: the dev server hashes again only when they change. */
  stamp: string;
  url: string;
  source: string;
}

export class Fingerprints {
  readonly #dir: string;
  readonly #files = new Map<string, Fingerprinted>();
  readonly #rehash: boolean;

  /**
   * `rehash: false` for one build, whose files do not change while it runs: each is statted and hashed once,
   * not on every page that links it (a thread writing 2,000 pages spent 0.12 s statting the stylesheet).
   * The dev server's fingerprints live across rebuilds and look again each time.
   */
  constructor(layoutsDir: string, { rehash = true }: { rehash?: boolean } = {}) {
    this.#dir = join(layoutsDir, ASSETS_DIR);
    this.#rehash = rehash;
  }

  /** `{{ "css/folio.css" | fingerprint | relURL }}`: the site-relative URL of a file of layouts/_assets/, hash in its name. */
  url(path: string): string {
    const name = path.replace(/^\/+/, "");
    if (name === "" || name.split("/").some((part) => part === ".." || part === ".")) throw new Error(`fingerprint: "${path}" is not a file of layouts/${ASSETS_DIR}/`);
    const known = this.#files.get(name);
    if (known && !this.#rehash) return known.url;
    const source = join(this.#dir, name);
    let stamp: string;
    try {
      const stat = statSync(source);
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      throw new Error(`fingerprint: layouts/${ASSETS_DIR}/${name} does not exist`);
    }
    if (known?.stamp === stamp) return known.url;
    const hash = createHash("sha256").update(readFileSync(source)).digest("hex").slice(0, 12);
    const ext = posix.extname(name);
    const url = `/${name.slice(0, name.length - ext.length)}.${hash}${ext}`;
    this.#files.set(name, { stamp, url, source });
    return url;
  }

  /** The files fingerprinted so far, as layouts named them: a writing thread tells the main thread, which writes them. */
  names(): string[] {
    return [...this.#files.keys()];
  }

  /** Writes every file fingerprinted so far into the output folder, under its fingerprinted name. */
  async write(outputDir: string): Promise<void> {
    await Promise.all(
      [...this.#files.values()].map(async ({ url, source }) => {
        const target = join(outputDir, decodeURI(url));
        await mkdir(dirname(target), { recursive: true });
        await copyFile(source, target);
      }),
    );
  }
}
