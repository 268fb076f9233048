import { describe, expect, it } from "vitest";
import { defaultPublishSettings } from "../publish/settings.ts";
import { defaultSettings, normaliseBaseURL, readSettings } from "./settings.ts";

const read = (...lines: string[]) => readSettings(lines.join("\n"), "folio.toml");

describe("readSettings", () => {
  it("gives the defaults for an empty file", () => {
    expect(read("")).toEqual({
      settings: {
        baseURL: "/", title: "My folio site", languageCode: "en-us", timeZone: "UTC", summaryLength: 70,
        buildDrafts: false, buildFuture: false, buildExpired: false, pagerSize: 10,
        markup: { unsafe: false, tableOfContents: { startLevel: 2, endLevel: 3 } },
        taxonomies: [{ singular: "tag", plural: "tags" }, { singular: "category", plural: "categories" }], menus: undefined, params: {}, publish: defaultPublishSettings,
      },
      problems: [],
    });
  });

  it("reads every setting", () => {
    const { settings, problems } = read(
      'baseURL = "https://example.org/blog"', 'title = "T"', 'languageCode = "fr"', 'timeZone = "Europe/Oslo"',
      "summaryLength = 10", "buildDrafts = true", "buildFuture = true", "buildExpired = true",
      "[pagination]", "pagerSize = 5", "[markup]", "unsafe = true", "[markup.tableOfContents]", "startLevel = 1", "endLevel = 4",
      "[taxonomies]", 'tag = "tags"', "[[menus.main]]", 'name = "Home"', 'url = "/"',
      "[params]", 'author = "Me"', "[params.social]", 'x = "@me"',
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      baseURL: "https://example.org/blog/", title: "T", languageCode: "fr", timeZone: "Europe/Oslo", summaryLength: 10,
      buildDrafts: true, buildFuture: true, buildExpired: true, pagerSize: 5,
      markup: { unsafe: true, tableOfContents: { startLevel: 1, endLevel: 4 } },
      taxonomies: [{ singular: "tag", plural: "tags" }], menus: { main: [{ name: "Home", url: "/" }] },
      params: { author: "Me", social: { x: "@me" } }, publish: defaultPublishSettings,
    });
  });

  it("reads keys in any case, as Hugo does (baseurl is baseURL)", () => {
    const { settings, problems } = read(
      'baseurl = "https://example.org"', 'TITLE = "T"', 'languagecode = "fr"', 'timezone = "Europe/Oslo"', "summarylength = 10", "builddrafts = true",
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ baseURL: "https://example.org/", title: "T", languageCode: "fr", timeZone: "Europe/Oslo", summaryLength: 10, buildDrafts: true });
  });

  it.each([
    ["folio's short form", ["[markup]", "unsafe = true"]],
    ["Hugo's full form", ["[markup.goldmark.renderer]", "unsafe = true"]],
    ["an upper-case table name", ["[MARKUP]", "unsafe = true"]],
  ])("allows raw HTML with %s", (_, lines) => {
    expect(read(...lines).settings.markup.unsafe).toBe(true);
  });

  // Hugo 0.111 lets raw HTML through with exactly these lines: its keys are case-insensitive at every level.
  it.each([
    ["Hugo's full form, capitalised", ["[Markup.Goldmark.Renderer]", "Unsafe = true"]],
    ["a capitalised key", ["[markup]", "Unsafe = true"]],
  ])("allows raw HTML with %s", (_, lines) => {
    expect(read(...lines).settings.markup.unsafe).toBe(true);
  });

  // Hugo lower-cases site params (`[params] Author` is `site.Params.author`), as folio does for a page's [params].
  it("lower-cases the keys of [params]", () => {
    expect(read("[Params]", 'Author = "Me"').settings.params).toEqual({ author: "Me" });
  });

  it("reports an unsafe setting that is not a boolean, at its line", () => {
    expect(read("[markup]", 'unsafe = "yes"').problems).toMatchObject([
      { file: "folio.toml", line: 2, column: 10, message: 'the "unsafe" setting is not a boolean' },
    ]);
  });

  it("strips a byte order mark", () => {
    expect(read('\uFEFFtitle = "BOM"')).toMatchObject({ settings: { title: "BOM" }, problems: [] });
  });

  it.each([
    ["title = 3", "title", "a string", 'write it in quotes: title = "…"', 1, 9],
    ['"title" = 3', "title", "a string", 'write it in quotes: title = "…"', 1, 11],
    ["baseURL = false", "baseURL", "a string", 'write it in quotes: baseURL = "…"', 1, 11],
    ['buildDrafts = "yes"', "buildDrafts", "a boolean", "write buildDrafts = true or buildDrafts = false, without quotes", 1, 15],
    ["BuildFuture = 1", "buildFuture", "a boolean", "write buildFuture = true or buildFuture = false, without quotes", 1, 15],
    ["summaryLength = -1", "summaryLength", "a whole number", "write a number of words, such as summaryLength = 70", 1, 17],
    ["summaryLength = 1.5", "summaryLength", "a whole number", "write a number of words, such as summaryLength = 70", 1, 17],
    ['summaryLength = "70"', "summaryLength", "a whole number", "write a number of words, such as summaryLength = 70", 1, 17],
    ["params = 3", "params", "a table", "write it as a [params] table", 1, 10],
  ])("rejects %j", (line, field, expected, hint, lineNo, column) => {
    const { settings, problems } = read('languageCode = "en-us"', line);
    expect(problems).toEqual([
      { severity: "error", file: "folio.toml", line: lineNo + 1, column, field, message: `the "${field}" setting is not ${expected}`, hint },
    ]);
    // The wrong value is dropped: the rest of the build sees the default.
    expect(settings).toEqual(defaultSettings);
  });

  it("reports every wrong setting, not just the first", () => {
    const { problems } = read("title = 3", 'buildDrafts = "yes"', "summaryLength = -1", "params = 3");
    expect(problems.map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(["1:9 title", "2:15 buildDrafts", "3:17 summaryLength", "4:10 params"]);
  });

  it("rejects an unknown time zone, falling back to UTC", () => {
    const { settings, problems } = read('title = "T"', 'timeZone = "Mars/Olympus"');
    expect(settings.timeZone).toBe("UTC");
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "column": 12,
          "field": "timeZone",
          "file": "folio.toml",
          "hint": "use an IANA zone name such as "Europe/Oslo" or "UTC"",
          "line": 2,
          "message": "the "timeZone" setting "Mars/Olympus" is not a known time zone",
          "severity": "error",
        },
      ]
    `);
  });

  // Issue 8: Intl could not read it, and the build stopped while writing, naming a layout instead of the setting.
  it.each(['"><script>alert(1)</script>', "en_US", "", "english please"])("rejects the languageCode %j, falling back to en-us", (code) => {
    const { settings, problems } = read('title = "T"', `languageCode = ${JSON.stringify(code)}`);
    expect(settings.languageCode).toBe("en-us");
    expect(problems).toEqual([
      { severity: "error", file: "folio.toml", line: 2, column: 16, field: "languageCode", message: `the "languageCode" setting ${JSON.stringify(code)} is not a language tag`, hint: 'use a BCP 47 tag such as "en-us" or "fr"' },
    ]);
  });

  it.each(["en-us", "fr", "pt-BR", "zh-Hant-TW"])("accepts the languageCode %j", (code) => {
    expect(read(`languageCode = "${code}"`)).toMatchObject({ settings: { languageCode: code }, problems: [] });
  });

  it.each(["UTC", "Local", "America/New_York"])("accepts the time zone %j", (zone) => {
    expect(read(`timeZone = "${zone}"`)).toMatchObject({ settings: { timeZone: zone }, problems: [] });
  });

  it.each([
    ['title = "x', 1, 9, 'the string is not closed on this line (a string of several lines opens and closes with """)'],
    ['title = "T"\nbaseURL = ', 2, 11, "invalid value"],
    ["a = 1\na = 2", 2, 1, 'the key "a" is defined twice'],
    ["baseURL = https://example.org/", 1, 11, 'text is written in quotes: "https://example.org/"'],
    ['title: "x"', 1, 6, "a key and its value are joined by = in TOML, not by :"],
  ])("reports invalid TOML %j with its line and column", (text, line, column, reason) => {
    const { settings, problems } = readSettings(text, "site/folio.toml");
    expect(settings).toEqual(defaultSettings);
    expect(problems).toEqual([
      {
        severity: "error", file: "site/folio.toml", line, column,
        message: `the settings file is not valid TOML: ${reason}`,
        hint: "check the TOML syntax: https://toml.io/en/v1.0.0",
      },
    ]);
  });

  it("returns settings a caller may change without changing the defaults", () => {
    readSettings("title = ", "folio.toml").settings.baseURL = "https://changed.example/";
    expect(defaultSettings.baseURL).toBe("/");
  });
});

describe("normaliseBaseURL", () => {
  it.each([
    ["", "/"],
    ["  ", "/"],
    ["/", "/"],
    ["/blog", "/blog/"],
    ["https://example.org", "https://example.org/"],
    ["https://example.org/blog", "https://example.org/blog/"],
    [" https://example.org/ ", "https://example.org/"],
  ])("%j → %j", (url, expected) => {
    expect(normaliseBaseURL(url)).toBe(expected);
  });
});
