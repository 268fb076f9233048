// Issue 8: property-based tests (fast-check). Random front matter and Markdown never crash the build, never
// make malformed HTML or let an author's tag through, and every problem names a file and a place in it.
// The stages run in-process (markdown, then loadSite, then Eleventy) so that many samples stay fast.
import fc from "fast-check";
import { dump } from "js-yaml";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { stringify } from "smol-toml";
import { afterAll, describe, expect, it } from "vitest";
import { defaultOptions, loadSite, type FolioOptions } from "../src/load.ts";
import { createMarkdown } from "../src/markdown/index.ts";
import type { Page, Problem } from "../src/types.ts";
import { startBuilder } from "./helpers/builder.ts";
import { authorMarkup, CONTENT_ELEMENTS, readHtml } from "./helpers/html.ts";

const MARKER = /evil|alert\(/i;
// Few samples by default, so the suite stays fast; FOLIO_PROPERTY_RUNS=20 runs twenty times as many.
const runs = (n: number) => ({ numRuns: n * Number(process.env.FOLIO_PROPERTY_RUNS ?? 1) });
const root = mkdtempSync(join(tmpdir(), "folio-properties-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Markdown: syntax, hostile HTML and shortcodes, mixed with arbitrary text and code points.
const SYNTAX = [
  "*", "_", "**", "~~", "`", "```", "```js\n", "~~~", "\n", "\n\n", "# ", "## ", "### ", "> ", "- ", "1. ", "- [ ] ", "|", "| a | b |\n|---|---|\n",
  "---", "***", "[", "]", "(", ")", "![", "](", "<", ">", "&", "&amp;", "&#0;", "&#x110000;", "&copy", "\\", "    ", "\t", " ", "\u00a0",
  "<!--", "-->", "<!--more-->", "[^1]", "[^1]: ", "[^x]: note\n", "Term\n: definition\n", "\"", "'", "...", "--",
  "{{<", ">}}", "{{%", "%}}", "{{< figure src=\"x.png\" alt=\"a\" >}}", "{{% details summary=\"s\" %}}", "{{% /details %}}", "{{< highlight go >}}", "{{< /highlight >}}", "{{</* x */>}}",
  "<script>alert(1)</script>", "<evil-tag onclick=alert(1)>", "</evil-tag>", "<img src=x onerror=alert(1)>", "<div>", "</div>", "<style>evil{}</style>", "<?evil?>", "<![CDATA[evil]]>",
  "[x](javascript:alert(1))", "[x](<vbscript:alert(1)>)", "![x](data:image/svg+xml,evil)", "<javascript:alert(1)>", "https://example.org/a_b", "www.example.org", "a@example.org",
  "\u0000", "\u202e", "\ud800", "\uffff", "🙂", "é", "e\u0301",
];
const text = fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.string({ maxLength: 12 }));
const markdown = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SYNTAX) }, { weight: 1, arbitrary: text }), { maxLength: 40 }).map((parts) => parts.join(""));

const lineCount = (text: string) => text.split(/\r\n?|\n/).length;

/** Every problem names a file (or folder) of the site, and a line and column inside it. */
function expectPlaced(problems: readonly Problem[], files: ReadonlyMap<string, string>, dir: string): void {
  for (const problem of problems) {
    const text = files.get(problem.file);
    expect(text !== undefined || existsSync(join(dir, problem.file)), `a problem names no file of the site: ${JSON.stringify(problem)}`).toBe(true);
    expect(problem.line, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
    expect(problem.line, JSON.stringify(problem)).toBeLessThanOrEqual(text === undefined ? 1 : lineCount(text) + 1);
    expect(problem.column, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/** Well-formed, and only the elements Markdown and folio's shortcodes write. */
function expectSafeFragment(html: string, what: string): void {
  const reading = readHtml(html);
  expect(reading.problems, `${what}: ${html}`).toEqual([]);
  expect(authorMarkup(reading, { marker: MARKER, allowed: CONTENT_ELEMENTS }), `${what}: ${html}`).toEqual([]);
}

describe("the Markdown stage, on random Markdown", () => {
  const md = createMarkdown();

  it("never throws, writes well-formed HTML with none of the author's tags, and places every problem in the file", () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const firstLine = 4;
        const result = md.render(body, { file: "content/p.md", firstLine });
        for (const [what, html] of [["content", result.html], ["summary", result.autoSummary], ["before more", result.beforeMore ?? ""]] as const) {
          expectSafeFragment(html, what);
        }
        for (const problem of result.problems) {
          expect(problem.file).toBe("content/p.md");
          expect(problem.line).toBeGreaterThanOrEqual(firstLine);
          expect(problem.line).toBeLessThanOrEqual(firstLine + lineCount(body));
        }
      }),
      runs(300),
    );
  });
});

// Front matter: Hugo's fields with values of every type (right and wrong), unknown keys, and garbage.
const scalar = fc.oneof(
  text,
  fc.constantFrom("2024-02-30", "2024-11-30T10:13:16+07:00", "99999-01-01", "/posts/", "../..", "%2e%2e", "javascript:alert(1)", "<script>alert(1)</script>", "main", "never", ""),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }),
);
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("render", "list", "main", "name", "weight", "x"), scalar, { maxKeys: 3 }) });
const KEYS = ["title", "linkTitle", "description", "summary", "date", "publishDate", "expiryDate", "lastmod", "draft", "tags", "categories", "slug", "url", "aliases", "weight", "layout", "type", "toc", "headless", "build", "cascade", "menu", "params", "Title", "pubdate", "unknown", "x y"];
const data = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 });

