// Menus from the site settings (`[[menus.main]]`) and page front matter (`menu = "main"`), nested and sorted.
// https://gohugo.io/content-management/menus/
import type { MenuEntry } from "../types.ts";
import { isSafeURL } from "../urls.ts";

/** What a page offers to menus. */
export interface MenuSource {
  pagePath: string;
  url: string;
  title: string;
  linkTitle: string;
  /** The page's raw front matter `menu` (or `menus`) value. */
  menus: unknown;
  weight: number;
}

export interface MenuError {
  message: string;
  /** The page whose front matter holds the mistake; undefined for the site settings. */
  pagePath?: string;
  /** Where the mistake is: `menus.main[0].weight` in the settings, `menu.main.weight` in front matter. */
  field?: string;
}

export type PageRefResolver = (ref: string) => { url: string; pagePath: string } | undefined;

type Where = { pagePath?: string; field: string };
type Fail = (where: Where, message: string) => void;

interface Placed {
  menu: string;
  entry: MenuEntry;
  parent: string | undefined;
  where: Where;
}

/** Fields an entry may have: Hugo's, less `url` and `pageRef` on a page, which is the entry's target. */
const SITE_FIELDS = ["name", "url", "pageref", "weight", "identifier", "parent"];
const PAGE_FIELDS = ["name", "weight", "identifier", "parent"];
// Hugo's fields folio does not show yet; accepted so Hugo sites build.
const IGNORED_FIELDS = new Set(["pre", "post", "title", "params"]);
const shown = (key: string) => (key === "pageref" ? "pageRef" : key);

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
// Hugo's keys are case-insensitive; menu names are too in folio (Hugo keeps `menu = "Main"` apart from `main`).
const lowerKeys = (table: Record<string, unknown>) => new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));

/** Reads every menu, reporting each mistake with its place; an entry with a mistake is left out. */
export function buildMenus(siteMenus: unknown, pages: readonly MenuSource[], resolvePageRef: PageRefResolver): { menus: Record<string, MenuEntry[]>; errors: MenuError[] } {
  const errors: MenuError[] = [];
  const placed: Placed[] = [];
  const fail: Fail = (where, message) => void errors.push({ message, ...where });

  if (siteMenus !== undefined && !isTable(siteMenus)) fail({ field: "menus" }, "must be a table of menus, such as [[menus.main]]");
  const linkTitles = new Map(pages.map((page) => [page.pagePath, page.linkTitle || page.title]));
  for (const [menu, list] of isTable(siteMenus) ? lowerKeys(siteMenus) : []) {
    if (!Array.isArray(list)) {
      fail({ field: `menus.${menu}` }, `must be a list of entries, each starting with [[menus.${menu}]]`);
      continue;
    }
    list.forEach((raw, i) => {
      const where = { field: `menus.${menu}[${i}]` };
      const fields = readFields(raw, SITE_FIELDS, where, fail);
      if (fields === undefined) return;
      if (fields.url !== undefined && !isSafeURL(fields.url)) {
        fail({ field: `${where.field}.url` }, `the url "${fields.url}" is not a link folio will write: javascript:, vbscript:, file: and data: URLs are refused`);
        return;
      }
      let target = { url: fields.url ?? "", pagePath: undefined as string | undefined };
      if (fields.pageref !== undefined) {
        if (fields.url !== undefined) fail({ field: `${where.field}.url` }, "set either url or pageRef, not both; pageRef is used");
        const page = resolvePageRef(fields.pageref);
        if (page === undefined) {
          fail({ field: `${where.field}.pageRef` }, `no page "${fields.pageref}"; name a content path such as "/posts", or use url`);
          return;
        }
        target = page;
      }
      // Hugo names a pageRef entry after its page's linkTitle when `name` is left out.
      const name = fields.name ?? (target.pagePath === undefined ? undefined : linkTitles.get(target.pagePath));
      if (name === undefined) {
        fail(where, 'needs a name, such as name = "Blog"');
        return;
      }
      // Encode what a URL cannot hold as is (spaces, accents), leaving existing %-escapes alone.
      const url = target.url.replace(/[^\x21-\x7e]+/g, (s) => encodeURI(s));
      const entry = { name, url, weight: fields.weight ?? 0, pagePath: target.pagePath, identifier: fields.identifier ?? name, children: [] };
      placed.push({ menu, entry, parent: fields.parent, where });
    });
  }

  for (const page of pages) {
    for (const { menu, raw, field } of pageMenus(page, fail)) {
      const where = { pagePath: page.pagePath, field };
      const fields = readFields(raw, PAGE_FIELDS, where, fail);
      if (fields === undefined) continue;
      const name = fields.name ?? (page.linkTitle || page.title);
      const entry = { name, url: page.url, weight: fields.weight ?? page.weight, pagePath: page.pagePath, identifier: fields.identifier ?? name, children: [] };
      placed.push({ menu, entry, parent: fields.parent, where });
    }
  }
  return { menus: nest(placed, fail), errors };
}

