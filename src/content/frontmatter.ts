// Splits a content file into front matter and Markdown body, as Hugo does:
// https://gohugo.io/content-management/front-matter/
import matter from "@11ty/gray-matter";
import { CORE_SCHEMA, YAMLException, loadAll } from "js-yaml";
import { parse as parseToml } from "smol-toml";
import type { ContentFile, FrontMatter, FrontMatterFormat, Position, Problem } from "../types.ts";
import { impossibleDate } from "./dates.ts";
import { keyPositions, OPENING, positions, scanJson, syntaxError, tomlDates } from "./positions.ts";
import { COLON_FOR_EQUALS } from "./toml-errors.ts";

type Delimited = "toml" | "yaml";
const DELIMITERS: Record<Delimited, string> = { toml: "+++", yaml: "---" };
const SYNTAX: Record<FrontMatterFormat, [name: string, spec: string]> = {
  toml: ["TOML", "https://toml.io/en/v1.0.0"],
  yaml: ["YAML", "https://yaml.org/spec/1.2.2/"],
  json: ["JSON", "https://www.json.org/json-en.html"],
};

// CORE_SCHEMA keeps YAML timestamps as strings for our date parser; loadAll, unlike load, accepts a
// block that is only comments.
function parseYaml(source: string): object {
  const docs = loadAll(source, { schema: CORE_SCHEMA });
  if (docs.length > 1) throw new YAMLException("the front matter holds more than one YAML document");
  return docs[0] as object;
}

// Passing options keeps gray-matter from caching every file's text (a leak over 100k pages). The
// closing delimiter includes its newline so that only a whole `+++` line can end the block.
const GRAY_MATTER = {
  toml: { language: "toml", delimiters: ["+++", "+++\n"], engines: { toml: (s: string) => parseToml(s) } },
  yaml: { language: "yaml", delimiters: ["---", "---\n"], engines: { yaml: parseYaml } },
} satisfies Record<Delimited, matter.GrayMatterOption<string, object>>;

const CLOSING: Record<Delimited, RegExp> = { toml: /^\+\+\+[ \t]*$/gm, yaml: /^---[ \t]*$/gm };
const LINE_ENDINGS = /\r\n?/g;

/** The front matter text (from line 2 for +++ and ---, so line numbers match the file) and the body. */
type Block = { source: string; body: string; bodyLine: number };
type Fail = (at: Position, message: string, hint: string) => void;

export function parseFrontMatter(file: ContentFile): { frontMatter: FrontMatter; problems: Problem[] } {
  let text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  if (text.includes("\r")) text = text.replace(LINE_ENDINGS, "\n");
  const eol = text.indexOf("\n");
  const first = (eol < 0 ? text : text.slice(0, eol)).trimEnd();
  const format = first === "+++" ? "toml" : first === "---" ? "yaml" : text[0] === "{" ? "json" : undefined;
  const problems: Problem[] = [];
  const fail: Fail = (at, message, hint) => problems.push({ severity: "error", file: file.displayPath, ...at, message, hint });

  const block: Block | undefined =
    format === undefined ? { source: "", body: text, bodyLine: 1 }
    : format === "json" ? splitJson(text)
    : splitDelimited(text, eol + 1, format);
  if (!block) {
    const end = format === "json" ? "the } that closes the { on line 1" : `a line holding only ${first}`;
    fail({ ...OPENING }, "the front matter opened on line 1 is never closed", `end it with ${end}`);
  }
  const { source, body, bodyLine } = block ?? { source: "", body: "", bodyLine: 1 };
  const data = block && format ? parseBlock(format, source, fail) : {};
  let keys: Map<string, Position> | undefined; // built on first use: most pages never ask
  const positionOf = (key: string): Position => {
    keys ??= format ? keyPositions(format, source) : new Map();
    return { ...(keys.get(key.toLowerCase()) ?? OPENING) };
  };
  return { frontMatter: { format, data, body, bodyLine, positionOf }, problems };
}

