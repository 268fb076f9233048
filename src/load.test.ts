import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultOptions, loadSite, type FolioOptions } from "./load.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "folio-load-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes a tiny site into the temp dir: `{ "content/a.md": "…" }`. */
function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
const NOW = new Date("2024-06-01T00:00:00Z");
// The sites here have no layouts of their own: they use the repository's.
const layoutsDir = resolve("layouts");
const load = async (options: Partial<FolioOptions> = {}) => loadSite({ ...defaultOptions, layoutsDir, now: () => NOW, ...options }, root);
const paths = (result: Awaited<ReturnType<typeof load>>) => result.site.regularPages.map((p) => p.path);
const page = (...frontMatter: string[]) => ["+++", ...frontMatter, "+++", "Body.", ""].join("\n");

describe("loadSite", () => {
  it("reads folio.toml when present", async () => {
    write({ "folio.toml": 'title = "Mine"\nbaseURL = "https://example.org"\n', "content/a.md": page('title = "A"') });
    const result = await load();
    expect(result).toMatchObject({ failed: false, problems: [], skipped: 0 });
    expect(result.settings).toMatchObject({ title: "Mine", baseURL: "https://example.org/" });
    expect(result.site).toMatchObject({ title: "Mine", baseURL: "https://example.org/" });
    expect(paths(result)).toEqual(["a.md"]);
    expect(result.site.regularPages[0]).toMatchObject({ file: "content/a.md", url: "/a/" });
  });

  it("uses the defaults when there is no settings file", async () => {
    write({ "content/a.md": page() });
    const result = await load();
    expect(result).toMatchObject({ failed: false, problems: [] });
    expect(result.settings).toMatchObject({ title: "My folio site", baseURL: "/", timeZone: "UTC" });
  });

  it("reads the settings and content from the paths given", async () => {
    write({ "config/site.toml": 'title = "Elsewhere"\n', "docs/guide.md": page() });
    const result = await load({ settingsFile: "config/site.toml", contentDir: "docs" });
    expect(result.settings.title).toBe("Elsewhere");
    expect(result.site.regularPages.map((p) => p.file)).toEqual(["docs/guide.md"]);
  });

  it.each([
    ["no settings file", {}, "https://cli.example/"],
    ["a settings file", { "folio.toml": 'baseURL = "https://toml.example/"\n' }, "https://cli.example/"],
  ])("lets the baseURL option override %s", async (_, files, expected) => {
    write({ ...files, "content/a.md": page() });
    const result = await load({ baseURL: "https://cli.example" });
    expect([result.settings.baseURL, result.site.baseURL]).toEqual([expected, expected]);
  });

  const drafts = { "content/a.md": page(), "content/d.md": page("draft = true"), "content/f.md": page("date = 2030-01-01") };
  it.each([
    ["neither", {}, {}, ["a.md"], 2],
    ["the settings", { "folio.toml": "buildDrafts = true\n" }, {}, ["a.md", "d.md"], 1],
    ["the options", {}, { buildDrafts: true }, ["a.md", "d.md"], 1],
    ["both", { "folio.toml": "buildDrafts = true\n" }, { buildDrafts: true }, ["a.md", "d.md"], 1],
    ["the settings for one flag, the options for another", { "folio.toml": "buildDrafts = true\n" }, { buildFuture: true }, ["f.md", "a.md", "d.md"], 0],
  ])("takes publishing flags from %s", async (_, settings, flags, built, skipped) => {
    write({ ...settings, ...drafts });
    const result = await load({ flags });
    expect(paths(result)).toEqual(built);
    expect(result.skipped).toBe(skipped);
  });

  it("returns every problem sorted by file, then line, and fails on errors", async () => {
    write({
      "folio.toml": "title = 4\n",
      "content/posts/b.md": page("title = 3"),
      "content/posts/a.md": ["+++", "+++", "<div>raw</div>", "", "text", "", "<span>x</span>", ""].join("\n"),
      "content/_index.md": page('date = "nope"'),
    });
    const result = await load();
    expect(result.failed).toBe(true);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`)).toEqual([
      'content/_index.md:2:8: error: the "date" front matter field is not a date',
      "content/posts/a.md:3:1: warning: raw HTML omitted",
      "content/posts/a.md:7:1: warning: raw HTML omitted",
      'content/posts/b.md:2:9: error: the "title" front matter field is not a string',
      'folio.toml:1:9: error: the "title" setting is not a string',
    ]);
  });

  it("does not fail on warnings alone", async () => {
    write({ "content/a.md": page() + "<div>raw</div>\n" });
    const result = await load();
    expect(result.problems.map((p) => p.severity)).toEqual(["warning"]);
    expect(result.failed).toBe(false);
  });

  it("lets raw HTML through, without a warning, when the settings allow it", async () => {
    write({ "folio.toml": "[markup]\nunsafe = true\n", "content/a.md": page() + "<div>raw</div>\n" });
    const result = await load();
    expect(result.problems).toEqual([]);
    expect(result.site.regularPages[0]!.content).toContain("<div>raw</div>");
  });

  it("applies summaryLength from the settings", async () => {
    write({ "folio.toml": "summaryLength = 2\n", "content/a.md": ["+++", "+++", "One two.", "", "Three four.", ""].join("\n") });
    expect((await load()).site.regularPages[0]).toMatchObject({ summary: "<p>One two.</p>\n", truncated: true });
  });

  it("fails on a file that is not UTF-8", async () => {
    write({ "content/a.md": page() });
    writeFileSync(join(root, "content/bad.md"), Buffer.from([0xff, 0xfe, 0x00]));
    const result = await load();
    expect(result.failed).toBe(true);
    expect(result.problems.map((p) => `${p.file}: ${p.message}`)).toEqual(["content/bad.md: the file is not valid UTF-8 text"]);
  });

  // Hugo 0.111 builds a site with no content folder (a home page only).
  it("does not throw when the content folder is missing", async () => {
    const result = await load();
    expect(result.site.home.url).toBe("/");
  });

  it("reports a broken shortcode template of the site's as a problem, not a crash", async () => {
    write({ "content/a.md": page(), "layouts/_shortcodes/broken.njk": "{% if %}" });
    const result = await load({ layoutsDir: join(root, "layouts") });
    expect(result.failed).toBe(true);
    expect(result.problems.some((p) => p.file.endsWith("_shortcodes/broken.njk"))).toBe(true);
  });
});
