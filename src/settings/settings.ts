// Site settings: one TOML file at the root, modelled on Hugo's hugo.toml.
// https://gohugo.io/configuration/all/
import { parse, TomlError } from "smol-toml";
import { isValidTimeZone } from "../content/dates.ts";
import { keyPositions, syntaxError } from "../content/positions.ts";
import { defaultPublishSettings, readPublishSettings, type PublishSettings } from "../publish/settings.ts";
import { defaultTaxonomies, readTaxonomyConfig, type TaxonomyConfig } from "../content/taxonomy.ts";
import type { Position, Problem } from "../types.ts";

export interface SiteSettings {
  /** Absolute URL of the published site, always ending in `/`. @default "/" */
  baseURL: string;
  /** @default "My folio site" */
  title: string;
  /** @default "en-us" */
  languageCode: string;
  /** IANA zone used to read front matter dates written without an offset. @default "UTC" */
  timeZone: string;
  /** Words in an automatic summary. @default 70 */
  summaryLength: number;
  buildDrafts: boolean;
  buildFuture: boolean;
  buildExpired: boolean;
  /** Pages per pager on home, section and term pages (Hugo's pagination.pagerSize). @default 10 */
  pagerSize: number;
  markup: {
    /** Let raw HTML in Markdown through (Hugo's markup.goldmark.renderer.unsafe). @default false */
    unsafe: boolean;
    /** Heading levels in tables of contents (Hugo's markup.tableOfContents). @default { startLevel: 2, endLevel: 3 } */
    tableOfContents: { startLevel: number; endLevel: number };
  };
  /** From Hugo's [taxonomies] table (singular = "plural"). @default tags and categories */
  taxonomies: TaxonomyConfig[];
  /** Hugo's [menus] table as written; read with the pages' own menu entries. */
  menus: unknown;
  /** Free-form values for layouts, as Hugo's site.Params. */
  params: Record<string, unknown>;
  /** Feeds, sitemap, robots.txt and minification (src/publish/settings.ts). */
  publish: PublishSettings;
}

export const defaultSettings: SiteSettings = {
  baseURL: "/",
  title: "My folio site",
  languageCode: "en-us",
  timeZone: "UTC",
  summaryLength: 70,
  buildDrafts: false,
  buildFuture: false,
  buildExpired: false,
  pagerSize: 10,
  markup: { unsafe: false, tableOfContents: { startLevel: 2, endLevel: 3 } },
  taxonomies: defaultTaxonomies,
  menus: undefined,
  params: {},
  publish: defaultPublishSettings,
};

type Table = Record<string, unknown>;

