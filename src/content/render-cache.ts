// Rendered pages kept between builds of one process (the dev server), keyed by everything that goes into
// rendering a page, so an edit re-renders only the page edited.
import { createHash } from "node:crypto";
import type { ContentFile, FrontMatter, Page, Problem } from "../types.ts";
import type { PageReading } from "./page.ts";
import { RelatedMemo } from "./related.ts";

interface Entry {
  page: Page;
  problems: Problem[];
}

/** Hugo's .Page fields that the site fills in after rendering, reset on every use of a cached page. */
const LINKED = ["pages", "sections", "ancestors", "related", "terms"] as const;

/** A copy of the page without its links to other pages, which the site fills in again on every build. */
function unlinked(cached: Page): Page {
  const page: Page = { ...cached, taxonomies: {}, prevInSection: undefined, nextInSection: undefined };
  for (const field of LINKED) page[field] = [];
  return page;
}

export class RenderCache {
  #entries = new Map<string, Entry>();
  #used = new Set<string>();
  // Unchanged files (same size and modification time) are neither read nor parsed again.
  #files = new Map<string, { stamp: string; file: ContentFile }>();
  #parsed = new WeakMap<ContentFile, { frontMatter: FrontMatter; problems: Problem[] }>();
  #textKeys = new WeakMap<ContentFile, string>();
  #readings = new WeakMap<ContentFile, { cascade: string; reading: PageReading; metaKey: string }>();
  #refs = new WeakMap<ContentFile, boolean>();
  /** The last site's related pages. */
  readonly related = new RelatedMemo();
  /** Pages taken from the cache instead of rendered, since it was made. */
  hits = 0;

  /** The file as read by an earlier build, when its size and modification time are what they were (or, without a stamp, as it was). */
  file(path: string, stamp?: string): ContentFile | undefined {
    const known = this.#files.get(path);
    return known && (stamp === undefined || known.stamp === stamp) ? known.file : undefined;
  }

  rememberFile(path: string, stamp: string, file: ContentFile): void {
    this.#files.set(path, { stamp, file });
  }

  /** Front matter parsed once per file read. */
  parsed(file: ContentFile, parse: (file: ContentFile) => { frontMatter: FrontMatter; problems: Problem[] }) {
    let result = this.#parsed.get(file);
    if (!result) this.#parsed.set(file, (result = parse(file)));
    return result;
  }

  /** A digest of the file's text, computed once per file read. */
  textKey(file: ContentFile): string {
    let key = this.#textKeys.get(file);
    if (key === undefined) this.#textKeys.set(file, (key = createHash("sha1").update(file.text).digest("base64")));
    return key;
  }

  /**
   * The file's typed front matter and place, worked out once per file read and `cascade` (what the sections
   * above hand down, and the time zone), with a digest of the fields for the page's key.
   */
  reading(file: ContentFile, cascade: string, read: () => PageReading): { reading: PageReading; metaKey: string } {
    let known = this.#readings.get(file);
    if (known?.cascade !== cascade) {
      const reading = read();
      known = { cascade, reading, metaKey: createHash("sha1").update(JSON.stringify(reading.meta)).digest("base64") };
      this.#readings.set(file, known);
    }
    return known;
  }

  /** RenderCache.mayUseRefs, asked once per file read. */
  usesRefs(file: ContentFile, codeShortcodes: boolean): boolean {
    if (codeShortcodes) return true;
    let uses = this.#refs.get(file);
    if (uses === undefined) this.#refs.set(file, (uses = RenderCache.mayUseRefs(file.text, false)));
    return uses;
  }

  /**
   * The key of one page: the site-wide context (settings, every page's URL for refs, the shortcodes), the
   * file's text, its typed front matter after cascade, and its bundle files.
   */
  static key(context: string, path: string, text: string, meta: unknown, resources: unknown): string {
    return createHash("sha1")
      .update(context).update("\0").update(path).update("\0").update(text).update("\0")
      .update(JSON.stringify(meta)).update("\0").update(JSON.stringify(resources))
      .digest("base64");
  }

  /**
   * Whether rendering the text may look other pages up: the ref and relref shortcodes, links to `.md` files,
   * or the site's own shortcodes written in code (which are given the lookup; Nunjucks ones are not).
   */
  static mayUseRefs(text: string, codeShortcodes: boolean): boolean {
    return codeShortcodes || /ref|\.md|\.markdown/i.test(text);
  }

  static contextKey(...parts: unknown[]): string {
    return createHash("sha1").update(JSON.stringify(parts)).digest("base64");
  }

  /** A fresh copy of the cached page, its links to other pages emptied for the site to fill again. */
  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.hits++;
    this.#used.add(key);
    return { page: unlinked(entry.page), problems: entry.problems };
  }

  /** Keeps a copy of the page as rendered, before the site links it to others. */
  set(key: string, page: Page, problems: Problem[]): void {
    this.#used.add(key);
    this.#entries.set(key, { page: { ...page }, problems });
  }

  /** Forgets pages not used since the last sweep: deleted or edited pages do not accumulate. */
  sweep(): void {
    for (const key of this.#entries.keys()) if (!this.#used.has(key)) this.#entries.delete(key);
    this.#used.clear();
  }

  /** Forgets the files that are no longer there. */
  retainFiles(paths: ReadonlySet<string>): void {
    for (const path of this.#files.keys()) if (!paths.has(path)) this.#files.delete(path);
  }

  /** The pages kept, to be saved on disk (page-store.ts). */
  export(): [string, Entry][] {
    return [...this.#entries].map(([key, entry]) => [key, { page: unlinked(entry.page), problems: entry.problems }]);
  }

  /** Pages saved by an earlier build. */
  import(entries: Iterable<[string, Entry]>): void {
    for (const [key, entry] of entries) this.#entries.set(key, entry);
  }

  get size(): number {
    return this.#entries.size;
  }
}
