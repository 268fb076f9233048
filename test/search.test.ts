// The search index a build makes (issue 9): published pages only, their text, headings, titles, sections and tags;
// the search page and the header's box; the summary's report; a pagefind/ folder of the author's refused.
// The box itself, in a browser, is tested in test/browser/search.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { assertContains, build, buildDir, runCli, writeFiles, writeSite, type Built } from "./helpers/site.ts";

const SITE = `
-- folio.toml --
baseURL = "https://example.org/docs/"
title = "Field notes"
-- content/_index.md --
+++
title = "Home"
+++
Welcome: the home page's own text mentions the wombat.
-- content/animals/_index.md --
+++
title = "Animals"
+++
A section whose own text mentions the narwhal.
-- content/animals/aardvark.md --
+++
title = "The aardvark"
date = 2024-01-01T00:00:00Z
tags = ["Burrowers", "night"]
+++
The aardvark digs.

## Diet

Ants and termites.
-- content/animals/badger.md --
+++
title = "The badger"
draft = true
+++
A draft about the honey badger.
-- content/animals/cheetah.md --
+++
title = "The cheetah"
date = 2999-01-01T00:00:00Z
+++
A future page about the cheetah.
-- content/animals/dodo.md --
+++
title = "The dodo"
expiryDate = 2000-01-01T00:00:00Z
+++
An expired page about the dodo.
`;

/** Every page in a build's index, as Pagefind keeps it (gzipped JSON behind its signature). */
function indexed(built: Built): { url: string; content: string; meta: Record<string, string> }[] {
  const folder = join(built.dir, "out", "pagefind", "fragment");
  return readdirSync(folder)
    .map((name) => JSON.parse(gunzipSync(readFileSync(join(folder, name))).subarray("pagefind_dcd".length).toString("utf8")))
    .sort((a, b) => a.url.localeCompare(b.url));
}

