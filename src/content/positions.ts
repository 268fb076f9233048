// Where things are in a front matter or settings text: key positions and syntax-error positions,
// so that every message can name a line and column.
import { YAMLException } from "js-yaml";
import { TomlError } from "smol-toml";
import type { FrontMatterFormat, Position } from "../types.ts";
import { tomlSyntaxError } from "./toml-errors.ts";
import { yamlSyntaxError } from "./yaml-errors.ts";

export const OPENING: Position = { line: 1, column: 1 };
const JSON_COLON = /[ \t\n]*:[ \t\n]*/y;
const JSON_POSITION = /at position (\d+)/;
const JSON_NOISE = /(?:, (?:\.\.\.)?".*" is not valid JSON| in JSON at position \d+.*)$/s;
const TOML_TABLE = /^\s*\[/;
const TOML_HEADER = /^(\s*\[\[?\s*)("[^"]*"|'[^']*'|[\w-]+)/;
const CONTROL = /[\n\r\t]/g;
const TOML_KEY = /^[ \t]*("[^"]*"|'[^']*'|[\w-]+)[ \t]*(?:\.[^=]*)?=[ \t]*/;
const YAML_KEY = /^("[^"]*"|'[^']*'|[^\s#'"-][^:#]*?)[ \t]*:(?:[ \t]+|$)/;
const QUOTED = /^(["'])(.*)\1$/;

/** Returns the end of the JSON object at the start of `text` (-1 if never closed), reporting top-level keys. */
export function scanJson(text: string, onKey?: (key: string, valueAt: Position) => void): number {
  const at = onKey && positions(text);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      JSON_COLON.lastIndex = i + 1;
      if (at && depth === 1 && JSON_COLON.test(text)) onKey!(text.slice(start + 1, i).toLowerCase(), at(JSON_COLON.lastIndex));
    } else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && --depth === 0) return i + 1;
  }
  return -1;
}

/** A date value written in a TOML text (`2024-02-30`, or the date of a date-time), and where. */
export interface DateLiteral {
  text: string;
  year: string;
  month: number;
  day: number;
  at: Position;
}

// Only a text holding a day past the 28th or a long year is worth a scan: most front matter is skipped at once.
const SUSPECT_DATE = /\d{5,}-\d\d-\d\d|\d{4}-\d\d-(?:29|3[01])/;
const DATE_LITERAL = /(\d{4,})-(\d\d)-(\d\d)/y;
const KEY_FOLLOWS = /[ \t]*[=.]/y;
const WORD_BEFORE = /[\w.:+-]/;

/**
 * The date values of a TOML text, skipping strings, comments, keys and `[table]` headers; `firstLine` is the
 * file line the text starts on (2 after a `+++`). Scans only a text that could hold an impossible date.
 */
export function tomlDates(source: string, firstLine = 2): DateLiteral[] {
  if (!SUSPECT_DATE.test(source)) return [];
  const found: DateLiteral[] = [];
  const at = positions(source);
  let depth = 0; // of the [ and { of values: a [ that starts a line outside them is a table header
  let lineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\n") lineStart = true;
    if (c === "\n" || c === " " || c === "\t") continue;
    const startsLine = lineStart;
    lineStart = false;
    if (c === "#" || (c === "[" && startsLine && depth === 0)) i = endOfLine(source, i);
    else if (c === '"' || c === "'") i = endOfString(source, i);
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
    else if (c >= "0" && c <= "9" && !WORD_BEFORE.test(source[i - 1] ?? "")) {
      DATE_LITERAL.lastIndex = i;
      const date = DATE_LITERAL.exec(source);
      if (!date) continue;
      KEY_FOLLOWS.lastIndex = i + date[0].length;
      if (!KEY_FOLLOWS.test(source)) {
        const { line, column } = at(i);
        found.push({ text: date[0], year: date[1]!, month: Number(date[2]), day: Number(date[3]), at: { line: line + firstLine - 1, column } });
      }
      i += date[0].length - 1;
    }
  }
  return found;
}

/** The offset just before the line's end, so that the scan sees the newline. */
function endOfLine(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return (nl < 0 ? text.length : nl) - 1;
}

/** The offset of a TOML string's closing quote: basic or literal, on one line or three-quoted over many. */
function endOfString(text: string, from: number): number {
  const quote = text[from]!;
  const triple = text.startsWith(quote.repeat(3), from);
  for (let j = from + (triple ? 3 : 1); j < text.length; j++) {
    if (text[j] === "\\" && quote === '"') j++;
    else if (!triple && text[j] === quote) return j;
    else if (!triple && text[j] === "\n") return j - 1; // not closed: the newline still ends the line
    else if (triple && text.startsWith(quote.repeat(3), j)) {
      let end = j + 3;
      while (end < j + 5 && text[end] === quote) end++; // up to two quotes may end the string's own text
      return end - 1;
    }
  }
  return text.length;
}

/** Maps offsets to positions; offsets must come in increasing order, so that a whole scan stays linear. */
export function positions(text: string): (offset: number) => Position {
  let [line, lineStart] = [1, 0];
  return (offset) => {
    for (let nl = text.indexOf("\n", lineStart); nl >= 0 && nl < offset; nl = text.indexOf("\n", lineStart)) {
      [line, lineStart] = [line + 1, nl + 1];
    }
    return { line, column: offset - lineStart + 1 };
  };
}

export function syntaxError(source: string, error: unknown): [Position, string] {
  if (error instanceof TomlError) return tomlSyntaxError(source, error);
  if (error instanceof YAMLException) return yamlSyntaxError(source, error);
  // What is left comes from JSON.parse. V8 quotes the offending character as is, even a newline.
  const message = (error as Error).message;
  const reason = message.replace(JSON_NOISE, "").replace(CONTROL, (c) => JSON.stringify(c).slice(1, -1));
  return [positions(source)(jsonErrorOffset(source, message)), reason.charAt(0).toLowerCase() + reason.slice(1)];
}

// Node 20 names no position for an unexpected token; it ends the shortest prefix that fails before its end.
function jsonErrorOffset(json: string, message: string): number {
  const found = JSON_POSITION.exec(message);
  if (found) return Number(found[1]);
  const failsBefore = (length: number): boolean => {
    try {
      JSON.parse(json.slice(0, length));
      return false;
    } catch (error) {
      const at = JSON_POSITION.exec((error as Error).message);
      return at ? Number(at[1]) < length : !(error as Error).message.startsWith("Unexpected end");
    }
  };
  let [low, high] = [1, json.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (failsBefore(mid)) high = mid;
    else low = mid + 1;
  }
  return high - 1;
}

// Where each top-level key's value starts (`firstLine`: the file line `source` starts on, 2 after a `+++`); the last of two keys wins, as in the data. TOML keys are
// those before the first [table] header, and a table's own name where its first header names it; YAML's
// those at column 1 (a line inside a multi-line string can pass for one).
export function keyPositions(format: FrontMatterFormat, source: string, firstLine = 2): Map<string, Position> {
  const keys = new Map<string, Position>();
  if (format === "json") scanJson(source, (key, at) => keys.set(key, at));
  const lines = format === "json" ? [] : source.split("\n"); // JSON keys came from the scan above
  let inTables = false;
  for (let i = 0; i < lines.length; i++) {
    if (format === "toml" && TOML_TABLE.test(lines[i]!)) {
      inTables = true;
      const header = TOML_HEADER.exec(lines[i]!);
      const name = header?.[2]!.replace(QUOTED, "$2").toLowerCase();
      if (name !== undefined && !keys.has(name)) keys.set(name, { line: i + firstLine, column: header![1]!.length + 1 });
    }
    if (inTables) continue;
    const found = (format === "toml" ? TOML_KEY : YAML_KEY).exec(lines[i]!);
    // A value on the lines below (a YAML list) is shown by its key.
    const column = found && found[0].length < lines[i]!.length ? found[0].length + 1 : 1;
    if (found) keys.set(found[1]!.replace(QUOTED, "$2").toLowerCase(), { line: i + firstLine, column });
  }
  return keys;
}
