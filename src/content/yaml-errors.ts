// js-yaml's syntax errors in an author's words where its own describe the parser, not the mistake: a value that
// holds ": " (`title: Note: this`) and a quoted value closed early by a quote inside it (`title: 'It's here'`)
// are both "bad indentation of a mapping entry"; the message shows the line as it should be written.
import type { YAMLException } from "js-yaml";
import type { Position } from "../types.ts";

const BAD_INDENTATION = "bad indentation of a mapping entry";
// `key: value` on one line: the key, and where the value starts.
const ENTRY = /^([ \t]*(?:- )?)([^\s:#'"][^:#]*?|"[^"]*"|'[^']*'):[ \t]+/;

/** Where a YAML text's syntax error is, and what is wrong, for a message that names the line. */
export function yamlSyntaxError(source: string, error: YAMLException): [Position, string] {
  const at: Position = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : { line: 1, column: 1 };
  if (error.reason !== BAD_INDENTATION || !error.mark) return [at, error.reason];
  const line = source.split(/\r?\n/)[error.mark.line] ?? "";
  const entry = ENTRY.exec(line);
  if (!entry || entry[0].length >= at.column) return [at, error.reason];
  const value = line.slice(entry[0].length).trimEnd();
  const key = entry[2]!;
  const quote = value[0];
  if ((quote === "'" || quote === '"') && value.length > 1 && value.endsWith(quote)) {
    const inner = value.slice(1, -1);
    return quote === "'"
      ? [at, `an apostrophe inside '…' is written twice: ${key}: '${inner.replace(/''|'/g, "''")}'`]
      : [at, `a quote inside "…" is written \\": ${key}: "${inner.replace(/\\.|"/g, (c) => (c === '"' ? '\\"' : c))}"`];
  }
  if (line[at.column - 1] === ":") return [at, `a value that holds ": " is written in quotes: ${key}: ${JSON.stringify(value)}`];
  return [at, error.reason];
}
