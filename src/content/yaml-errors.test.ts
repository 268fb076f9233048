import { load, YAMLException } from "js-yaml";
import { describe, expect, it } from "vitest";
import { yamlSyntaxError } from "./yaml-errors.ts";

function errorOf(source: string): [string, string] {
  try {
    load(source);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const [at, reason] = yamlSyntaxError(source, error);
    return [`${at.line}:${at.column}`, reason];
  }
  throw new Error(`parsed: ${source}`);
}

describe("YAML syntax errors in an author's words", () => {
  it.each([
    // js-yaml: "bad indentation of a mapping entry", at the second ": " or after the early closing quote.
    ["title: Hello: world", "1:13", 'a value that holds ": " is written in quotes: title: "Hello: world"'],
    ["x: 1\nurl: http://a.b/c: d", "2:18", 'a value that holds ": " is written in quotes: url: "http://a.b/c: d"'],
    ["params:\n  note: Note: this", "2:13", 'a value that holds ": " is written in quotes: note: "Note: this"'],
    ["title: 'It's here'", "1:12", "an apostrophe inside '…' is written twice: title: 'It''s here'"],
    ["title: 'It''s Ann's'", "1:19", "an apostrophe inside '…' is written twice: title: 'It''s Ann''s'"],
    ['title: "a "quoted" word"', "1:12", 'a quote inside "…" is written \\": title: "a \\"quoted\\" word"'],
    ['title: "a \\"b\\" "c"', "1:18", 'a quote inside "…" is written \\": title: "a \\"b\\" \\"c"'],
    // Left as js-yaml words them.
    ["title: x\n  bad: indent", "2:6", "bad indentation of a mapping entry"],
    ["title: 'It's", "1:12", "bad indentation of a mapping entry"],
    ['title: "Hello', "1:14", "unexpected end of the stream within a double quoted scalar"],
  ])("%j: %s %s", (source, at, reason) => {
    expect(errorOf(source)).toEqual([at, reason]);
  });
});
