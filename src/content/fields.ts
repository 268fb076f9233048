// Types Hugo's front matter fields, folds their aliases and applies its date fallbacks:
// https://gohugo.io/content-management/front-matter/#fields
import { parseDate } from "./dates.ts";
import type { BuildOptions, FrontMatter, FrontMatterFormat, PageMeta, Problem } from "../types.ts";

type Kind = "string" | "date" | "boolean" | "strings" | "integer" | "table" | "build" | "cascade" | "any";
type DateField = "date" | "publishDate" | "expiryDate" | "lastmod";

/** Known keys as front matter gives them (lower-cased), the field each fills and its type; aliases follow their field. */
const FIELDS: ReadonlyArray<readonly [key: string, field: keyof PageMeta, kind: Kind]> = [
  ["title", "title", "string"],
  ["linktitle", "linkTitle", "string"],
  ["description", "description", "string"],
  ["summary", "summary", "string"],
  ["slug", "slug", "string"],
  ["url", "url", "string"],
  ["layout", "layout", "string"],
  ["type", "type", "string"],
  ["date", "date", "date"],
  ["publishdate", "publishDate", "date"],
  ["pubdate", "publishDate", "date"],
  ["published", "publishDate", "date"],
  ["expirydate", "expiryDate", "date"],
  ["unpublishdate", "expiryDate", "date"],
  ["lastmod", "lastmod", "date"],
  ["modified", "lastmod", "date"],
  ["draft", "draft", "boolean"],
  ["tags", "tags", "strings"],
  ["categories", "categories", "strings"],
  ["aliases", "aliases", "strings"],
  ["weight", "weight", "integer"],
  ["params", "params", "table"],
  ["toc", "toc", "boolean"],
  ["headless", "headless", "boolean"],
  ["build", "build", "build"],
  ["_build", "build", "build"],
  ["cascade", "cascade", "cascade"],
  // Checked where menus are built, against the site's menus.
  ["menus", "menus", "any"],
  ["menu", "menus", "any"],
];
const BY_KEY = new Map(FIELDS.map(([key, field, kind]) => [key, { field, kind }]));

/** Hugo's default date fallbacks, first found wins: https://gohugo.io/configuration/front-matter/#dates */
const DATE_FALLBACKS: Record<DateField, readonly DateField[]> = {
  date: ["date", "publishDate", "lastmod"],
  publishDate: ["publishDate", "date"],
  lastmod: ["lastmod", "date", "publishDate"],
  expiryDate: ["expiryDate"],
};

const INVALID = Symbol("invalid");
const READERS: Record<Kind, (value: unknown, timeZone: string) => unknown> = {
  string: (v) => (typeof v === "string" ? v : INVALID),
  date: (v, timeZone) => parseDate(v, timeZone) ?? INVALID,
  boolean: (v) => (typeof v === "boolean" ? v : INVALID),
  // A single string is a list of one, as Hugo reads `tags = "go"`.
  strings: (v) => (typeof v === "string" ? [v] : Array.isArray(v) && v.every((s) => typeof s === "string") ? [...v] : INVALID),
  integer: (v) => (Number.isSafeInteger(v) ? v : INVALID),
  table: (v) => (isTable(v) ? v : INVALID),
  build: (v) => (isTable(v) ? readBuildOptions(v) : INVALID),
  // Hugo's cascade is one table, or a list of tables each with its own `_target`.
  cascade: (v) => (isTable(v) ? [v] : Array.isArray(v) && v.every(isTable) ? [...v] : INVALID),
  any: (v) => v,
};

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

const RENDER = { always: "always", never: "never", link: "link", true: "always", false: "never" } as const;
const LIST_OPTION = { always: "always", never: "never", local: "local", true: "always", false: "never" } as const;
export const defaultBuildOptions: BuildOptions = { render: "always", list: "always", publishResources: true };

/** Hugo's [build] table; booleans are the older spelling (`render = false`). Unknown values make the whole field invalid. */
function readBuildOptions(table: Record<string, unknown>): BuildOptions | typeof INVALID {
  const options = { ...defaultBuildOptions };
  for (const [key, value] of Object.entries(table)) {
    const name = key.toLowerCase();
    const word = String(value) as keyof typeof RENDER & keyof typeof LIST_OPTION;
    if (name === "render" && (typeof value === "string" || typeof value === "boolean") && word in RENDER) options.render = RENDER[word];
    else if (name === "list" && (typeof value === "string" || typeof value === "boolean") && word in LIST_OPTION) options.list = LIST_OPTION[word];
    else if (name === "publishresources" && typeof value === "boolean") options.publishResources = value;
    else return INVALID;
  }
  return options;
}

