// Issue 8: broken and hostile content never crashes the build. Each case pins its outcome: the exact messages,
// `file:line:col` first, or what the pipeline makes of it. Whole builds of big inputs and odd names: hostile-builds.test.ts.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultOptions, loadSite } from "../src/load.ts";
import { formatProblem } from "../src/problems.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

type Files = Record<string, string | Buffer>;
const lines = (...all: string[]) => `${all.join("\n")}\n`;

/** Writes the files into a new temp dir, paths relative to it. */
function sandbox(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), "folio-hostile-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Runs the whole pipeline in-process, as the CLI does before writing; problems as the CLI prints them. */
async function load(files: Files, prepare?: (root: string) => void) {
  const root = sandbox(files);
  prepare?.(root);
  const options = { ...defaultOptions, layoutsDir: resolve("layouts"), baseURL: "https://example.org/", now: () => new Date("2025-01-01T00:00:00Z") };
  const result = await loadSite(options, root);
  return { result, printed: result.problems.map((p) => formatProblem(p)) };
}

const HINT = {
  toml: "  hint: check the TOML syntax: https://toml.io/en/v1.0.0",
  yaml: "  hint: check the YAML syntax: https://yaml.org/spec/1.2.2/",
  json: "  hint: check the JSON syntax: https://www.json.org/json-en.html",
  big: "  hint: front matter holds a page's settings: keep data sets in files of their own",
};

const NOT_CLOSED = 'the string is not closed on this line (a string of several lines opens and closes with """)';

describe("broken front matter stops the build with one message per mistake", () => {
  it.each([
    ["malformed TOML", lines("+++", 'title = "unclosed', "+++", "Body."), `content/a.md:2:9: the TOML front matter is not valid: ${NOT_CLOSED}\n${HINT.toml}`],
    ["a TOML string left open before the next key", lines("+++", 'title = "unclosed', "date = 2024-01-01", "+++", "Body."), `content/a.md:2:9: the TOML front matter is not valid: ${NOT_CLOSED}\n${HINT.toml}`],
    ["TOML text without its quotes", lines("+++", "title = Hello world", "+++", "Body."), `content/a.md:2:9: the TOML front matter is not valid: text is written in quotes: "Hello world"\n${HINT.toml}`],
    ["YAML written between +++", lines("+++", 'title: "x"', "+++"), `content/a.md:2:6: the TOML front matter is not valid: a key and its value are joined by = in TOML, not by : (YAML front matter opens with ---)\n${HINT.toml}`],
    ["a TOML key given twice", lines("+++", 'title = "x"', 'title = "y"', "+++"), `content/a.md:3:1: the TOML front matter is not valid: the key "title" is defined twice\n${HINT.toml}`],
    ["malformed YAML", lines("---", "title: x", "tags: [a, b", "---"), `content/a.md:3:12: the YAML front matter is not valid: unexpected end of the stream within a flow collection\n${HINT.yaml}`],
    ["a YAML value holding a colon", lines("---", "title: Note: this", "---"), `content/a.md:2:12: the YAML front matter is not valid: a value that holds ": " is written in quotes: title: "Note: this"\n${HINT.yaml}`],
    ["badly indented YAML", lines("---", "title: x", "  bad: indent", "---"), `content/a.md:3:6: the YAML front matter is not valid: bad indentation of a mapping entry\n${HINT.yaml}`],
    ["malformed JSON", lines("{", '  "title": "x",', "}", "Body."), `content/a.md:3:1: the JSON front matter is not valid: expected double-quoted property name\n${HINT.json}`],
    ["TOML never closed", lines("+++", 'title = "x"', "Body."), "content/a.md:1:1: the front matter opened on line 1 is never closed\n  hint: end it with a line holding only +++"],
    ["YAML never closed", lines("---", "title: x", "Body."), "content/a.md:1:1: the front matter opened on line 1 is never closed\n  hint: end it with a line holding only ---"],
    ["JSON never closed", lines("{", '  "title": "x"', "Body."), "content/a.md:1:1: the front matter opened on line 1 is never closed\n  hint: end it with the } that closes the { on line 1"],
    ["a NUL byte in TOML", lines("+++", 'title = "a\u0000b"', "+++"), `content/a.md:2:11: the TOML front matter is not valid: control characters are not allowed in strings\n${HINT.toml}`],
    ["a NUL byte in YAML", lines("---", "title: a\u0000b", "---"), `content/a.md:2:9: the YAML front matter is not valid: null byte is not allowed in input\n${HINT.yaml}`],
    ["a NUL byte in JSON", lines("{", '  "title": "a\u0000b"', "}"), `content/a.md:2:14: the JSON front matter is not valid: bad control character in string literal\n${HINT.json}`],
    ["YAML aliases that expand to billions of values", lines("---", "a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g", "h"].map((key, i) => `${key}: &${key} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`), "---"), `content/a.md:7:4: the "f" front matter field is too big: it holds more than 100,000 values (a YAML alias repeats all it names)\n${HINT.big}`],
    ["JSON nested 100,000 deep", lines("{", `  "deep": ${"[".repeat(100_000)}${"]".repeat(100_000)}`, "}"), `content/a.md:2:11: the "deep" front matter field is too big: it nests more than 100 levels deep\n${HINT.big}`],
    ["TOML nested 10,000 deep", lines("+++", `deep = ${"{a = ".repeat(10_000)}1${"}".repeat(10_000)}`, "+++"), `content/a.md:2:5008: the TOML front matter is not valid: document contains excessively nested structures. aborting.\n${HINT.toml}`],
    ["YAML nested 10,000 deep", lines("---", `deep: ${"[".repeat(10_000)}${"]".repeat(10_000)}`, "---"), `content/a.md:2:106: the YAML front matter is not valid: nesting exceeded maxDepth (100)\n${HINT.yaml}`],
  ])("%s", async (_, text, expected) => {
    const { result, printed } = await load({ "content/a.md": text });
    expect(result.failed).toBe(true);
    expect(printed).toEqual([expected]);
  });
});

