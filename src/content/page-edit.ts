// The dev server's most common edits, a post's text or its title changed and nothing else, rebuilt without
// putting the site together again: the page is rendered alone and its new fields put into the site's page, in
// place. Its URL, lists, terms, related pages and menus are what its front matter says, and that did not change.
import { isDeepStrictEqual } from "node:util";
import type { ContentFile, MenuEntry, Page, PageLink, PageMeta, Problem, Resource } from "../types.ts";
import { byDefaultOrder } from "./order.ts";
import type { PageDescription, PageReading } from "./page.ts";

/** What a page's body gives it. */
const BODY_FIELDS = ["content", "summary", "truncated", "wordCount", "readingTime", "headings", "tableOfContents", "titleInBody"] as const;
/** What the front matter may change besides: what the page shows, not where it sits. Lists and links show the titles too. */
const SHOWN_FIELDS = ["title", "linkTitle", "description"] as const;
/** The front matter that sets only those. */
const SHOWN_META = new Set<keyof PageMeta>(["title", "linkTitle", "description", "summary"]);
/** What the site fills in after rendering (render-cache.ts), left as the site has them. */
const LINKED_FIELDS = new Set(["pages", "sections", "ancestors", "related", "terms", "taxonomies", "prevInSection", "nextInSection", "feedURL"]);

/** A regular page as the last build rendered it. */
export interface RenderedPage {
  description: PageDescription;
  resources: Resource[];
  /** The site's page: linked to the rest of the site, shown by its lists. */
  page: Page;
  /** Its render cache key, when there is a cache. */
  key: string | undefined;
}

/** How the site renders one page, as assembleSite does (site.ts). */
export interface PageEditContext {
  parse(file: ContentFile): { frontMatter: PageDescription["frontMatter"]; problems: Problem[] };
  read(file: ContentFile, frontMatter: PageDescription["frontMatter"]): { reading: PageReading; metaKey: string | undefined };
  describe(file: ContentFile, reading: PageReading): { page: PageDescription | undefined; problems: Problem[] };
  render(description: PageDescription, resources: Resource[]): { page: Page; problems: Problem[] };
  keyOf(description: PageDescription, resources: Resource[], metaKey: string | undefined): string | undefined;
  /** Keeps the page as rendered for the next full build. */
  remember(key: string, page: Page): void;
}

export interface PageEdit {
  /** The site's page, which `apply` gives its new fields. */
  page: Page;
  /** Its new render cache key. */
  key: string | undefined;
  /** Its title or link title as it will be, when either changed: the links to it show them. */
  retitled: Pick<Page, "title" | "linkTitle"> | undefined;
  apply(): void;
}

/**
 * The edit of `file`, when it changed only the page's body, title, link title, description or summary, and it
 * renders without a problem: undefined for anything else (a date, a term, a problem found), which the full
 * build handles. Nothing is changed until `apply`.
 */
export function pageEdit(known: RenderedPage, file: ContentFile, ctx: PageEditContext): PageEdit | undefined {
  const before = known.description;
  if (known.page.kind !== "page" || file.path !== before.file.path) return undefined;
  const parsed = ctx.parse(file);
  if (parsed.problems.length > 0) return undefined;
  const { reading, metaKey } = ctx.read(file, parsed.frontMatter);
  const described = ctx.describe(file, reading);
  const description = described.page;
  if (described.problems.length > 0 || !description || !isDeepStrictEqual(description.state, before.state) || description.location.url !== before.location.url) return undefined;
  // Every field read from the front matter (menus and cascade too, which no page field shows), but the shown ones.
  for (const field of new Set([...Object.keys(description.meta), ...Object.keys(before.meta)]) as Set<keyof PageMeta>) {
    if (!SHOWN_META.has(field) && !isDeepStrictEqual(description.meta[field], before.meta[field])) return undefined;
  }
  const rendered = ctx.render(description, known.resources);
  if (rendered.problems.length > 0) return undefined;
  const page = rendered.page;
  const changes = (field: string) => (BODY_FIELDS as readonly string[]).includes(field) || (SHOWN_FIELDS as readonly string[]).includes(field) || LINKED_FIELDS.has(field);
  for (const field of Object.keys(page) as (keyof Page)[]) {
    if (!changes(field) && !isDeepStrictEqual(page[field], known.page[field])) return undefined;
  }
  const key = ctx.keyOf(description, known.resources, metaKey);
  const retitled = page.title !== known.page.title || page.linkTitle !== known.page.linkTitle;
  return {
    page: known.page,
    key,
    retitled: retitled ? { title: page.title, linkTitle: page.linkTitle } : undefined,
    apply() {
      const target = known.page as unknown as Record<string, unknown>;
      for (const field of [...BODY_FIELDS, ...SHOWN_FIELDS]) target[field] = page[field];
      known.description = description;
      known.key = key;
      if (key) ctx.remember(key, page);
    },
  };
}

/**
 * Whether `page`, given `linkTitle`, keeps its place among `pages` in Hugo's default order, and so in every list
 * and in the related pages' ranking: the link title only breaks ties of weight and date.
 */
export function keepsOrder(pages: readonly Page[], page: Page, linkTitle: string): boolean {
  const moved = { ...page, linkTitle };
  return pages.every((other) => other === page || Math.sign(byDefaultOrder(page, other)) === Math.sign(byDefaultOrder(moved, other)));
}

/** The links to `page` that other pages hold (neighbours, related pages), and those pages: the links show its title. */
export function linksTo(pages: readonly Page[], page: Page): { holders: Page[]; links: PageLink[] } {
  const holders: Page[] = [];
  const links: PageLink[] = [];
  for (const other of pages) {
    const held = [other.prevInSection, other.nextInSection, ...other.related].filter((link) => link?.url === page.url) as PageLink[];
    if (held.length === 0) continue;
    holders.push(other);
    links.push(...held);
  }
  return { holders, links };
}

/** Whether a menu has an entry for `page`: one named after it shows its title on every page. */
export function inMenus(menus: Record<string, MenuEntry[]>, page: Page): boolean {
  const has = (entries: readonly MenuEntry[]): boolean => entries.some((entry) => entry.pagePath === page.path || entry.url === page.url || has(entry.children));
  return Object.values(menus).some(has);
}