const isTable = (v: unknown): v is Table =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Parses and checks the settings file's text; `file` is the name messages print. */
export function readSettings(text: string, file: string): { settings: SiteSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  let raw: Table;
  text = text.replace(/^\uFEFF/, "");
  try {
    raw = lowerKeys(parse(text));
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const [at, reason] = syntaxError(text, error);
    problems.push({
      severity: "error", file, ...at,
      message: `the settings file is not valid TOML: ${reason}`,
      hint: "check the TOML syntax: https://toml.io/en/v1.0.0",
    });
    return { settings: { ...defaultSettings }, problems };
  }
  let keys: Map<string, Position> | undefined;
  const keyPosition = (key: string): Position => {
    keys ??= keyPositions("toml", text, 1);
    return keys.get(key.toLowerCase()) ?? nestedKeyPosition(text, key) ?? { line: 1, column: 1 };
  };

  const wrongType = (key: string, expected: string, hint: string) => {
    const { line, column } = keyPosition(key);
    problems.push({ severity: "error", file, line, column, field: key, message: `the "${key}" setting is not ${expected}`, hint });
  };
  const str = (key: keyof SiteSettings & string, fallback: string): string => {
    const v = raw[key.toLowerCase()];
    if (v === undefined) return fallback;
    if (typeof v === "string") return v;
    wrongType(key, "a string", `write it in quotes: ${key} = "…"`);
    return fallback;
  };
  const bool = (key: keyof SiteSettings & string): boolean => {
    const v = raw[key.toLowerCase()];
    if (v === undefined || typeof v === "boolean") return v === true;
    wrongType(key, "a boolean", `write ${key} = true or ${key} = false, without quotes`);
    return false;
  };

  const settings: SiteSettings = {
    baseURL: normaliseBaseURL(str("baseURL", defaultSettings.baseURL)),
    title: str("title", defaultSettings.title),
    languageCode: str("languageCode", defaultSettings.languageCode),
    timeZone: str("timeZone", defaultSettings.timeZone),
    summaryLength: defaultSettings.summaryLength,
    buildDrafts: bool("buildDrafts"),
    buildFuture: bool("buildFuture"),
    buildExpired: bool("buildExpired"),
    pagerSize: defaultSettings.pagerSize,
    markup: { unsafe: false, tableOfContents: { ...defaultSettings.markup.tableOfContents } },
    taxonomies: defaultTaxonomies,
    menus: raw.menus ?? raw.menu,
    params: isTable(raw.params) ? raw.params : {},
    publish: readPublishSettings(raw, wrongType),
  };

  const unsafe = markupUnsafe(raw.markup);
  if (unsafe === undefined || typeof unsafe === "boolean") settings.markup.unsafe = unsafe === true;
  else wrongType("unsafe", "a boolean", "write unsafe = true or unsafe = false under [markup], without quotes");

  if (raw.taxonomies !== undefined) {
    const { configs, errors } = readTaxonomyConfig(raw.taxonomies);
    settings.taxonomies = configs;
    for (const message of errors) problems.push({ severity: "error", file, ...keyPosition("taxonomies"), field: "taxonomies", message, hint: 'write each as singular = "plural", such as tag = "tags", under [taxonomies]' });
  }
  const wholeNumber = (value: unknown, key: string, min: number, apply: (n: number) => void, hint: string) => {
    if (value === undefined) return;
    if (Number.isInteger(value) && (value as number) >= min) apply(value as number);
    else wrongType(key, min > 0 ? "a whole number above 0" : "a whole number", hint);
  };
  // Hugo's current name is [pagination] pagerSize; older sites say paginate = 10.
  const pagination = isTable(raw.pagination) ? raw.pagination : {};
  wholeNumber(pagination.pagersize ?? raw.pagersize ?? raw.paginate, "pagerSize", 1, (n) => (settings.pagerSize = n), "write pagerSize = 10 under [pagination]");
  const toc = isTable(raw.markup) && isTable(raw.markup.tableofcontents) ? raw.markup.tableofcontents : {};
  const levels = settings.markup.tableOfContents;
  wholeNumber(toc.startlevel, "startLevel", 1, (n) => (levels.startLevel = n), "write startLevel = 2 under [markup.tableOfContents]");
  wholeNumber(toc.endlevel, "endLevel", 1, (n) => (levels.endLevel = n), "write endLevel = 3 under [markup.tableOfContents]");

  wholeNumber(raw.summarylength, "summaryLength", 0, (n) => (settings.summaryLength = n), "write a number of words, such as summaryLength = 70");
  if (!isValidTimeZone(settings.timeZone)) {
    const { line, column } = keyPosition("timeZone");
    problems.push({
      severity: "error", file, line, column, field: "timeZone",
      message: `the "timeZone" setting "${settings.timeZone}" is not a known time zone`,
      hint: 'use an IANA zone name such as "Europe/Oslo" or "UTC"',
    });
    settings.timeZone = defaultSettings.timeZone;
  }
  // Dates are written in this language: one Intl cannot read would stop the build half-way through writing it.
  if (!isLanguageTag(settings.languageCode)) {
    const { line, column } = keyPosition("languageCode");
    problems.push({
      severity: "error", file, line, column, field: "languageCode",
      message: `the "languageCode" setting ${JSON.stringify(settings.languageCode)} is not a language tag`,
      hint: 'use a BCP 47 tag such as "en-us" or "fr"',
    });
    settings.languageCode = defaultSettings.languageCode;
  }
  if (raw.params !== undefined && !isTable(raw.params)) wrongType("params", "a table", "write it as a [params] table");
  return { settings, problems };
}

function isLanguageTag(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

/** A key inside a table (`unsafe` under `[markup]`): the first line that assigns it. */
function nestedKeyPosition(text: string, key: string): Position | undefined {
  const lines = text.split("\n");
  const assigns = new RegExp(`^\\s*${key}\\s*=\\s*`, "i");
  for (let i = 0; i < lines.length; i++) {
    const found = assigns.exec(lines[i]!);
    if (found) return { line: i + 1, column: found[0].length + 1 };
  }
  return undefined;
}

/** Hugo's settings keys are case-insensitive at every level: `baseurl` is `baseURL`, `[Params]` is `[params]`. */
function lowerKeys(table: Table): Table {
  const lower = (value: unknown): unknown =>
    isTable(value) ? lowerKeys(value) : Array.isArray(value) ? value.map(lower) : value;
  return Object.fromEntries(Object.entries(table).map(([key, value]) => [key.toLowerCase(), lower(value)]));
}

/** `[markup] unsafe = true`, or Hugo's full `[markup.goldmark.renderer] unsafe = true`. */
function markupUnsafe(markup: unknown): unknown {
  if (!isTable(markup)) return undefined;
  const goldmark = isTable(markup.goldmark) && isTable(markup.goldmark.renderer) ? markup.goldmark.renderer : {};
  return markup.unsafe ?? goldmark.unsafe;
}

/** The base URL always ends in `/`, so that joining a site path to it is concatenation. */
export function normaliseBaseURL(url: string): string {
  const trimmed = url.trim();
  if (trimmed === "") return "/";
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}
