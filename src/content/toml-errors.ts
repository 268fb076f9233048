// smol-toml's syntax errors in an author's words where its own describe the parser, not the mistake: a string
// left open at the end of its line is "control characters are not allowed in strings" (the line break), or
// "unfinished string" on the text's last line; a key given twice is a redefined "table or value", unnamed;
// text without quotes, True, 2024-1-5, 1,000 and YAML's `key: value` are each an "invalid value" or an
// "illegal character".
import type { TomlError } from "smol-toml";
import type { Position } from "../types.ts";

const TOML_NOISE = /^Invalid TOML document: /;
const CONTROL_IN_STRING = "control characters are not allowed in strings";
const UNFINISHED = "unfinished string";
const REDEFINED = /^trying to redefine an already defined (?:table or )?value$/;
const NOT_CLOSED = 'the string is not closed on this line (a string of several lines opens and closes with """)';
/** Written `key: value`, as in YAML. */
export const COLON_FOR_EQUALS = "a key and its value are joined by = in TOML, not by :";
const MULTILINE_QUOTES = /^(?:"""|''')/;
// The key where smol-toml points, bare, quoted or dotted: `title`, `"a b".c`; in a header, after its `[`.
const KEY = /^[ \t]*((?:"[^"\n]*"|'[^'\n]*'|[\w-]+)(?:[ \t]*\.[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[\w-]+))*)/;
const IN_HEADER = /\[[ \t]*$/;
const BOOLEAN = /^(?:true|false)\b/i;
// A value that starts like a word: text without its quotes, up to the end of the value.
const UNQUOTED = /^[\p{L}_][^,\]}#\n]*/u;
const VALUE_START = /^[^=#]*=[ \t]*/;
const SHORT_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/;

/** Where a TOML text's syntax error is, and what is wrong, for a message that names the line. */
export function tomlSyntaxError(source: string, error: TomlError): [Position, string] {
  const at: Position = { line: error.line, column: error.column };
  const reason = error.message.split("\n", 1)[0]!.replace(TOML_NOISE, "");
  const line = source.split(/\r?\n/)[at.line - 1] ?? "";
  // Reported at the line break, which the string would hold: the quote that opened it is the place to look.
  if (reason === CONTROL_IN_STRING && at.column > line.length) {
    const opened = openStringAt(line);
    if (opened !== undefined) return [{ line: at.line, column: opened + 1 }, NOT_CLOSED];
  }
  // Reported at the quote that opened it.
  if (reason === UNFINISHED) return [at, MULTILINE_QUOTES.test(line.slice(at.column - 1)) ? "the string is never closed" : NOT_CLOSED];
  if (REDEFINED.test(reason)) {
    const found = KEY.exec(line.slice(at.column - 1));
    if (found) {
      const name = found[1]!.replace(/[ \t]*\.[ \t]*/g, ".");
      const what = IN_HEADER.test(line.slice(0, at.column - 1)) ? "the table" : "the key";
      return [at, `${what} ${/["']/.test(name) ? name : `"${name}"`} is defined twice`];
    }
  }
  if (reason === "invalid value") {
    const value = line.slice(at.column - 1);
    if (BOOLEAN.test(value)) return [at, `TOML writes true and false in lower case`];
    const word = UNQUOTED.exec(value)?.[0].trim();
    if (word) return [at, `text is written in quotes: ${JSON.stringify(word)}`];
  }
  if (reason === "illegal character in key" && line[at.column - 1] === ":") return [at, COLON_FOR_EQUALS];
  if (reason === "illegal character in numeric literal" || reason.startsWith("invalid date-time")) {
    const valueAt = VALUE_START.exec(line)?.[0].length;
    const date = valueAt === undefined ? null : SHORT_DATE.exec(line.slice(valueAt));
    if (date) {
      const written = `${date[1]}-${date[2]!.padStart(2, "0")}-${date[3]!.padStart(2, "0")}`;
      return [{ line: at.line, column: valueAt! + 1 }, `a date has two-digit months and days: ${written}`];
    }
    if (line[at.column - 1] === "," && /=[ \t]*[+-]?[\d_]+$/.test(line.slice(0, at.column - 1))) {
      return [at, "digits are grouped with _ in TOML (1_000), not with commas"];
    }
  }
  return [at, reason];
}

/** Where the string still open at the end of `line` opened (its quote's index), if one is. */
function openStringAt(line: string): number | undefined {
  let opened: number | undefined;
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "") {
      if (c === "#") return undefined; // the rest is a comment
      if (c === '"' || c === "'") [quote, opened] = [c, i];
    } else if (quote === '"' && c === "\\") i++;
    else if (c === quote) [quote, opened] = ["", undefined];
  }
  return opened;
}