describe("impossible dates are refused, never rolled into another day", () => {
  const CALENDAR = "  hint: write a date that is on the calendar, such as 2024-11-30";
  it.each([
    ["February 30th in TOML", lines("+++", "date = 2024-02-30", "+++"), `content/a.md:2:8: the date 2024-02-30 does not exist: February 2024 has 29 days\n${CALENDAR}`],
    ["a date-time on February 29th of a common year", lines("+++", "publishDate = 2023-02-29T10:00:00Z", "+++"), `content/a.md:2:15: the date 2023-02-29 does not exist: February 2023 has 28 days\n${CALENDAR}`],
    ["the year 99999 in TOML", lines("+++", "date = 99999-01-01", "+++"), `content/a.md:2:8: the date 99999-01-01 does not exist: the year 99999 does not have four digits\n${CALENDAR}`],
    ["February 30th in YAML", lines("---", "date: 2024-02-30", "---"), 'content/a.md:2:7: the "date" front matter field is not a date\n  hint: write it as a date such as 2024-11-30 or 2024-11-30T10:13:16+07:00'],
    ["the year 99999 in JSON", lines("{", '  "date": "99999-01-01"', "}"), 'content/a.md:2:11: the "date" front matter field is not a date\n  hint: write it as a string such as "2024-11-30" or "2024-11-30T10:13:16+07:00"'],
    ["April 31st as a TOML string", lines("+++", 'expiryDate = "2024-04-31"', "+++"), 'content/a.md:2:14: the "expiryDate" front matter field is not a date\n  hint: write it as a TOML date such as 2024-11-30 or 2024-11-30T10:13:16+07:00'],
  ])("%s", async (_, text, expected) => {
    const { result, printed } = await load({ "content/a.md": text });
    expect(result.failed).toBe(true);
    expect(printed).toEqual([expected]);
  });
});

