// The section tree: which section a page belongs to, what each list shows, breadcrumbs and neighbours.
// https://gohugo.io/content-management/sections/
import type { Page, PageLink } from "../types.ts";
import { byDefaultOrder } from "./order.ts";
import { splitPath } from "./paths.ts";

const links = new WeakMap<Page, PageLink>();

/**
 * A link to `page`: one object a page, shared by every page that links to it, while the page's title and URL
 * stay as they were. The site crosses to the writing threads serialized, which writes a shared object once:
 * a page's link on five related lists, two neighbours and the breadcrumbs below it was 2.5 MB of the 8.9 MB
 * serialized at 4,000 posts. A retitled page's links are all updated at once (page-edit.ts, `linksTo`).
 */
export function linkOf(page: Page): PageLink {
  const known = links.get(page);
  if (known && known.title === page.title && known.linkTitle === page.linkTitle && known.url === page.url) return known;
  const link = { title: page.title, linkTitle: page.linkTitle, url: page.url };
  links.set(page, link);
  return link;
}

/** The folder a page or section hangs from: a bundle's own folder is the page, so its parent is one up. */
function ownFolder(page: Page): string {
  const { dir, name } = splitPath(page.path);
  if (page.kind === "section") return splitPath(dir).dir;
  return page.kind === "page" && /^index\.(md|markdown)$/i.test(name) ? splitPath(dir).dir : dir;
}

/** The nearest folder at or above `dir` that is a section; "" (the home page) when there is none. */
export function nearestSection(dir: string, sectionDirs: ReadonlySet<string>): string {
  while (dir !== "" && !sectionDirs.has(dir)) dir = splitPath(dir).dir;
  return dir;
}

/**
 * Fills every list page's `pages` and `sections`, and every page's `ancestors` and neighbours, in time
 * linear in the number of pages. `sections` maps a folder ("" for home) to its list page.
 */
export function linkStructure(sections: ReadonlyMap<string, Page>, regularPages: readonly Page[]): void {
  const dirs = new Set(sections.keys());
  const home = sections.get("")!;
  const parentOf = new Map<Page, Page>();

  for (const [dir, section] of sections) {
    if (dir === "") continue;
    const parent = sections.get(nearestSection(splitPath(dir).dir, dirs))!;
    parentOf.set(section, parent);
    parent.sections.push(section);
  }
  for (const page of regularPages) {
    const parent = sections.get(nearestSection(ownFolder(page), dirs))!;
    parentOf.set(page, parent);
    if (page.build.list === "never") continue;
    // Home lists every page that may be listed site-wide; a section only its own.
    if (parent !== home) parent.pages.push(page);
    if (page.build.list === "always") home.pages.push(page);
  }

  for (const list of sections.values()) {
    list.pages.sort(byDefaultOrder);
    list.sections.sort(byDefaultOrder);
  }
  // Neighbours within the section's own list (Hugo's .PrevInSection/.NextInSection): the list is newest first,
  // so "previous" is the older page, as in Hugo.
  for (const list of sections.values()) {
    const siblings = list === home ? list.pages.filter((p) => parentOf.get(p) === home) : list.pages;
    siblings.forEach((page, i) => {
      page.nextInSection = i > 0 ? linkOf(siblings[i - 1]!) : undefined;
      page.prevInSection = i + 1 < siblings.length ? linkOf(siblings[i + 1]!) : undefined;
    });
  }
  // Breadcrumbs: the parent's own trail plus the parent, memoised so deep trees stay linear.
  const trails = new Map<Page, PageLink[]>([[home, []]]);
  const trail = (page: Page): PageLink[] => {
    let known = trails.get(page);
    if (!known) {
      const parent = parentOf.get(page)!;
      known = [...trail(parent), linkOf(parent)];
      trails.set(page, known);
    }
    return known;
  };
  for (const page of [...sections.values(), ...regularPages]) page.ancestors = trail(page);
}