/** The menus a page joins: `menu = "main"`, `menu = ["main", "footer"]`, or `[menu.main]` tables of fields. */
function pageMenus(page: MenuSource, fail: Fail): { menu: string; raw: unknown; field: string }[] {
  const value = page.menus;
  const where = { pagePath: page.pagePath, field: "menu" };
  if (value === undefined || value === null) return [];
  if (isTable(value)) return [...lowerKeys(value)].map(([menu, raw]) => ({ menu, raw, field: `menu.${menu}` }));
  const names = Array.isArray(value) ? value : [value];
  const joined: { menu: string; raw: unknown; field: string }[] = [];
  names.forEach((name, i) => {
    const field = Array.isArray(value) ? `menu[${i}]` : "menu";
    if (typeof name === "string" && name.trim() !== "") joined.push({ menu: name.trim().toLowerCase(), raw: {}, field });
    else fail({ ...where, field }, 'must name a menu, as menu = "main", menu = ["main", "footer"] or [menu.main]');
  });
  return joined;
}

type Fields = Partial<Record<"name" | "url" | "pageref" | "identifier" | "parent", string>> & { weight?: number };

/** Checks an entry's table, field by field; undefined when any field is wrong. */
function readFields(raw: unknown, allowed: readonly string[], where: Where, fail: Fail): Fields | undefined {
  if (!isTable(raw)) {
    fail(where, "must be a table of fields, such as name and weight");
    return undefined;
  }
  const fields: Record<string, string | number> = {};
  let ok = true;
  const wrong = (key: string, message: string) => {
    fail({ ...where, field: `${where.field}.${shown(key)}` }, message);
    ok = false;
  };
  for (const [key, value] of lowerKeys(raw)) {
    if (IGNORED_FIELDS.has(key)) continue;
    if (!allowed.includes(key)) wrong(key, `is not a menu entry field; use ${allowed.map(shown).join(", ")}`);
    else if (key === "weight") {
      if (Number.isInteger(value)) fields[key] = value as number;
      else wrong(key, "must be a whole number, such as 10");
    } else if (typeof value === "string" && value.trim() !== "") fields[key] = value.trim();
    else wrong(key, "must be text that is not empty");
  }
  return ok ? (fields as Fields) : undefined;
}

/** Puts each entry under its parent and sorts every level; duplicates, unknown parents and cycles are errors. */
function nest(placed: readonly Placed[], fail: Fail): Record<string, MenuEntry[]> {
  const byMenu = new Map<string, Map<string, Placed>>();
  for (const item of placed) {
    const ids = byMenu.get(item.menu) ?? byMenu.set(item.menu, new Map()).get(item.menu)!;
    // Hugo keeps one of the two silently; folio asks, as the other would vanish.
    if (ids.has(item.entry.identifier)) fail(item.where, `duplicate identifier "${item.entry.identifier}" in menu "${item.menu}"; set identifier to tell the entries apart`);
    else ids.set(item.entry.identifier, item);
  }
  const menus: Record<string, MenuEntry[]> = {};
  for (const [menu, ids] of byMenu) {
    const roots: MenuEntry[] = [];
    for (const item of ids.values()) {
      if (item.parent === undefined) roots.push(item.entry);
      else if (ids.has(item.parent)) ids.get(item.parent)!.entry.children.push(item.entry);
      // Hugo makes a link-less entry named after the parent; folio asks for the parent.
      else fail({ ...item.where, field: `${item.where.field}.parent` }, `"${item.parent}" is not the identifier of an entry in menu "${menu}"`);
    }
    const reached = new Set<MenuEntry>();
    const visit = (entries: MenuEntry[]) => {
      entries.sort(byWeight);
      for (const entry of entries) reached.add(entry), visit(entry.children);
    };
    visit(roots);
    for (const item of ids.values()) {
      const inCycle = item.parent !== undefined && ids.has(item.parent) && !reached.has(item.entry);
      if (inCycle) fail({ ...item.where, field: `${item.where.field}.parent` }, `"${item.parent}" never reaches the top of menu "${menu}": its parents form a cycle, one of which needs no parent`);
    }
    menus[menu] = roots;
  }
  return menus;
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Hugo's order: weight, with 0 (unweighted) after every weighted entry; then name, case-insensitive; then identifier.
function byWeight(a: MenuEntry, b: MenuEntry): number {
  const weight = (w: number) => (w === 0 ? Number.POSITIVE_INFINITY : w);
  return weight(a.weight) - weight(b.weight) || text(a.name.toLowerCase(), b.name.toLowerCase()) || text(a.name, b.name) || text(a.identifier, b.identifier);
}
