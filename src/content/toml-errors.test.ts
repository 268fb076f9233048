import { parse, TomlError } from "smol-toml";
import { describe, expect, it } from "vitest";
import { tomlSyntaxError } from "./toml-errors.ts";

const NOT_CLOSED = 'the string is not closed on this line (a string of several lines opens and closes with """)';

function errorOf(source: string): [string, string] {
  try {
    parse(source);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const [at, reason] = tomlSyntaxError(source, error);
    return [`${at.line}:${at.column}`, reason];
  }
  throw new Error(`parsed: ${source}`);
}

describe("TOML syntax errors in an author's words", () => {
  it.each([
    // smol-toml: "control characters are not allowed in strings" at the line break; the quote is the place.
    ['title = "Bad\ndate = 2024-01-01', "1:9", NOT_CLOSED],
    ["title = 'It\"s\ndate = 2024-01-01", "1:9", NOT_CLOSED],
    ['title = "a \\" b\ndate = 2024-01-01', "1:9", NOT_CLOSED],
    ['a = 1 # "not a string\nb = "c\r\nd = 1', "2:5", NOT_CLOSED],
    // smol-toml: "unfinished string" at the quote, on the text's last line.
    ['x = 1\ny = "ab', "2:5", NOT_CLOSED],
    ['x = """ab\n\nc', "1:5", "the string is never closed"],
    ["x = '''ab\n\nc", "1:5", "the string is never closed"],
    // smol-toml: "trying to redefine an already defined table or value", without the name.
    ['title = "x"\ntitle = "y"', "2:1", 'the key "title" is defined twice'],
    ["x = 1\n  x = 2", "2:3", 'the key "x" is defined twice'],
    ["p.q = 1\np . q = 2", "2:1", 'the key "p.q" is defined twice'],
    ['"a b" = 1\n"a b" = 2', "2:1", 'the key "a b" is defined twice'],
    ["a = {b = 1, b = 2}", "1:13", 'the key "b" is defined twice'],
    ["[t]\nx = 1\n  [ t ]", "3:4", 'the table "t" is defined twice'],
    ["[a]\nb = 1\n[a.b]", "3:2", 'the table "a.b" is defined twice'],
    ["a = [{ x = 1 }]\n[[a]]", "2:3", 'the table "a" is defined twice'],
    // smol-toml: "invalid value", "illegal character in key" or "in numeric literal", "invalid date-time".
    ["title = Hello world", "1:9", 'text is written in quotes: "Hello world"'],
    ["title = Hello # a comment", "1:9", 'text is written in quotes: "Hello"'],
    ["title = Été", "1:9", 'text is written in quotes: "Été"'],
    ['tags = ["a", go, rust]', "1:14", 'text is written in quotes: "go"'],
    ["author = { name = Ann }", "1:19", 'text is written in quotes: "Ann"'],
    ["draft = True", "1:9", "TOML writes true and false in lower case"],
    ["draft = FALSE", "1:9", "TOML writes true and false in lower case"],
    ["draft = Trueish", "1:9", 'text is written in quotes: "Trueish"'],
    ['title: "x"', "1:6", "a key and its value are joined by = in TOML, not by :"],
    ["date = 2024-1-5", "1:8", "a date has two-digit months and days: 2024-01-05"],
    ["date = 2024-01-5", "1:8", "a date has two-digit months and days: 2024-01-05"],
    ["date = 2024-1-05T10:00:00Z", "1:8", "a date has two-digit months and days: 2024-01-05"],
    ["weight = 1,000", "1:11", "digits are grouped with _ in TOML (1_000), not with commas"],
    // Left as smol-toml words them.
    ["x = -", "1:5", "invalid value"],
    ['title = "a\u0001b"', "1:11", "control characters are not allowed in strings"],
    ["x = 2024-13-01", "1:5", "invalid date"],
    ["a = [1,\n2", "2:2", "expected comma or end of structure"],
  ])("%j: %s %s", (source, at, reason) => {
    expect(errorOf(source)).toEqual([at, reason]);
  });
});
