// Every writing thread gets the whole site, but the pages' rendered bodies (three quarters of its bytes) cross
// once, in one shared buffer, instead of once per thread: each thread decodes a body only when a layout reads
// it, which for most pages means on the one thread that writes them. A site of 4,000 posts sends 13 MB a
// thread instead of 50, and the threads do not each hold every body.
import type { Page } from "../types.ts";

/** Where a page's body sits in the shared buffer while it crosses: [start, end) in bytes. */
const AT = "__folioContentAt";

type Lent = Page & { [AT]?: [number, number] };

/** What crosses with the site: the buffer, and the pages whose bodies are in it (the same objects as the site's, once copied in one message). */
export interface LentContent {
  buffer: SharedArrayBuffer;
  pages: Page[];
}

/**
 * Moves the `content` of each page into one shared buffer and leaves its place in the page; `restore` gives
 * the pages their bodies back, read from the buffer as on the threads, so this thread lets the strings go too.
 * Call `restore` right after posting: a message is copied when it is posted. A page not given keeps its body
 * and crosses with it, as any page did before.
 */
export function lendContent(pages: Iterable<Page>): LentContent & { restore(): void } {
  const lent: [Lent, string][] = [];
  let size = 0;
  for (const page of new Set(pages)) {
    if (typeof page.content !== "string" || page.content === "") continue;
    lent.push([page, page.content]);
    size += Buffer.byteLength(page.content);
  }
  const buffer = new SharedArrayBuffer(size);
  const bytes = Buffer.from(buffer);
  let at = 0;
  for (const [page, content] of lent) {
    const end = at + bytes.write(content, at);
    page[AT] = [at, end];
    page.content = "";
    at = end;
  }
  const content = { buffer, pages: lent.map(([page]) => page) };
  return { ...content, restore: () => borrowContent(content) };
}

/** On the thread: each page lent gets its `content` back, read from the buffer whenever it is asked for. */
export function borrowContent({ buffer, pages }: LentContent): void {
  const bytes = Buffer.from(buffer);
  for (const page of pages as Lent[]) {
    const at = page[AT];
    if (!at) continue;
    delete page[AT];
    Object.defineProperty(page, "content", {
      configurable: true,
      enumerable: true,
      // Decoded at each read (a few microseconds), not kept: a thread holding every body it wrote would hold
      // half the site's by the end.
      get() {
        return bytes.toString("utf8", at[0], at[1]);
      },
      set(value: string) {
        Object.defineProperty(page, "content", { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}

/** The pages of the outputs and the lists that show them: the ones whose bodies are lent. */
export function* outputPages(outputs: Iterable<{ page: Page }>): Generator<Page> {
  const listed = new Set<Page>(); // a list's pagers share its page: its pages are looked at once
  for (const { page } of outputs) {
    yield page;
    if (listed.has(page)) continue;
    listed.add(page);
    yield* page.pages;
  }
}
