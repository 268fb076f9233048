// The dev server's most common edit, a post's text changed below its front matter, rebuilt without putting
// the site together again: the page is rendered alone and its new body put into the site's page, in place.
// Its URL, lists, terms, related pages and menus are what its front matter says, and that did not change.
import { isDeepStrictEqual } from "node:util";
import type { ContentFile, Page, Problem, Resource } from "../types.ts";
import type { PageDescription, PageReading } from "./page.ts";

/** What a page's body gives it: the only fields an edit below the front matter may change. */
const BODY_FIELDS = ["content", "summary", "truncated", "wordCount", "readingTime", "headings", "tableOfContents", "titleInBody"] as const;
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
export interface BodyEditContext {
  parse(file: ContentFile): { frontMatter: PageDescription["frontMatter"]; problems: Problem[] };
  read(file: ContentFile, frontMatter: PageDescription["frontMatter"]): { reading: PageReading; metaKey: string | undefined };
  describe(file: ContentFile, reading: PageReading): { page: PageDescription | undefined; problems: Problem[] };
  render(description: PageDescription, resources: Resource[]): { page: Page; problems: Problem[] };
  keyOf(description: PageDescription, resources: Resource[], metaKey: string | undefined): string | undefined;
  /** Keeps the page as rendered for the next full build. */
  remember(key: string, page: Page): void;
}

export interface BodyEdit {
  /** The site's page, which `apply` gives its new body. */
  page: Page;
  /** Its new render cache key. */
  key: string | undefined;
  apply(): void;
}

/** The file's text before the line its body starts on: the front matter and its delimiters, exactly. */
const head = (text: string, bodyLine: number) => {
  let end = 0;
  for (let line = 1; line < bodyLine; line++) {
    end = text.indexOf("\n", end) + 1;
    if (end === 0) return text;
  }
  return text.slice(0, end);
};

/**
 * The edit of `file`, when only its body changed and it renders without a problem: undefined for anything
 * else (front matter touched, a problem found, a field other than the body's changed), which the full build
 * handles. Nothing is changed until `apply`.
 */
export function bodyEdit(known: RenderedPage, file: ContentFile, ctx: BodyEditContext): BodyEdit | undefined {
  const before = known.description;
  if (known.page.kind !== "page" || file.path !== before.file.path) return undefined;
  const parsed = ctx.parse(file);
  const { bodyLine } = parsed.frontMatter;
  if (parsed.problems.length > 0 || bodyLine !== before.frontMatter.bodyLine || head(file.text, bodyLine) !== head(before.file.text, bodyLine)) return undefined;
  const { reading, metaKey } = ctx.read(file, parsed.frontMatter);
  const described = ctx.describe(file, reading);
  const description = described.page;
  if (described.problems.length > 0 || !description || !isDeepStrictEqual(description.state, before.state) || description.location.url !== before.location.url) return undefined;
  const rendered = ctx.render(description, known.resources);
  if (rendered.problems.length > 0) return undefined;
  const page = rendered.page;
  for (const field of Object.keys(page) as (keyof Page)[]) {
    if ((BODY_FIELDS as readonly string[]).includes(field) || LINKED_FIELDS.has(field)) continue;
    if (!isDeepStrictEqual(page[field], known.page[field])) return undefined;
  }
  const key = ctx.keyOf(description, known.resources, metaKey);
  return {
    page: known.page,
    key,
    apply() {
      const target = known.page as unknown as Record<string, unknown>;
      for (const field of BODY_FIELDS) target[field] = page[field];
      known.description = description;
      known.key = key;
      if (key) ctx.remember(key, page);
    },
  };
}
