// The user guide in content/docs/: published, built with the rest of the site, its links checked by the build
// and by npm run check, the features it describes used on its own pages, and its reference tables in step
// with README.md and the code.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_NAMES } from "../src/markdown/shortcodes/builtins.ts";
import { assertContains, runCli } from "./helpers/site.ts";

const out = mkdtempSync(join(tmpdir(), "folio-docs-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const PAGES = ["getting-started", "writing", "shortcodes", "taxonomies", "publishing"];
let built: { code: number; stderr: string };
const read = (path: string) => readFileSync(join(out, path), "utf8");

describe("the docs section", () => {
  beforeAll(async () => {
    built = await runCli(["build", "--output", out]); // production: no --drafts
  }, 120_000);

  it("is published by npm run build, with every link checked and no warning", () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/\d+ internal links checked, 0 broken/);
    expect(built.stderr).not.toMatch(/warning|error/i);
    for (const page of PAGES) {
      const html = read(`docs/${page}/index.html`);
      expect(html, page).not.toContain("mark-draft");
      expect(html, page).toContain('<nav id="TableOfContents">'); // toc = true on every page
    }
  });

  it("is in the header's menu, and lists its pages in reading order, but not on the home page", () => {
    assertContains(read("index.html"), `
      <a href="/docs/">Docs</a>
      No posts have been published yet.
      ! /docs/getting-started/`);
    const list = read("docs/index.html");
    const order = PAGES.map((page) => list.indexOf(`<h2 class="summary-title"><a href="/docs/${page}/">`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("uses what it describes: tables, highlighted code with line numbers, relref, a bundle's figure, details and the site's note shortcode", () => {
    assertContains(read("docs/writing/index.html"), `
      <table>
      <th>field</th>
      <span class="token keyword">package</span>
      10`);
    assertContains(read("docs/shortcodes/index.html"), `
      <a href="/docs/writing/#front-matter-reference">the front matter reference</a>
      <img src="/docs/shortcodes/pipeline.svg" alt="Markdown files go through folio and Eleventy to become the site">
      <figcaption><p>How a post becomes a page</p></figcaption>
      <summary>What does Hugo call this?</summary>
      <aside class="note note-tip" role="note">
      gives 42.`);
    assertContains(read("docs/getting-started/index.html"), `<a href="/docs/publishing/#checking-content">Publishing</a>`);
  });

  it("shows shortcode syntax as text, written in Hugo's comment form, and no shortcode braces otherwise", () => {
    const html = read("docs/shortcodes/index.html");
    assertContains(html, `
      {{&lt; figure src=&quot;photo.jpg&quot; alt=&quot;The view&quot; caption=&quot;From the *top*&quot; &gt;}}
      {{&lt; highlight toml "hl_lines=2" >}}
      {{% details summary=&quot;More&quot; %}}
      ! {{&lt;/*
      ! */&gt;}}`);
    // Shown only inside code: a shortcode that ran is never left as braces in the text.
    const text = html.replace(/<code[\s\S]*?<\/code>/g, "");
    expect(text).not.toMatch(/\{\{[<%]/);
  });

  it("passes npm run check", async () => {
    const checked = await runCli(["check"], { FOLIO_PROGRESS: "" });
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stderr).toMatch(/^folio check: \d+ pages? .*: no problems\n$/);
  }, 180_000);
});

describe("the docs agree with README.md and the code", () => {
  /** The first column of the Markdown table under a heading: the backquoted names in it. */
  const firstColumn = (text: string, heading: string) => {
    const section = text.slice(text.indexOf(heading));
    const table = section.slice(section.indexOf("\n|")).split("\n\n")[0]!;
    return table.split("\n").slice(3).flatMap((row) => [...(row.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  };
  const docs = (file: string) => readFileSync(join("content/docs", file), "utf8");

  it("lists every front matter field README.md lists", () => {
    const readme = firstColumn(readFileSync("README.md", "utf8"), "### Front matter reference");
    expect(readme.length).toBeGreaterThan(15);
    const guide = firstColumn(docs("writing.md"), "## Front matter reference");
    for (const field of readme) expect(guide, field).toContain(field);
  });

  it("lists every built-in shortcode", () => {
    expect(firstColumn(docs("shortcodes/index.md"), "## Built in").sort()).toEqual([...BUILT_IN_NAMES].sort());
  });

  it("has a page for each subject, and nothing else", () => {
    expect(readdirSync("content/docs").sort()).toEqual(["_index.md", "getting-started.md", "publishing.md", "shortcodes", "taxonomies.md", "writing.md"]);
  });
});