function serialise(format: "toml" | "yaml" | "json" | "none" | "garbage", fields: Record<string, unknown>, garbage: string): string | undefined {
  try {
    if (format === "toml") return `+++\n${stringify(fields)}\n+++\n`;
    if (format === "yaml") return `---\n${dump(fields)}---\n`;
    if (format === "json") return `${JSON.stringify(fields, null, 2)}\n`;
  } catch {
    return undefined; // a value the format cannot hold
  }
  return format === "none" ? "" : `${garbage}\n`;
}

const contentFile = fc.record({
  format: fc.constantFrom("toml", "yaml", "json", "none", "garbage"),
  fields: data,
  garbage: fc.oneof(fc.constantFrom("+++", "---", "{", "+++\ntitle = \n+++", "---\n: :\n---", '{"a": }'), fc.string({ unit: "binary", maxLength: 20 }).map((s) => `+++\n${s}\n+++`)),
  body: markdown,
});
const PATHS = ["_index.md", "a.md", "b.md", "posts/_index.md", "posts/c.md", "posts/trip/index.md", "Posts/C.md", "tags/_index.md"];
const siteFiles = fc.uniqueArray(fc.record({ path: fc.constantFrom(...PATHS), file: contentFile }), { minLength: 1, maxLength: 4, selector: (f) => f.path.toLowerCase() });

/** Writes a site into a new folder; its files by the path problems print (relative to the folder). */
function writeSiteFiles(files: readonly { path: string; text: string }[]): { dir: string; texts: Map<string, string> } {
  const dir = mkdtempSync(join(root, "site-"));
  const texts = new Map<string, string>();
  for (const { path, text } of files) {
    const abs = join(dir, "content", path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    texts.set(`content/${path}`, readFileSync(abs, "utf8"));
  }
  return { dir, texts };
}

const options = (now = new Date("2025-01-01T00:00:00Z")): FolioOptions => ({ ...defaultOptions, layoutsDir: resolve("layouts"), baseURL: "https://example.org/", now: () => now });
const allPages = (site: { home: Page; sections: Page[]; regularPages: Page[]; taxonomies: Page[] }) => [site.home, ...site.sections, ...site.regularPages, ...site.taxonomies];

describe("the whole pipeline, on random sites", () => {
  it("never throws; a failed build names a file, line and column for every problem; a good one writes safe HTML", async () => {
    await fc.assert(
      fc.asyncProperty(siteFiles, async (files) => {
        const written = files.flatMap(({ path, file }) => {
          const head = serialise(file.format, file.fields, file.garbage);
          return head === undefined ? [] : [{ path, text: `${head}${file.body}` }];
        });
        fc.pre(written.length > 0);
        const { dir, texts } = writeSiteFiles(written);
        try {
          const result = await loadSite(options(), dir);
          expectPlaced(result.problems, texts, dir);
          if (result.failed) return;
          for (const page of allPages(result.site)) {
            expectSafeFragment(page.content, `${page.path} content`);
            expectSafeFragment(page.summary, `${page.path} summary`);
            expectSafeFragment(page.tableOfContents, `${page.path} table of contents`);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      runs(60),
    );
  });
});

// Full builds: valid sites whose every string is random, written by Eleventy through folio's layouts.
const words = fc.oneof(text, fc.constantFrom("</title><script>alert(1)</script>", "\"'><evil-tag>", "&amp; &lt;", "{{ site.title }}", "{% raw %}", "</script>", "\u2028"));
const validPage = fc.record({
  title: words,
  description: fc.option(words, { nil: undefined }),
  summary: fc.option(words, { nil: undefined }),
  tags: fc.array(words, { maxLength: 3 }),
  categories: fc.array(words, { maxLength: 2 }),
  menu: fc.option(words.filter((name) => name.trim() !== ""), { nil: undefined }),
  body: markdown.map((body) => body.replace(/\]\(|!\[|\{\{|<(?=[a-z])|www\.|@|https?:|\[\^|^\[.*\]:/gim, " ")), // no links the link check would refuse
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("whole builds of random valid sites", () => {
  // The real `folio build`, kept running between samples so that each costs a build, not a Node start.
  const builder = startBuilder();
  afterAll(() => builder.close());

  it("write only well-formed pages, with every author string escaped", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validPage, { minLength: 1, maxLength: 3 }), words, async (pages, siteTitle) => {
        const files = pages.map((page, i) => {
          // Menu entries need names of their own: two alike are a mistake the build reports.
          const fields = { ...page, body: undefined, menu: page.menu === undefined ? undefined : { main: { name: `${page.menu} ${i}` } } };
          return { path: `posts/p${i}.md`, text: `+++\n${stringify(JSON.parse(JSON.stringify(fields)))}\n+++\n${page.body}` };
        });
        const { dir } = writeSiteFiles(files);
        writeFileSync(join(dir, "folio.toml"), stringify({ baseURL: "https://example.org/", title: siteTitle, params: { description: siteTitle } }));
        try {
          const out = join(dir, "out");
          const { code, log } = await builder.build(["build", "--content", join(dir, "content"), "--config", join(dir, "folio.toml"), "--output", out, "--workers", "0"]);
          expect(code, `${log}\n${JSON.stringify(files)}`).toBe(0);
          const html = listFiles(out).filter((f) => f.endsWith(".html"));
          expect(html.length).toBeGreaterThan(3);
          for (const file of html) {
            const reading = readHtml(readFileSync(file, "utf8"));
            expect(reading.problems, relative(out, file)).toEqual([]);
            expect(authorMarkup(reading, { marker: MARKER }), relative(out, file)).toEqual([]);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      runs(25),
    );
  });
});
