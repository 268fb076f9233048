// Every writing thread gets the whole site, but the pages' rendered bodies (three quarters of its bytes) cross
// once, in shared buffers, instead of once per thread: each thread decodes a body only when a layout reads
// it, which for most pages means on the one thread that writes them. A site of 4,000 posts sends 13 MB a
// thread instead of 50, and the threads do not each hold every body. The render threads write the bodies
// into those buffers as they render them, so the main thread neither holds nor encodes them. A page's summary
// and table of contents, made from its body, cross the same way: serialized with the rest of the site, they
// were a third of its bytes (4.6 of 13.3 MB at 4,000 posts).
import type { Page } from "../types.ts";

/** The page fields whose text may sit in a shared buffer. */
export const SHARED_FIELDS = ["content", "summary", "tableOfContents"] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

/** Where a lent page's texts sit while they cross: for each field, the index of its buffer among those sent, and [start, end) in bytes. */
const AT = "__folioContentAt";

type Lent = Page & { [AT]?: Partial<Record<SharedField, [number, number, number]>> };

/** A text in a shared buffer: the buffer, and [start, end) in bytes. */
export type BodyAt = [buffer: SharedArrayBuffer, start: number, end: number];

/** Page fields read from a shared buffer, with where: lent again, such a text is not copied. */
const texts = new WeakMap<Page, Partial<Record<SharedField, BodyAt>>>();

/** What crosses with the site: the buffers, and the pages whose texts are in them (the same objects as the site's, once copied in one message). */
export interface LentContent {
  buffers: SharedArrayBuffer[];
  pages: Page[];
}

/**
 * Moves the shared fields of each page into shared buffers and leaves their places in the page; `restore` gives
 * the pages their texts back, read from the buffers as on the threads, so this thread lets the strings go too.
 * A text the render threads wrote into a buffer already (`keepText`) is not copied again: that buffer is sent.
 * Call `restore` right after posting: a message is copied when it is posted. A page not given keeps its texts
 * and crosses with them, as any page did before.
 */
export function lendContent(pages: Iterable<Page>): LentContent & { restore(): void } {
  const buffers: SharedArrayBuffer[] = [];
  const indexOf = new Map<SharedArrayBuffer, number>();
  const place = (buffer: SharedArrayBuffer) => {
    let index = indexOf.get(buffer);
    if (index === undefined) indexOf.set(buffer, (index = buffers.push(buffer) - 1));
    return index;
  };
  const lent: Lent[] = [];
  const copied: [Lent, SharedField, string][] = [];
  let size = 0;
  for (const page of new Set(pages) as Set<Lent>) {
    const kept = texts.get(page);
    const at: Partial<Record<SharedField, [number, number, number]>> = {};
    let any = false;
    for (const field of SHARED_FIELDS) {
      const text = kept?.[field];
      if (text) {
        at[field] = [place(text[0]), text[1], text[2]];
        any = true;
      } else if (typeof page[field] === "string" && page[field] !== "") {
        copied.push([page, field, page[field]]);
        size += Buffer.byteLength(page[field]);
        any = true;
      }
    }
    if (!any) continue;
    page[AT] = at;
    lent.push(page);
  }
  if (copied.length > 0) {
    const buffer = new SharedArrayBuffer(size);
    const bytes = Buffer.from(buffer);
    const index = place(buffer);
    let at = 0;
    for (const [page, field, text] of copied) {
      const end = at + bytes.write(text, at);
      page[AT]![field] = [index, at, end];
      at = end;
    }
  }
  for (const page of lent) for (const field of Object.keys(page[AT]!) as SharedField[]) page[field] = "";
  const content = { buffers, pages: lent };
  return { ...content, restore: () => borrowContent(content) };
}

/** On the thread: each page lent gets its texts back, read from the buffers whenever they are asked for. */
export function borrowContent({ buffers, pages }: LentContent): void {
  for (const page of pages as Lent[]) {
    const at = page[AT];
    if (!at) continue;
    delete page[AT];
    for (const [field, [index, start, end]] of Object.entries(at) as [SharedField, [number, number, number]][]) keepText(page, field, [buffers[index]!, start, end]);
  }
}

const views = new WeakMap<SharedArrayBuffer, Buffer>();

/**
 * Gives `page` a `field` read from a shared buffer. A body is decoded at each read (a few microseconds), not
 * kept, so a thread holding every body it wrote does not hold half the site's, nor the main thread every body
 * rendered; a summary or table of contents, small and read on every list that shows the page, is kept once
 * decoded (decoded at each read, they cost the writing threads 0.15 s at 4,000 posts). Setting the field makes
 * it a plain string again.
 */
export function keepText(page: Page, field: SharedField, text: BodyAt): void {
  const [buffer, start, end] = text;
  let bytes = views.get(buffer);
  if (!bytes) views.set(buffer, (bytes = Buffer.from(buffer)));
  const view = bytes;
  let kept = texts.get(page);
  if (!kept) texts.set(page, (kept = {}));
  kept[field] = text;
  let decoded: string | undefined;
  const keep = field !== "content";
  Object.defineProperty(page, field, {
    configurable: true,
    enumerable: true,
    get() {
      if (!keep) return view.toString("utf8", start, end);
      return (decoded ??= view.toString("utf8", start, end));
    },
    set(value: string) {
      delete texts.get(page)?.[field];
      Object.defineProperty(page, field, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

/** Chunks a thread writes bodies into, as it renders: a body that does not fit starts a new one. */
const CHUNK = 1 << 20;

/**
 * A body as it crosses from a render thread: its buffer's name and the buffer, and [start, end) in it. A buffer
 * posted in many messages arrives as as many objects; the name makes them one again (`BodyBuffers`).
 */
export type SentBody = [name: string, buffer: SharedArrayBuffer, start: number, end: number];

/** Writes bodies into shared buffers on the thread that renders them, so that they cross as bytes, once, and no thread encodes them again. */
export class BodyWriter {
  #name: string;
  #count = 0;
  #buffer: SharedArrayBuffer | undefined;
  #bytes: Buffer | undefined;
  #at = 0;

  /** `name` tells this writer's buffers from other threads'. */
  constructor(name: string) {
    this.#name = name;
  }

  put(text: string): SentBody {
    const length = Buffer.byteLength(text);
    if (!this.#buffer || this.#at + length > this.#buffer.byteLength) {
      this.#buffer = new SharedArrayBuffer(Math.max(CHUNK, length));
      this.#bytes = Buffer.from(this.#buffer);
      this.#at = 0;
      this.#count++;
    }
    const start = this.#at;
    this.#at += this.#bytes!.write(text, start);
    return [`${this.#name}:${this.#count}`, this.#buffer, start, this.#at];
  }
}

/** On the main thread: the render threads' buffers, one object each, for the pages whose texts are in them. */
export class BodyBuffers {
  #byName = new Map<string, SharedArrayBuffer>();

  /** Gives `page` the text sent for its `field`. */
  receive(page: Page, field: SharedField, [name, buffer, start, end]: SentBody): void {
    let known = this.#byName.get(name);
    if (!known) this.#byName.set(name, (known = buffer));
    keepText(page, field, [known, start, end]);
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
