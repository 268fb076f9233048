// The site-wide links between pages: taxonomy and term pages, related pages, menus.
import type { Page, Problem, Site } from "../types.ts";
import { buildMenus } from "./menus.ts";
import { blankPage, type PageDescription } from "./page.ts";
import { encodePath, outputPathOf, urlize } from "./paths.ts";
import { relatedPages, type RelatedMemo } from "./related.ts";
import { linkOf } from "./structure.ts";
import { createTermLinker, groupTaxonomies, termLinks, type TaxonomyConfig } from "./taxonomy.ts";

export interface SiteTaxonomy {
  page: Page;
  termPages: Page[];
}

/**
 * Taxonomy pages (`/tags/`) and term pages (`/tags/docker/`) from the listable pages, and each page's term
 * links. `content/tags/_index.md` and `content/tags/docker/_index.md`, when present in `owned`, give those
 * pages their title and text, as in Hugo.
 */
export function siteTaxonomies(listable: readonly Page[], configs: readonly TaxonomyConfig[], owned: ReadonlyMap<string, Page>): SiteTaxonomy[] {
  const home = owned.get("");
  const groups = groupTaxonomies(listable, configs);
  const termsOfPage = createTermLinker(groups);
  for (const page of listable) page.taxonomies = termsOfPage(page);
  return groups.map((group) => {
    const plural = group.config.plural;
    const at = (dir: string, url: string, title: string, kind: "taxonomy" | "term") => {
      const page = owned.get(dir) ?? blankPage({ kind, dir, url, outputPath: "" }, title);
      return Object.assign(page, { kind, url, outputPath: outputPathOf(decodeURI(url)) });
    };
    const page = at(plural, group.url, capitalise(plural), "taxonomy");
    page.ancestors = home ? [linkOf(home)] : [];
    page.terms = [...termLinks(group).values()];
    // A term's own `_index.md` is found by the term's slug, whatever case its folder is written in; one
    // that no page uses still gets its (empty) term page, as in Hugo.
    const ownedTerms = new Map<string, string>();
    for (const dir of owned.keys()) {
      const [top, name, ...rest] = dir.split("/");
      if (top === plural && name !== undefined && rest.length === 0) ownedTerms.set(urlize(name), dir);
    }
    const terms = [...group.terms];
    for (const [slug, dir] of ownedTerms) {
      if (!terms.some((t) => t.slug === slug)) terms.push({ name: owned.get(dir)!.title, slug, url: encodePath(`${group.url}${slug}/`), pages: [] });
    }
    const termPages = terms.map((term) =>
      Object.assign(at(ownedTerms.get(term.slug) ?? `${plural}/${term.slug}`, term.url, term.name, "term"), {
        pages: term.pages,
        ancestors: [...page.ancestors, linkOf(page)],
      }),
    );
    return { page, termPages };
  });
}

export function siteRelated(listable: readonly Page[], memo?: RelatedMemo): void {
  for (const [page, related] of memo ? memo.related(listable) : relatedPages(listable)) page.related = related.map(linkOf);
}

/** Menus from the settings and from pages' `menu` front matter; the current page is marked by the layout. */
export function siteMenus(
  settingsMenus: unknown,
  settingsFile: string,
  pages: readonly Page[],
  descriptionOf: ReadonlyMap<Page, PageDescription>,
  resolveRef: (target: string, fromPath: string) => string | undefined,
  problems: Problem[],
): Site["menus"] {
  const byURL = new Map(pages.map((p) => [p.url, p.path]));
  const sources = pages.flatMap((page) => {
    const menus = descriptionOf.get(page)?.meta.menus;
    return menus === undefined ? [] : [{ pagePath: page.path, url: page.url, title: page.title, linkTitle: page.linkTitle, menus, weight: page.weight }];
  });
  // `pageRef = "/posts"`: a content path, or the URL of a page that has no file (a section without _index.md).
  const resolvePageRef = (ref: string) => {
    const clean = ref.replace(/^\/+|\/+$/g, "");
    const byPath = resolveRef(`/${clean}`, "");
    const url = byPath ?? encodePath(clean === "" ? "/" : `/${clean}/`);
    return byURL.has(url) ? { url, pagePath: byURL.get(url)! } : undefined;
  };
  const { menus, errors } = buildMenus(settingsMenus, sources, resolvePageRef);
  const fileOf = new Map(pages.map((p) => [p.path, p.file]));
  for (const error of errors) {
    const file = (error.pagePath && fileOf.get(error.pagePath)) || settingsFile;
    problems.push({ severity: "error", file, line: 1, column: 1, message: error.message, hint: "see https://gohugo.io/content-management/menus/", ...(error.field ? { field: error.field } : {}) });
  }
  return menus;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