describe("the search index of a build", () => {
  it("holds the published pages only: text, headings, title, section and tags; no draft, future or expired page", async () => {
    const built = await build(SITE);
    expect(built.code, built.log).toBe(0);
    const pages = indexed(built);
    expect(pages.map((p) => [p.url, p.meta])).toEqual([
      ["/", { title: "Home" }],
      ["/animals/", { title: "Animals" }],
      ["/animals/aardvark/", { title: "The aardvark", section: "Animals" }],
    ]);
    // The page's header (title, tags) and body; not its date line, heading links, neighbours or related pages.
    expect(pages[2]!.content).toBe("The aardvark. Tags: Burrowers night. The aardvark digs. Diet. Ants and termites.");
    // Lists are searched by their own text, not by the summaries of the pages they list.
    expect(pages[0]!.content).toBe("Welcome: the home page’s own text mentions the wombat.");
    const everything = readdirSync(join(built.dir, "out", "pagefind"), { recursive: true, encoding: "utf8" }).join(" ");
    for (const left of ["badger", "cheetah", "dodo"]) expect(JSON.stringify(pages)).not.toContain(left);
    expect(everything).not.toMatch(/pagefind-(ui|modular-ui|component-ui|highlight)/);
  });

  it("holds drafts, future and expired pages too in a preview build (--drafts --future --expired), which is never published", async () => {
    const built = await build(SITE, ["--drafts", "--future", "--expired"]);
    expect(built.code, built.log).toBe(0);
    expect(indexed(built).map((p) => p.url)).toEqual(["/", "/animals/", "/animals/aardvark/", "/animals/badger/", "/animals/cheetah/", "/animals/dodo/"]);
  });

  it("reports the index in the build summary and in --json", async () => {
    const dir = writeSite(SITE);
    const { code, stdout, stderr } = await runCli(["build", "--content", join(dir, "content"), "--output", join(dir, "out"), "--config", join(dir, "folio.toml"), "--json"]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/\n {2}Search index +3 {2}pages; \d+ files, [\d.]+ kB, made in \d+\.\d\d s\n/);
    const report = JSON.parse(stdout);
    expect(report.search).toEqual({ pages: 3, files: expect.any(Number), bytes: expect.any(Number), seconds: expect.any(Number) });
    expect(report.search.bytes).toBeGreaterThan(50_000); // Pagefind's script and WebAssembly are most of it
    expect(report.sections).toBe(2); // the search page is no section
  });

  it("writes the search page and a box in every page's header, under the base URL's path", async () => {
    const built = await build(SITE);
    expect(built.code, built.log).toBe(0);
    const box = `<form class="site-search" role="search" action="/docs/search/" method="get" data-search="/docs/js/search.`;
    assertContains(built.read("index.html"), `
      ${box}
      data-pagefind="/docs/pagefind/pagefind.js" data-base="/docs/">
      <label class="visually-hidden" for="search-box">Search Field notes</label>
      aria-keyshortcuts="/"`);
    assertContains(built.read("animals/aardvark/index.html"), box);
    expect(built.files()).toEqual(expect.arrayContaining([expect.stringMatching(/^js\/search\.[0-9a-f]{12}\.js$/)]));
    const search = built.read("search/index.html");
    assertContains(search, `
      <title>Search · Field notes</title>
      <meta name="robots" content="noindex">
      <form class="search-page-form" role="search" action="/docs/search/"
      data-search-page>
      Searching needs JavaScript
      <a href="/docs/animals/">Animals</a> <span class="count">(1)</span>
      <a href="/docs/tags/burrowers/">Burrowers</a>
      <a href="/docs/animals/aardvark/">The aardvark</a>
      <ol class="search-results" data-pagefind-body></ol>
      ! id="search-box"`);
    expect(built.read("sitemap.xml")).not.toContain("/search/");
  });

  it("indexes nothing of a site without pages: not its 404 page, search page or lists", async () => {
    const built = await build("-- content/_index.md --\n");
    expect(built.code, built.log).toBe(0);
    expect(built.log).toMatch(/\n {2}Search index +0 {2}pages;/);
    expect(built.exists("pagefind/pagefind-entry.json")).toBe(true);
    expect(built.exists("pagefind/fragment")).toBe(false);
  });

  it("gives /search/ to a page of the author's that takes that URL", async () => {
    const built = await build(`
-- content/search.md --
+++
title = "Find it"
layout = "search"
+++
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("search/index.html"), `
      <title>Search · My folio site</title>
      data-search-page`);
    expect(built.exists("pagefind/pagefind.js")).toBe(true);
  });

  it("is left out, box, page and index, with disableKinds = [\"search\"]", async () => {
    const dir = writeSite(SITE.replace('title = "Field notes"', 'title = "Field notes"\ndisableKinds = ["search"]'));
    const { code, stdout, stderr } = await runCli(["build", "--content", join(dir, "content"), "--output", join(dir, "out"), "--config", join(dir, "folio.toml"), "--json"]);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).search).toBeNull();
    expect(stderr).not.toContain("Search index");
    const built = await buildDir(dir);
    expect(built.files().filter((f) => /^(search|pagefind)\/|js\/search\./.test(f))).toEqual([]);
    expect(built.read("index.html")).not.toContain("site-search");
  });

  it("stops, writing nothing, when the site has a pagefind/ folder of its own", async () => {
    const dir = writeSite(SITE);
    expect((await buildDir(dir)).code).toBe(0);
    const before = readFileSync(join(dir, "out", "index.html"), "utf8");
    writeFiles(dir, "-- public/pagefind/notes.txt --\nmine\n");
    const built = await buildDir(dir);
    expect(built.code).toBe(1);
    expect(built.log).toContain("folio: the site could not be written: the site already has a pagefind/ folder, where the search index goes: move what public/pagefind/ or a page's url put there\nfolio: the previous site is unchanged.");
    expect(built.log).not.toMatch(/\n\s+at /); // no stack trace
    expect(built.read("index.html")).toBe(before);
    expect(built.exists("pagefind/notes.txt")).toBe(false);
  });
});