// Every typed field of src/content/fields.ts given a value of the wrong type, each reported where it is written.
describe("wrong types for every typed field", () => {
  const WRONG: [key: string, value: string, message: string][] = [
    ["title", "1", 'the "title" front matter field is not a string'],
    ["linkTitle", "1", 'the "linkTitle" front matter field is not a string'],
    ["description", "[]", 'the "description" front matter field is not a string'],
    ["summary", "true", 'the "summary" front matter field is not a string'],
    ["slug", "1", 'the "slug" front matter field is not a string'],
    ["url", "2", 'the "url" front matter field is not a string'],
    ["layout", "{ a = 1 }", 'the "layout" front matter field is not a string'],
    ["type", "1.5", 'the "type" front matter field is not a string'],
    ["date", '"soon"', 'the "date" front matter field is not a date'],
    ["publishDate", "true", 'the "publishDate" front matter field is not a date'],
    ["pubdate", "1", 'the "pubdate" front matter field is not a date'],
    ["published", "[2024-01-01]", 'the "published" front matter field is not a date'],
    ["expiryDate", '"2024-13-01"', 'the "expiryDate" front matter field is not a date'],
    ["unpublishdate", '"tomorrow"', 'the "unpublishdate" front matter field is not a date'],
    ["lastmod", "10:00:00", 'the "lastmod" front matter field is not a date'],
    ["modified", '"x"', 'the "modified" front matter field is not a date'],
    ["draft", '"yes"', 'the "draft" front matter field is not a boolean'],
    ["toc", "1", 'the "toc" front matter field is not a boolean'],
    ["headless", '"false"', 'the "headless" front matter field is not a boolean'],
    ["tags", "[1, 2]", 'the "tags" front matter field is not a list of strings'],
    ["categories", "2", 'the "categories" front matter field is not a list of strings'],
    ["aliases", "[true]", 'the "aliases" front matter field is not a list of strings'],
    ["weight", "1.5", 'the "weight" front matter field is not a whole number'],
    ["params", '"x"', 'the "params" front matter field is not a table of keys and values'],
    ["build", '{ render = "sometimes" }', 'the "build" front matter field is not a table of build options (render = "always", "never" or "link"; list = "always", "never" or "local"; publishResources = true or false)'],
    ["_build", "1", 'the "_build" front matter field is not a table of build options (render = "always", "never" or "link"; list = "always", "never" or "local"; publishResources = true or false)'],
    ["cascade", "1", 'the "cascade" front matter field is not a table, or a list of tables'],
  ];

  it("reports each, at its line and the column its value starts", async () => {
    const text = lines("+++", ...WRONG.map(([key, value]) => `${key} = ${value}`), "+++", "Body.");
    const { result } = await load({ "content/a.md": text });
    expect(result.failed).toBe(true);
    const at = (key: string) => `${WRONG.findIndex(([k]) => k === key) + 2}:${key.length + 4}`;
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual(
      WRONG.map(([key, , message]) => `content/a.md:${at(key)}: ${message}`),
    );
    expect(result.problems.every((p) => p.severity === "error" && p.hint)).toBe(true);
  });

  it("names a menu that is not a menu, and reports the same mistakes in YAML and JSON", async () => {
    const { printed } = await load({
      "content/m.md": lines("+++", "menu = 1", "+++"),
      "content/y.md": lines("---", "title: 1", "draft: yes", "weight: 1.5", "tags: 3", "---"),
      "content/j.md": lines("{", '  "title": 1,', '  "draft": "yes",', '  "weight": 1.5,', '  "tags": 3', "}"),
    });
    expect(printed.map((line) => line.split("\n")[0])).toEqual([
      'content/j.md:2:12: the "title" front matter field is not a string',
      'content/j.md:3:12: the "draft" front matter field is not a boolean',
      'content/j.md:4:13: the "weight" front matter field is not a whole number',
      'content/j.md:5:11: the "tags" front matter field is not a list of strings',
      'content/m.md:1:1: must name a menu, as menu = "main", menu = ["main", "footer"] or [menu.main]',
      'content/y.md:2:8: the "title" front matter field is not a string',
      'content/y.md:3:8: the "draft" front matter field is not a boolean',
      'content/y.md:4:9: the "weight" front matter field is not a whole number',
      'content/y.md:5:7: the "tags" front matter field is not a list of strings',
    ]);
  });
});

