// Taxonomies and their terms: which listed pages carry which tag or category.
// https://gohugo.io/content-management/taxonomies/
import type { Page, TermLink } from "../types.ts";
import { encodePath, urlize } from "./paths.ts";

/** One taxonomy: `[taxonomies] tag = "tags"` is `{ singular: "tag", plural: "tags" }`. */
export interface TaxonomyConfig {
  singular: string;
  /** Names the front matter field, the URL folder (`/tags/`) and the key of `page.taxonomies`. */
  plural: string;
}

/** Hugo's taxonomies when the settings have no `[taxonomies]` table. */
export const defaultTaxonomies: TaxonomyConfig[] = [
  { singular: "tag", plural: "tags" },
  { singular: "category", plural: "categories" },
];

/** Reads `[taxonomies]` (singular = "plural"). Missing: Hugo's defaults; an empty table: no taxonomies. */
export function readTaxonomyConfig(table: unknown): { configs: TaxonomyConfig[]; errors: string[] } {
  if (table === undefined) return { configs: defaultTaxonomies.map((c) => ({ ...c })), errors: [] };
  if (typeof table !== "object" || table === null || Array.isArray(table)) {
    return { configs: [], errors: ['taxonomies: must be a table of singular = "plural", such as tag = "tags"'] };
  }
  const configs: TaxonomyConfig[] = [];
  const errors: string[] = [];
  const singulars = new Set<string>();
  const plurals = new Set<string>();
  for (const [key, value] of Object.entries(table)) {
    // Hugo lower-cases both: `Series = "Series"` publishes /series/ and reads the `series` field.
    const singular = key.trim().toLowerCase();
    if (urlize(singular) === "" || typeof value !== "string" || urlize(value) === "") {
      errors.push(`taxonomies.${key}: both names need letters or digits, such as tag = "tags"`);
      continue;
    }
    const plural = value.trim().toLowerCase();
    if (singulars.has(singular) || plurals.has(plural)) {
      errors.push(`taxonomies.${key}: "${singulars.has(singular) ? singular : plural}" is named twice; give each taxonomy its own names`);
      continue;
    }
    singulars.add(singular);
    plurals.add(plural);
    configs.push({ singular, plural });
  }
  return { configs, errors };
}

/** A term and the pages carrying it, in Hugo's default order: one `/tags/docker/` page. */
export interface TermGroup {
  /** As written in front matter; see `groupTaxonomies` for which spelling wins. */
  name: string;
  /** Hugo's urlize of the name: "Docker", "docker" and " docker " are one term, `docker`. */
  slug: string;
  /** Site-relative, percent-encoded: `/tags/docker/`. */
  url: string;
  pages: Page[];
}

/** A taxonomy and its terms, sorted by slug: the `/tags/` page. */
export interface TaxonomyGroup {
  config: TaxonomyConfig;
  url: string;
  terms: TermGroup[];
}

/** What a page lists in a taxonomy's field; folio's `tags` and `categories`, or `params[plural]` for others. */
export function pageTerms(page: Page, plural: string): readonly string[] {
  if (plural === "tags") return page.tags;
  if (plural === "categories") return page.categories;
  const value = page.params[plural];
  if (typeof value === "string") return [value]; // Hugo reads `series = "x"` as ["x"]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * Groups `pages` (the listable regular pages, in Hugo's default order) by term, in one pass.
 * A term's name is its spelling on the page whose content path, lower-cased, sorts first,
 * the last spelling if that page has several: Hugo 0.111 names the term page from the first
 * entry of its content tree, where a page's later spelling of a term replaces its earlier one.
 * Terms are sorted by slug with the language's collation, as Hugo's `.Data.Terms.Alphabetical`.
 */
export function groupTaxonomies(
  pages: readonly Page[],
  configs: readonly TaxonomyConfig[],
  termsOf: (page: Page, plural: string) => readonly string[] = pageTerms,
  locale = "en",
): TaxonomyGroup[] {
  const collator = new Intl.Collator(locale);
  const bySlug = (a: TermGroup, b: TermGroup) => collator.compare(a.slug, b.slug) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  return configs.map((config) => {
    const base = `/${urlize(config.plural)}/`;
    const terms = new Map<string, TermGroup>();
    const namedBy = new Map<TermGroup, string>();
    for (const page of pages) {
      const treeKey = page.path.toLowerCase();
      for (const written of termsOf(page, config.plural)) {
        const slug = urlize(written);
        if (slug === "") continue; // Hugo publishes no page for a term with nothing to make a URL from
        let term = terms.get(slug);
        if (term === undefined) {
          term = { name: written.trim(), slug, url: encodePath(`${base}${slug}/`), pages: [] };
          terms.set(slug, term);
          namedBy.set(term, treeKey);
        } else if (treeKey <= (namedBy.get(term) ?? "")) {
          term.name = written.trim(); // Hugo keeps the spaces; folio trims them, which HTML shows alike
          namedBy.set(term, treeKey);
        }
        // A page's terms are read together, so a repeat on the same page is the last one pushed.
        if (term.pages.at(-1) !== page) term.pages.push(page);
      }
    }
    return { config, url: encodePath(base), terms: [...terms.values()].sort(bySlug) };
  });
}

/** The links to a taxonomy's terms by slug, with their page counts: Hugo's `.Count`. */
export function termLinks(group: TaxonomyGroup): Map<string, TermLink> {
  return new Map(group.terms.map((term) => [term.slug, { name: term.name, url: term.url, count: term.pages.length }]));
}

/**
 * Makes `page.taxonomies` for any page: every taxonomy's plural, with the page's terms as links,
 * in front matter order without repeats (Hugo's `.GetTerms`). The link maps are built once, so
 * linking every page costs one lookup per term written, linear overall.
 */
export function createTermLinker(
  groups: readonly TaxonomyGroup[],
  termsOf: (page: Page, plural: string) => readonly string[] = pageTerms,
): (page: Page) => Record<string, TermLink[]> {
  const linksByPlural = groups.map((group) => [group.config.plural, termLinks(group)] as const);
  return (page) => {
    const result: Record<string, TermLink[]> = {};
    for (const [plural, links] of linksByPlural) {
      const own = new Set<TermLink>();
      for (const written of termsOf(page, plural)) {
        const link = links.get(urlize(written));
        if (link !== undefined) own.add(link); // undefined: the term is carried only by unlisted pages
      }
      result[plural] = [...own];
    }
    return result;
  };
}
