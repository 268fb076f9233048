import matter from "@11ty/gray-matter";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./frontmatter.ts";

const parse = (text: string) => parseFrontMatter({ path: "post.md", displayPath: "content/post.md", text });
const lines = (...all: string[]) => all.join("\n");

describe("parseFrontMatter", () => {
  it("reads TOML, lower-casing the top-level and [params] keys only", () => {
    const { frontMatter, problems } = parse(
      lines("+++", 'Title = "Hello"', "date = 2024-11-30T10:13:16+07:00", "[Params]", 'Color = "red"', "[Params.Nested]", "Deep = 1", "+++", "# Body", ""),
    );
    expect(problems).toEqual([]);
    expect(frontMatter.format).toBe("toml");
    expect(frontMatter.data).toEqual({ title: "Hello", date: expect.any(Date), params: { color: "red", nested: { Deep: 1 } } });
    expect(frontMatter.body).toBe("# Body\n");
    expect(frontMatter.bodyLine).toBe(9);
  });

  it("reads YAML with the core schema: timestamps stay strings, `yes` is not a boolean", () => {
    const { frontMatter, problems } = parse(lines("---", "Title: Hello", "date: 2024-11-30", "draft: yes", "tags: [a, b]", "---", "Body"));
    expect(problems).toEqual([]);
    expect(frontMatter).toMatchObject({ format: "yaml", body: "Body", bodyLine: 7 });
    expect(frontMatter.data).toEqual({ title: "Hello", date: "2024-11-30", draft: "yes", tags: ["a", "b"] });
  });

  it("reads Hugo's JSON form: an object at the start of the file, the body after it", () => {
    const { frontMatter, problems } = parse(lines("{", '  "Title": "Hello",', '  "params": { "Brace": "}" }', "}", "Body"));
    expect(problems).toEqual([]);
    expect(frontMatter).toMatchObject({ format: "json", body: "Body", bodyLine: 5 });
    expect(frontMatter.data).toEqual({ title: "Hello", params: { brace: "}" } });
  });

  it.each([
    ["an empty file", ""],
    ["plain Markdown", "# Hello\n"],
    ["a thematic break after the first line", "Hello\n---\n"],
    ["four dashes", "----\ntitle: x\n----\n"],
    ["an indented delimiter", " +++\ntitle = 'x'\n+++\n"],
  ])("finds no front matter in %s", (_, text) => {
    const { frontMatter, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(frontMatter).toMatchObject({ format: undefined, data: {}, body: text, bodyLine: 1 });
    expect(frontMatter.positionOf("title")).toEqual({ line: 1, column: 1 });
  });

  it("strips a BOM and normalises CRLF and lone CR, keeping line numbers", () => {
    const { frontMatter } = parse("\uFEFF+++\r\ntitle = 'x'\r\n+++\r\nOne\rTwo\r\n");
    expect(frontMatter).toMatchObject({ data: { title: "x" }, body: "One\nTwo\n", bodyLine: 4 });
    expect(frontMatter.positionOf("title")).toEqual({ line: 2, column: 9 });
  });

  it.each([
    ["only front matter", "+++\ntitle = 'x'\n+++", { title: "x" }, "", 4],
    ["an empty block", "---\n---\nBody", {}, "Body", 3],
    ["a block of comments", "---\n# note\n#\n---\nBody", {}, "Body", 5],
    ["a closing line with trailing spaces", "+++\na = 1\n+++  \nBody", { a: 1 }, "Body", 4],
    ["a `+++x` line inside a string", "+++\ns = '''\n+++x\n'''\n+++\nBody", { s: "+++x\n" }, "Body", 6],
  ])("accepts %s", (_, text, data, body, bodyLine) => {
    const { frontMatter, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(frontMatter).toMatchObject({ data, body, bodyLine });
  });

  it.each([
    ["TOML", "+++\ntitle = 'x'\n+++x\nBody"],
    ["YAML", "---\ntitle: x\n"],
    ["JSON", '{ "title": "x" \nBody'],
    ["a lone delimiter", "+++"],
  ])("reports %s front matter that is never closed", (_, text) => {
    const { frontMatter, problems } = parse(text);
    expect(frontMatter).toMatchObject({ data: {}, body: "" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: "content/post.md", line: 1, column: 1 });
    expect(problems[0]!.message).toBe("the front matter opened on line 1 is never closed");
  });

  it("tells how to close each format", () => {
    expect(["+++\n", "---\n", "{"].map((text) => parse(text).problems[0]!.hint)).toMatchInlineSnapshot(`
      [
        "end it with a line holding only +++",
        "end it with a line holding only ---",
        "end it with the } that closes the { on line 1",
      ]
    `);
  });

  it("reports syntax errors at their place in the file", () => {
    const report = (text: string) => parse(text).problems.map((p) => ({ at: `${p.line}:${p.column}`, message: p.message, hint: p.hint }));
    expect(report("\uFEFF+++\r\ntitle = 'x'\r\ntags = [1,\r\n+++\r\n")).toMatchInlineSnapshot(`
      [
        {
          "at": "3:8",
          "hint": "check the TOML syntax: https://toml.io/en/v1.0.0",
          "message": "the TOML front matter is not valid: unfinished array",
        },
      ]
    `);
    expect(report("---\ntitle: x\ntags: [a\n---\n")).toMatchInlineSnapshot(`
      [
        {
          "at": "3:9",
          "hint": "check the YAML syntax: https://yaml.org/spec/1.2.2/",
          "message": "the YAML front matter is not valid: unexpected end of the stream within a flow collection",
        },
      ]
    `);
    expect(report('{\n  "title": "x"\n  "draft": true\n}\n')).toMatchInlineSnapshot(`
      [
        {
          "at": "3:3",
          "hint": "check the JSON syntax: https://www.json.org/json-en.html",
          "message": "the JSON front matter is not valid: expected ',' or '}' after property value",
        },
      ]
    `);
    // Node 20 gives no position for an unexpected token: it is found all the same.
    expect(report('{\n  "title": x\n}\n')).toMatchInlineSnapshot(`
      [
        {
          "at": "2:12",
          "hint": "check the JSON syntax: https://www.json.org/json-en.html",
          "message": "the JSON front matter is not valid: unexpected token 'x'",
        },
      ]
    `);
  });

  it.each([
    ["a list", "---\n- a\n- b\n---\n"],
    ["a scalar", "---\nhello\n---\n"],
  ])("reports YAML front matter that is %s", (_, text) => {
    expect(parse(text).problems).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "content/post.md",
          "hint": "write each field as key: value on a line of its own",
          "line": 2,
          "message": "the YAML front matter is not a mapping of keys to values",
          "severity": "error",
        },
      ]
    `);
  });

  it("finds where the value of a top-level TOML key starts", () => {
    const { frontMatter } = parse(
      lines("+++", 'title = "x"', '"Draft"   =   true', "Params.Color = 'red'", "[author]", 'date = "soon"', "+++"),
    );
    const at = (key: string) => frontMatter.positionOf(key);
    expect(at("title")).toEqual({ line: 2, column: 9 });
    expect(at("draft")).toEqual({ line: 3, column: 15 });
    expect(at("params")).toEqual({ line: 4, column: 16 });
    expect(at("date")).toEqual({ line: 1, column: 1 }); // in [author], not top level
    expect(at("author")).toEqual({ line: 5, column: 2 }); // a table, by its header
  });

  it("finds where the value of a top-level YAML key starts", () => {
    const { frontMatter } = parse(lines("---", "title: x", "'Date':   2024-01-01", "tags:", "  - a", "author:", "  draft: no", "---"));
    const at = (key: string) => frontMatter.positionOf(key);
    expect(at("title")).toEqual({ line: 2, column: 8 });
    expect(at("date")).toEqual({ line: 3, column: 11 });
    expect(at("tags")).toEqual({ line: 4, column: 1 }); // the value is on the next lines: the key, then
    expect(at("draft")).toEqual({ line: 1, column: 1 });
  });

  it("finds where the value of a top-level JSON key starts", () => {
    const { frontMatter } = parse(lines("{", '  "author": { "date": 1 },', '  "Date":', '    "soon"', "}"));
    expect(frontMatter.positionOf("date")).toEqual({ line: 4, column: 5 });
    expect(frontMatter.positionOf("author")).toEqual({ line: 2, column: 13 });
  });

  // Issue 8: smol-toml would read 2024-02-30 as March 1st without a word.
  it("refuses TOML dates that are not on the calendar, wherever they are written", () => {
    const report = (text: string) => parse(text).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
    expect(report(lines("+++", "date = 2024-02-30", "+++"))).toEqual(["2:8: the date 2024-02-30 does not exist: February 2024 has 29 days"]);
    expect(report(lines("+++", "lastmod = 2023-02-29T10:00:00Z", "+++"))).toEqual(["2:11: the date 2023-02-29 does not exist: February 2023 has 28 days"]);
    expect(report(lines("+++", "date = 99999-01-01", "+++"))).toEqual(["2:8: the date 99999-01-01 does not exist: the year 99999 does not have four digits"]);
    expect(report(lines("+++", "[params]", "seen = [2024-01-01, 2024-04-31]", "+++"))).toEqual(["3:21: the date 2024-04-31 does not exist: April 2024 has 30 days"]);
    expect(report(lines("+++", "params = { at = 2024-06-31 }", "+++"))).toEqual(["2:17: the date 2024-06-31 does not exist: June 2024 has 30 days"]);
  });

  it("leaves alone what only looks like an impossible date: strings, comments, keys, table headers", () => {
    const text = lines(
      "+++",
      'title = "2024-02-30"',
      "note = '2024-02-31' # 2024-02-30",
      'body = """',
      '2024-02-30 \\" """',
      "x = '''",
      "2024-02-30'''",
      "date = 2024-02-29",
      "2024-02-30 = 1",
      "[2024-02-31]",
      "+++",
    );
    expect(parse(text).problems).toEqual([]);
    expect(parse(text).frontMatter.data).toMatchObject({ title: "2024-02-30", note: "2024-02-31", "2024-02-30": 1, "2024-02-31": {} });
  });

  it("never throws, whatever the input", () => {
    for (const text of ["{", '{"a":', "{]", "+++\n\u0000\n+++", "---\n: :\n---", "---\n!!binary x\n---", "---\na: *nope\n---"]) {
      expect(() => parse(text)).not.toThrow();
    }
  });

  it("leaves gray-matter's cache empty (it would hold every file's text)", () => {
    parse("+++\ntitle = 'x'\n+++\n");
    parse("---\ntitle: x\n---\n");
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });
});
