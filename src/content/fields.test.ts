import { describe, expect, it } from "vitest";
import { readPageMeta } from "./fields.ts";
import { parseFrontMatter } from "./frontmatter.ts";

const FILE = "content/post.md";
const read = (text: string, timeZone = "UTC") => {
  const { frontMatter, problems } = parseFrontMatter({ path: "post.md", displayPath: FILE, text });
  expect(problems).toEqual([]);
  return readPageMeta(frontMatter, { file: FILE, timeZone });
};
const toml = (...lines: string[]) => ["+++", ...lines, "+++", ""].join("\n");
const iso = (date: Date | undefined) => date?.toISOString();

describe("readPageMeta", () => {
  it("reads every known field with its type", () => {
    const { meta, problems } = read(
      toml(
        'title = "Hello"', 'linkTitle = "Hi"', 'description = "D"', 'summary = "S"', 'slug = "hello"', 'url = "/hi/"',
        'layout = "wide"', 'type = "note"', "date = 2024-11-30T10:13:16+07:00", "draft = true", 'tags = ["a", "b"]',
        'categories = "one"', 'aliases = ["/old/"]', "weight = -2",
      ),
    );
    expect(problems).toEqual([]);
    expect(meta).toEqual({
      title: "Hello", linkTitle: "Hi", description: "D", summary: "S", slug: "hello", url: "/hi/", layout: "wide", type: "note",
      date: new Date("2024-11-30T03:13:16Z"), publishDate: new Date("2024-11-30T03:13:16Z"), expiryDate: undefined,
      lastmod: new Date("2024-11-30T03:13:16Z"), draft: true, tags: ["a", "b"], categories: ["one"], aliases: ["/old/"],
      weight: -2, params: {}, toc: false, headless: false, build: { render: "always", list: "always", publishResources: true },
      cascade: [], menus: undefined,
    });
  });

  it("gives Hugo's defaults to an empty front matter", () => {
    expect(read("Just a body.\n").meta).toEqual({
      title: undefined, linkTitle: undefined, description: undefined, summary: undefined, slug: undefined, url: undefined,
      layout: undefined, type: undefined, date: undefined, publishDate: undefined, expiryDate: undefined, lastmod: undefined,
      draft: false, tags: [], categories: [], aliases: [], weight: 0, params: {}, toc: false, headless: false,
      build: { render: "always", list: "always", publishResources: true }, cascade: [], menus: undefined,
    });
  });

  // https://gohugo.io/configuration/front-matter/#dates
  it.each([
    ["date alone", ["date = 2024-01-01"], ["2024-01-01", "2024-01-01", "2024-01-01", undefined]],
    ["publishDate alone", ["publishDate = 2024-02-01"], ["2024-02-01", "2024-02-01", "2024-02-01", undefined]],
    ["lastmod alone", ["lastmod = 2024-03-01"], ["2024-03-01", undefined, "2024-03-01", undefined]],
    ["date and lastmod", ["date = 2024-01-01", "lastmod = 2024-03-01"], ["2024-01-01", "2024-01-01", "2024-03-01", undefined]],
    ["pubdate, an alias", ["pubdate = 2024-02-01"], ["2024-02-01", "2024-02-01", "2024-02-01", undefined]],
    ["published, an alias", ["published = 2024-02-01"], ["2024-02-01", "2024-02-01", "2024-02-01", undefined]],
    ["publishDate over its alias", ["pubdate = 2024-02-02", "publishDate = 2024-02-01"], ["2024-02-01", "2024-02-01", "2024-02-01", undefined]],
    ["modified, an alias", ["modified = 2024-03-01"], ["2024-03-01", undefined, "2024-03-01", undefined]],
    ["unpublishdate, an alias", ["unpublishdate = 2024-04-01"], [undefined, undefined, undefined, "2024-04-01"]],
    ["expiryDate", ["expiryDate = 2024-04-01"], [undefined, undefined, undefined, "2024-04-01"]],
    ["keys in any case", ["DATE = 2024-01-01", "PublishDate = 2024-02-01"], ["2024-01-01", "2024-02-01", "2024-01-01", undefined]],
  ] as const)("resolves dates from %s", (_, lines, [date, publishDate, lastmod, expiryDate]) => {
    const { meta, problems } = read(toml(...lines));
    expect(problems).toEqual([]);
    const day = (d: string | undefined) => (d === undefined ? undefined : `${d}T00:00:00.000Z`);
    expect([iso(meta.date), iso(meta.publishDate), iso(meta.lastmod), iso(meta.expiryDate)]).toEqual(
      [day(date), day(publishDate), day(lastmod), day(expiryDate)],
    );
  });

  it("reads dates without an offset in the site's time zone", () => {
    const { meta } = read(toml("date = 2024-11-30T10:13:16", 'lastmod = "2024-01-15"'), "Asia/Bangkok");
    expect(iso(meta.date)).toBe("2024-11-30T03:13:16.000Z");
    expect(iso(meta.lastmod)).toBe("2024-01-14T17:00:00.000Z");
  });

  it("puts unknown keys in params, the [params] table over them", () => {
    const { meta } = read(toml('Color = "blue"', 'mood = "calm"', "[params]", 'Color = "red"', "size = 3"));
    expect(meta.params).toEqual({ color: "red", mood: "calm", size: 3 });
  });

  it("skips empty values, as Hugo does", () => {
    const { meta, problems } = read("---\ntitle:\ndate: ''\ntags:\n---\n");
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({ title: undefined, date: undefined, tags: [] });
  });

  it("reports every ill-typed field where its value starts, with a hint in TOML", () => {
    const { meta, problems } = read(
      toml('title = "Ok"', 'date = "soon"', 'draft = "yes"', "tags = [1, 2]", "weight = 1.5", 'pubdate = "later"', "[params]", "x = 1"),
    );
    expect(meta).toMatchObject({ title: "Ok", date: undefined, draft: false, tags: [], weight: 0 });
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "column": 8,
          "field": "date",
          "file": "content/post.md",
          "hint": "write it as a TOML date such as 2024-11-30 or 2024-11-30T10:13:16+07:00",
          "line": 3,
          "message": "the "date" front matter field is not a date",
          "severity": "error",
        },
        {
          "column": 9,
          "field": "draft",
          "file": "content/post.md",
          "hint": "write draft = true or draft = false, without quotes",
          "line": 4,
          "message": "the "draft" front matter field is not a boolean",
          "severity": "error",
        },
        {
          "column": 8,
          "field": "tags",
          "file": "content/post.md",
          "hint": "write it as a list of strings, such as tags = ["a", "b"]",
          "line": 5,
          "message": "the "tags" front matter field is not a list of strings",
          "severity": "error",
        },
        {
          "column": 10,
          "field": "weight",
          "file": "content/post.md",
          "hint": "write it as a whole number without quotes, such as weight = 10",
          "line": 6,
          "message": "the "weight" front matter field is not a whole number",
          "severity": "error",
        },
        {
          "column": 11,
          "field": "pubdate",
          "file": "content/post.md",
          "hint": "write it as a TOML date such as 2024-11-30 or 2024-11-30T10:13:16+07:00",
          "line": 7,
          "message": "the "pubdate" front matter field is not a date",
          "severity": "error",
        },
      ]
    `);
  });

  it("words its hints in YAML and JSON when the file is", () => {
    const hints = (text: string) => {
      const { frontMatter } = parseFrontMatter({ path: "post.md", displayPath: FILE, text });
      return readPageMeta(frontMatter, { file: FILE, timeZone: "UTC" }).problems.map((p) => `${p.line}:${p.column} ${p.message}: ${p.hint}`);
    };
    expect(hints("---\ntitle: 2024\ndate: soon\ndraft: yes\ncategories: 3\nweight: '3'\nparams: [1]\n---\n")).toMatchInlineSnapshot(`
      [
        "2:8 the "title" front matter field is not a string: put the text in quotes, such as title: "Text"",
        "3:7 the "date" front matter field is not a date: write it as a date such as 2024-11-30 or 2024-11-30T10:13:16+07:00",
        "4:8 the "draft" front matter field is not a boolean: write draft: true or draft: false, without quotes",
        "5:13 the "categories" front matter field is not a list of strings: write it as a list of strings, such as categories: [a, b]",
        "6:9 the "weight" front matter field is not a whole number: write it as a whole number without quotes, such as weight: 10",
        "7:9 the "params" front matter field is not a table of keys and values: write it as a table, such as params: { key: value }",
      ]
    `);
    expect(hints('{\n  "title": 1,\n  "date": 3,\n  "draft": "no",\n  "aliases": [true]\n}\n')).toMatchInlineSnapshot(`
      [
        "2:12 the "title" front matter field is not a string: put the text in quotes, such as "title": "Text"",
        "3:11 the "date" front matter field is not a date: write it as a string such as "2024-11-30" or "2024-11-30T10:13:16+07:00"",
        "4:12 the "draft" front matter field is not a boolean: write "draft": true or "draft": false, without quotes",
        "5:14 the "aliases" front matter field is not a list of strings: write it as a list of strings, such as "aliases": ["a", "b"]",
      ]
    `);
  });
});