describe("files that are not what they seem", () => {
  it("builds an empty file as a page titled from its name, with no body", async () => {
    const { result, printed } = await load({ "content/empty-post.md": "" });
    expect(printed).toEqual([]);
    expect(result.site.regularPages.map((p) => [p.url, p.title, p.content])).toEqual([["/empty-post/", "Empty Post", ""]]);
  });

  it("shows a NUL byte in the body as U+FFFD, as CommonMark says", async () => {
    const { result, printed } = await load({ "content/a.md": lines("+++", 'title = "A"', "+++", "x\u0000y") });
    expect(printed).toEqual([]);
    expect(result.site.regularPages[0]!.content).toBe("<p>x\uFFFDy</p>\n");
  });

  it("refuses bytes that are not UTF-8, naming the file", async () => {
    const { result, printed } = await load({ "content/latin1.md": Buffer.from("+++\ntitle = \"caf\xe9\"\n+++\n", "latin1") });
    expect(result.failed).toBe(true);
    expect(printed).toEqual(["content/latin1.md:1:1: the file is not valid UTF-8 text\n  hint: save it with UTF-8 encoding"]);
  });

  it("does not follow symbolic links, a loop or a way out of the content folder, and says so", async () => {
    const outside = sandbox({ "secret.md": "+++\ntitle = \"Secret\"\n+++\nsecret text\n" });
    const { result, printed } = await load({ "content/posts/a.md": "A." }, (root) => {
      symlinkSync(".", join(root, "content/posts/loop"));
      symlinkSync(join(outside, "secret.md"), join(root, "content/posts/secret.md"));
      symlinkSync(outside, join(root, "content/elsewhere"));
    });
    expect(result.failed).toBe(false);
    const hint = "  hint: copy the file or folder into the content folder instead";
    expect(printed).toEqual([
      `content/elsewhere:1:1: warning: a symbolic link is not followed; it is left out\n${hint}`,
      `content/posts/loop:1:1: warning: a symbolic link is not followed; it is left out\n${hint}`,
      `content/posts/secret.md:1:1: warning: a symbolic link is not followed; it is left out\n${hint}`,
    ]);
    expect(result.site.regularPages.map((p) => p.path)).toEqual(["posts/a.md"]);
  });

  it("refuses names with a backslash or a control character, naming them printably", async () => {
    const { result, printed } = await load({ "content/a\\b.md": "x", "content/line\nbreak.md": "x", "content/ok.md": "x" });
    expect(result.failed).toBe(true);
    const hint = "  hint: rename it: its name becomes part of a URL and of a path in the output";
    expect(printed).toEqual([
      `content/a\\b.md:1:1: the file name "a\\\\b.md" is not usable: it contains a backslash or a control character\n${hint}`,
      `content/line\\nbreak.md:1:1: the file name "line\\nbreak.md" is not usable: it contains a backslash or a control character\n${hint}`,
    ]);
  });
});

describe("names that differ only in case", () => {
  // Hugo lowercases URLs; on a case-insensitive host (macOS, Windows, many object stores) they are one file.
  it("stop the build, naming both, for pages, folders and bundle files alike", async () => {
    const { result, printed } = await load({
      "content/posts/Hello.md": "x",
      "content/posts/hello.md": "y",
      "content/Notes/a.md": "x",
      "content/notes/b.md": "y",
      "content/trip/index.md": "Trip.",
      "content/trip/Photo.JPG": "1",
      "content/trip/photo.jpg": "2",
    });
    expect(result.failed).toBe(true);
    const hint = "  hint: rename or merge one of them";
    expect(printed).toEqual([
      `content/notes:1:1: the folder "notes" and "Notes" beside it differ only in case: case-insensitive file systems and hosts take them for one\n${hint}`,
      `content/posts/hello.md:1:1: the file "hello.md" and "Hello.md" beside it differ only in case: case-insensitive file systems and hosts take them for one\n${hint}`,
      `content/trip/photo.jpg:1:1: the file "photo.jpg" and "Photo.JPG" beside it differ only in case: case-insensitive file systems and hosts take them for one\n${hint}`,
    ]);
  });

  it("and so do names that differ only in how their accents are encoded (NFC, NFD)", async () => {
    const { printed } = await load({ "content/caf\u00e9.md": "x", "content/cafe\u0301.md": "y" });
    expect(printed.map((line) => line.split("\n")[0])).toEqual([
      'content/caf\u00e9.md:1:1: the file "caf\u00e9.md" and "cafe\u0301.md" beside it differ only in case or in how accents are encoded: case-insensitive file systems and hosts take them for one',
    ]);
  });
});