function parseBlock(format: FrontMatterFormat, source: string, fail: Fail): Record<string, unknown> {
  if (format === "toml" && !datesExist(source, fail)) return {};
  try {
    const parsed: unknown =
      format === "json"
        ? JSON.parse(source)
        : matter(`${DELIMITERS[format]}\n${source}\n${DELIMITERS[format]}\n`, GRAY_MATTER[format]).data;
    if (isTable(parsed)) return withinBounds(format, source, lowerKeys(parsed), fail);
    const hint = "write each field as key: value on a line of its own";
    fail({ line: 2, column: 1 }, "the YAML front matter is not a mapping of keys to values", hint);
  } catch (error) {
    // gray-matter hands its parser the block from the opening line's break on: the text the error is placed in.
    const [at, found] = syntaxError(format === "json" ? source : `\n${source}`, error);
    const reason = found === COLON_FOR_EQUALS ? `${found} (YAML front matter opens with ---)` : found;
    const [name, spec] = SYNTAX[format];
    fail(at, `the ${name} front matter is not valid: ${reason}`, `check the ${name} syntax: ${spec}`);
  }
  return {};
}

// JSON.parse has no depth limit, and YAML aliases can name each other into billions of values ("billion
// laughs"): data past these bounds would overflow the stack or the memory of whatever walks it later.
const MAX_DEPTH = 100;
const MAX_VALUES = 100_000;

function withinBounds(format: FrontMatterFormat, source: string, data: Record<string, unknown>, fail: Fail): Record<string, unknown> {
  let values = 0;
  for (const [key, value] of Object.entries(data)) {
    const stack: [unknown, number][] = [[value, 1]];
    while (stack.length > 0) {
      const [item, depth] = stack.pop()!;
      const reason =
        ++values > MAX_VALUES ? `it holds more than ${MAX_VALUES.toLocaleString("en")} values${format === "yaml" ? " (a YAML alias repeats all it names)" : ""}`
        : depth > MAX_DEPTH ? `it nests more than ${MAX_DEPTH} levels deep`
        : undefined;
      if (reason) {
        fail(keyPositions(format, source).get(key) ?? { ...OPENING }, `the "${key}" front matter field is too big: ${reason}`, "front matter holds a page's settings: keep data sets in files of their own");
        return {};
      }
      if (typeof item === "object" && item !== null && !(item instanceof Date)) for (const child of Object.values(item)) stack.push([child, depth + 1]);
    }
  }
  return data;
}

// smol-toml reads 2024-02-30 as March 1st, and stops at a five-digit year with a puzzling message: both are
// caught from the text. YAML and JSON dates are strings, which dates.ts checks itself.
function datesExist(source: string, fail: Fail): boolean {
  let ok = true;
  for (const date of tomlDates(source)) {
    const reason = impossibleDate(date.year, date.month, date.day);
    if (reason === undefined) continue;
    fail(date.at, `the date ${date.text} does not exist: ${reason}`, "write a date that is on the calendar, such as 2024-11-30");
    ok = false;
  }
  return ok;
}

// Found here rather than by gray-matter, which takes an unclosed block as all front matter and any
// line starting with the delimiter (`+++x`) as its end.
function splitDelimited(text: string, open: number, format: Delimited): Block | undefined {
  const closing = CLOSING[format];
  closing.lastIndex = open;
  const found = open > 0 ? closing.exec(text) : null;
  if (!found) return undefined;
  const source = text.slice(open, Math.max(open, found.index - 1));
  return { source, body: text.slice(found.index + found[0].length + 1), bodyLine: positions(text)(found.index).line + 1 };
}

// Hugo's JSON front matter is an object at the very start of the file; the body follows its closing brace.
function splitJson(text: string): Block | undefined {
  const end = scanJson(text);
  const start = text[end] === "\n" ? end + 1 : end;
  return end < 0 ? undefined : { source: text.slice(0, end), body: text.slice(start), bodyLine: positions(text)(start).line };
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// Hugo's keys are case-insensitive at the top level and in `params`. fromEntries defines own
// properties, so a `__proto__` key stays data.
function lowerKeys(table: Record<string, unknown>, withParams = true): Record<string, unknown> {
  const lowered = Object.fromEntries(Object.entries(table).map(([key, value]) => [key.toLowerCase(), value]));
  return withParams && isTable(lowered.params) ? { ...lowered, params: lowerKeys(lowered.params, false) } : lowered;
}