const EXPECTED: Record<Kind, string> = {
  string: "a string",
  date: "a date",
  boolean: "a boolean",
  strings: "a list of strings",
  integer: "a whole number",
  table: "a table of keys and values",
  build: 'a table of build options (render = "always", "never" or "link"; list = "always", "never" or "local"; publishResources = true or false)',
  cascade: "a table, or a list of tables",
  any: "usable",
};

/** `key = value` in the file's own syntax, for hints. */
const ASSIGN: Record<FrontMatterFormat, (key: string, value: string) => string> = {
  toml: (key, value) => `${key} = ${value}`,
  yaml: (key, value) => `${key}: ${value}`,
  json: (key, value) => `"${key}": ${value}`,
};
const LIST = { toml: '["a", "b"]', yaml: "[a, b]", json: '["a", "b"]' };
const TABLE = { toml: '{ key = "value" }', yaml: "{ key: value }", json: '{ "key": "value" }' };
const HINTS: Record<Kind, (key: string, format: FrontMatterFormat) => string> = {
  string: (key, format) => `put the text in quotes, such as ${ASSIGN[format](key, '"Text"')}`,
  date: (_, format) =>
    format === "json"
      ? 'write it as a string such as "2024-11-30" or "2024-11-30T10:13:16+07:00"'
      : `write it as a ${format === "toml" ? "TOML " : ""}date such as 2024-11-30 or 2024-11-30T10:13:16+07:00`,
  boolean: (key, format) => `write ${ASSIGN[format](key, "true")} or ${ASSIGN[format](key, "false")}, without quotes`,
  strings: (key, format) => `write it as a list of strings, such as ${ASSIGN[format](key, LIST[format])}`,
  integer: (key, format) => `write it as a whole number without quotes, such as ${ASSIGN[format](key, "10")}`,
  table: (key, format) => `write it as a table, such as ${ASSIGN[format](key, TABLE[format])}`,
  build: () => "see https://gohugo.io/content-management/build-options/",
  cascade: () => "see https://gohugo.io/content-management/front-matter/#cascade",
  any: () => "",
};

/** The metadata of a page whose front matter says nothing. */
export function emptyPageMeta(): PageMeta {
  return {
    title: undefined, linkTitle: undefined, description: undefined, summary: undefined, slug: undefined, url: undefined,
    date: undefined, publishDate: undefined, expiryDate: undefined, lastmod: undefined,
    layout: undefined, type: undefined, draft: false, tags: [], categories: [], aliases: [], weight: 0, params: {},
    toc: false, headless: false, build: defaultBuildOptions, cascade: [], menus: undefined,
  };
}

/** Reads a page's typed metadata out of its front matter; every ill-typed field is one problem. */
export function readPageMeta(fm: FrontMatter, ctx: { file: string; timeZone: string }): { meta: PageMeta; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid = new Map<string, unknown>();
  const unknown: [string, unknown][] = [];
  for (const [key, value] of Object.entries(fm.data)) {
    const known = BY_KEY.get(key);
    if (!known) {
      unknown.push([key, value]);
      continue;
    }
    // Hugo skips an empty value (YAML `date:`, `date = ""`) as if the field were not there.
    if (value === null || value === undefined || (known.kind === "date" && value === "")) continue;
    const read = READERS[known.kind](value, ctx.timeZone);
    if (read !== INVALID) {
      valid.set(key, read);
      continue;
    }
    // The canonical name when the author wrote it (in any case); an alias as written, so they can find it.
    const name = key === known.field.toLowerCase() ? known.field : key;
    problems.push({
      severity: "error",
      file: ctx.file,
      ...fm.positionOf(key),
      message: `the "${name}" front matter field is not ${EXPECTED[known.kind]}`,
      hint: HINTS[known.kind](name, fm.format ?? "toml"),
      field: name,
    });
  }

  // Fold aliases into their field in table order, so `publishDate` wins over `pubdate`.
  const folded: Partial<Record<keyof PageMeta, unknown>> = {};
  for (const [key, field] of FIELDS) if (valid.has(key)) folded[field] ??= valid.get(key);
  const fallback = (field: DateField) => DATE_FALLBACKS[field].map((f) => folded[f] as Date | undefined).find(Boolean);

  const meta: PageMeta = {
    ...emptyPageMeta(),
    ...(folded as Partial<PageMeta>),
    date: fallback("date"),
    publishDate: fallback("publishDate"),
    expiryDate: fallback("expiryDate"),
    lastmod: fallback("lastmod"),
    // Hugo's .Params: every key folio does not know, with the [params] table's keys over them.
    params: { ...Object.fromEntries(unknown), ...(folded.params as Record<string, unknown> | undefined) },
  };
  return { meta, problems };
}
