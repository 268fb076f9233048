import { describe, expect, it } from "vitest";
import { createMarkdown } from "../markdown/index.ts";
import { defaultSettings } from "../settings/settings.ts";
import type { BuildFlags, ContentFile, Page } from "../types.ts";
import { assembleSite } from "./site.ts";

const NOW = new Date("2024-06-01T00:00:00Z");
const markdown = createMarkdown();
const noFlags: BuildFlags = { buildDrafts: false, buildFuture: false, buildExpired: false };

/** A content file with TOML front matter, as the loader would read `content/<path>`. */
const file = (path: string, ...frontMatter: string[]): ContentFile => ({
  path, displayPath: `content/${path}`, text: ["+++", ...frontMatter, "+++", "Body.", ""].join("\n"),
});
const assemble = (files: ContentFile[], flags: Partial<BuildFlags> = {}, settings = defaultSettings) =>
  assembleSite({ files, assets: [] }, settings, { flags: { ...noFlags, ...flags }, now: NOW, markdown, settingsFile: "folio.toml" });
/** A list page in one line: `section /posts/ "Posts" [posts/a.md, …]`. */
const list = (p: Page) => `${p.kind} ${p.url} ${JSON.stringify(p.title)} [${p.pages.map((c) => c.path).join(", ")}]`;

// One base site, as Hugo's integration tests share one; each test below adds to it or builds it with a flag.
const base = [
  file("_index.md", 'title = "Home"'),
  file("posts/_index.md", 'title = "Posts"'),
  file("posts/a.md", 'title = "A"', "date = 2024-01-01"),
  file("posts/2024/x.md", 'title = "X"', "date = 2024-03-01"),
  file("posts/trip/index.md", 'title = "Trip"', "date = 2024-02-01"),
  file("my-notes/n.md", 'title = "N"'),
  file("about.md", 'title = "About"', "weight = 1"),
  file("posts/draft.md", 'title = "Draft"', "draft = true"),
  file("posts/future.md", 'title = "Future"', "date = 2024-07-01"),
  file("posts/expired.md", 'title = "Expired"', "expiryDate = 2024-05-31"),
];

describe("assembleSite", () => {
  it("finds sections, fills lists in default order and counts what it skipped", async () => {
    const { site, problems, skipped } = await assemble(base);
    expect(problems).toEqual([]);
    expect(skipped).toBe(3);
    expect(list(site.home)).toBe('home / "Home" [about.md, posts/2024/x.md, posts/trip/index.md, posts/a.md, my-notes/n.md]');
    // A folder without _index.md gets a generated section titled from its name.
    expect(site.sections.map(list)).toEqual([
      'section /my-notes/ "My Notes" [my-notes/n.md]',
      // posts/2024 has no _index.md, so it is no section: x.md belongs to posts.
      'section /posts/ "Posts" [posts/2024/x.md, posts/trip/index.md, posts/a.md]',
    ]);
    expect(site.regularPages).toEqual(site.home.pages);
    expect(site.sections[0]).toMatchObject({ path: "my-notes/_index.md", file: undefined, section: "my-notes", outputPath: "my-notes/index.html" });
  });

  it.each([
    ["buildDrafts", { buildDrafts: true }, ["posts/draft.md"], 2],
    ["buildFuture", { buildFuture: true }, ["posts/future.md"], 2],
    ["buildExpired", { buildExpired: true }, ["posts/expired.md"], 2],
    ["every flag", { buildDrafts: true, buildFuture: true, buildExpired: true }, ["posts/draft.md", "posts/expired.md", "posts/future.md"], 0],
  ])("with %s, adds only the pages it allows", async (_, flags, added, skipped) => {
    const published = (await assemble(base)).site.regularPages.map((p) => p.path);
    const result = await assemble(base, flags);
    const extra = result.site.regularPages.map((p) => p.path).filter((p) => !published.includes(p));
    expect(extra.sort()).toEqual(added);
    expect(result.skipped).toBe(skipped);
    expect(result.site.flags).toEqual({ ...noFlags, ...flags });
  });

  it("decides future and expired against the given now, not the clock", async () => {
    const files = [file("later.md", "date = 2030-01-01"), file("gone.md", "expiryDate = 2020-01-01")];
    const at = async (now: string) => (await assembleSite({ files, assets: [] }, defaultSettings, { flags: noFlags, now: new Date(now), markdown, settingsFile: "folio.toml" })).site.regularPages.map((p) => p.path);
    expect(await at("2019-01-01T00:00:00Z")).toEqual(["gone.md"]);
    expect(await at("2031-01-01T00:00:00Z")).toEqual(["later.md"]);
  });

  it("leaves out a draft section page without generating one in its place", async () => {
    const { site, skipped } = await assemble([file("drafts/_index.md", 'title = "D"', "draft = true"), file("drafts/d.md", 'title = "DD"')]);
    expect(site.sections).toEqual([]);
    expect(skipped).toBe(1);
    expect(list(site.home)).toBe('home / "My folio site" [drafts/d.md]');
  });

  it("builds a home page even without _index.md, titled after the site", async () => {
    const { site } = await assemble([], {}, { ...defaultSettings, title: "Site T" });
    expect(list(site.home)).toBe('home / "Site T" []');
    expect(site.home).toMatchObject({ path: "_index.md", file: undefined, outputPath: "index.html" });
    expect(site.sections).toEqual([]);
  });

  it("builds a generated home page when its _index.md is a draft", async () => {
    const { site, skipped } = await assemble([file("_index.md", 'title = "Draft home"', "draft = true"), file("a.md")]);
    expect(skipped).toBe(1);
    expect(list(site.home)).toBe('home / "My folio site" [a.md]');
  });

  it("puts a page under its nearest section, a nested one included", async () => {
    const { site } = await assemble([file("posts/a/_index.md", 'title = "Nested"'), file("posts/a/b.md")]);
    expect(site.sections.map(list)).toEqual(['section /posts/ "Posts" []', 'section /posts/a/ "Nested" [posts/a/b.md]']);
  });

  it("copies the site-wide settings", async () => {
    const settings = { ...defaultSettings, title: "T", baseURL: "https://example.org/", languageCode: "fr", timeZone: "Europe/Oslo", params: { a: 1 } };
    expect((await assemble([], {}, settings)).site).toMatchObject({ title: "T", baseURL: "https://example.org/", languageCode: "fr", timeZone: "Europe/Oslo", params: { a: 1 } });
  });

  it("reports two pages on one URL once, naming both files", async () => {
    const { problems } = await assemble([file("a.md", 'url = "/x/"'), file("b.md", 'url = "/x/"')]);
    expect(problems).toEqual([
      {
        severity: "error", file: "content/b.md", line: 1, column: 1,
        message: "this page and content/a.md both want the URL /x/",
        hint: "give one of them another slug, url or alias",
      },
    ]);
  });

  it("reports a page that takes a generated section's URL", async () => {
    const { problems } = await assemble([file("posts/a.md", 'url = "/posts/"')]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      "content/posts/a.md: this page and the section page /posts/ both want the URL /posts/",
    ]);
  });

  it("reports a page's own problems and leaves the page out", async () => {
    const { site, problems, skipped } = await assemble([file("posts/a.md", 'slug = "a/b"'), file("posts/b.md")]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'content/posts/a.md:2:8: the "slug" front matter field is not usable: it contains a slash; use the url field to set a whole path',
    ]);
    expect(site.regularPages.map((p) => p.path)).toEqual(["posts/b.md"]);
    expect(skipped).toBe(0);
  });
});
