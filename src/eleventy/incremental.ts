// In the dev server, Eleventy writes only the outputs whose inputs changed since the last build and the
// outputs that disappeared are deleted: an edit rewrites one page and the lists that show it, not the site.
import { createHash } from "node:crypto";
import type { Page } from "../types.ts";
import type { RenderItem } from "./layouts.ts";

const hash = (value: string) => createHash("sha1").update(value).digest("base64");

/** What an output shows of a page besides its own rendering: its links to the rest of the site. */
function links(page: Page): string {
  const urls = (pages: readonly Page[]) => pages.map((p) => [p.url, p.linkTitle]);
  return JSON.stringify([page.url, page.ancestors, page.prevInSection, page.nextInSection, page.related, page.taxonomies, page.terms, urls(page.sections)]);
}

/** Each output's print: all it shows, so that an output whose print is unchanged need not be written again. */
function printer(renderKeys: ReadonlyMap<Page, string>, siteKey: string): (item: RenderItem) => string {
  // A list page has one output per pager: what it shows of itself is worked out once, not once per pager.
  const owns = new Map<Page, string>();
  const own = (page: Page) => {
    let key = owns.get(page);
    if (key === undefined) owns.set(page, (key = renderKeys.get(page) ?? hash(JSON.stringify([page.title, page.content, page.kind, page.state]))));
    return key;
  };
  // Prints are kept as text, not hashed: comparing two strings costs less than hashing one (14,000 of them at 10,000 posts).
  const linked = new Map<Page, string>();
  const linksOf = (page: Page) => {
    let text = linked.get(page);
    if (text === undefined) linked.set(page, (text = links(page)));
    return text;
  };
  // Hashed once: it is long (every layout file's name and time), and in every output's print.
  const site = hash(siteKey);
  return (item) => {
    const shown = listed(item).map((p) => [own(p), p.url]);
    const pager = item.pager ? [item.pager.number, item.pager.total] : [];
    return `${JSON.stringify([site, item.template, item.redirectTo, own(item.page), shown, pager])}${linksOf(item.page)}`;
  };
}

/**
 * The pages an output lists: a pager its slice; an output of a list page without one (the 404 and search pages,
 * which show the newest of `site.regularPages`, the home page's list) the whole list; a redirect none.
 */
export function listed(item: RenderItem): readonly Page[] {
  return item.pager ? item.pager.items : item.redirectTo === undefined ? item.page.pages : [];
}

export class OutputTracker {
  /** The outputs as the last build that finished wrote them. */
  #previous = new Map<string, string>();
  /** This build's, taken as written once it finishes: a build that fails (a broken layout) leaves them unwritten. */
  #next: Map<string, string> | undefined;
  /** Or, after an edit that changed only some outputs, theirs. */
  #revised: Map<string, string> | undefined;

  /**
   * Splits this build's outputs into those to write (new or changed) and the output paths that are gone.
   * `renderKeys` identify each rendered page's own content; `siteKey` everything every output shows
   * (settings, menus, layouts): when it changes, everything is written again.
   */
  changes(items: readonly RenderItem[], renderKeys: ReadonlyMap<Page, string>, siteKey: string): { write: RenderItem[]; removed: string[] } {
    const print = printer(renderKeys, siteKey);
    const current = new Map<string, string>();
    const write: RenderItem[] = [];
    for (const item of items) {
      const text = print(item);
      current.set(item.outputPath, text);
      if (this.#previous.get(item.outputPath) !== text) write.push(item);
    }
    const removed = [...this.#previous.keys()].filter((path) => !current.has(path));
    [this.#next, this.#revised] = [current, undefined];
    return { write, removed };
  }

  /** The same for an edit known to change only `items` (src/content/page-edit.ts): of those, the ones to write. */
  revise(items: readonly RenderItem[], renderKeys: ReadonlyMap<Page, string>, siteKey: string): RenderItem[] {
    const print = printer(renderKeys, siteKey);
    const revised = new Map<string, string>();
    const write = items.filter((item) => {
      const text = print(item);
      revised.set(item.outputPath, text);
      return this.#previous.get(item.outputPath) !== text;
    });
    [this.#next, this.#revised] = [undefined, revised];
    return write;
  }

  /** The build whose changes were asked last finished writing: the next one is compared with it. */
  /** Outputs removed from under the tracker (the dev server's copies of public/ files): written again by the next build. */
  forget(outputPaths: readonly string[]): void {
    for (const path of outputPaths) this.#previous.delete(path);
  }

  written(): void {
    if (this.#next) this.#previous = this.#next;
    for (const [path, text] of this.#revised ?? []) this.#previous.set(path, text);
    [this.#next, this.#revised] = [undefined, undefined];
  }
}
