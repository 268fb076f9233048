// What CI sees of a build: Hugo's summary on stderr, the same report as JSON with --json, minified output,
// and collisions that stop the build naming both sides.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page, startServer, until } from "./helpers/server.ts";
import { build, runCli, writeSite } from "./helpers/site.ts";

const site = `
-- folio.toml --
baseURL = "https://example.org/"
[pagination]
pagerSize = 1
-- content/_index.md --
+++
title = "Home"
+++
-- content/posts/a.md --
+++
title = "A"
date = 2024-01-01T00:00:00Z
tags = ["go", "web"]
aliases = ["/old-a/", "/older-a/"]
+++
Alpha.

\`\`\`nosuchlang
kept    as    it is
\`\`\`
-- content/posts/b/index.md --
+++
title = "B"
date = 2024-01-02T00:00:00Z
tags = ["go"]
+++
![pic](pic.png)
-- content/posts/b/pic.png --
(a picture)
-- content/posts/draft.md --
+++
title = "Draft"
draft = true
+++
-- content/posts/future.md --
+++
title = "Future"
date = 2999-01-01T00:00:00Z
+++
-- content/posts/expired.md --
+++
title = "Expired"
expiryDate = 2000-01-01T00:00:00Z
+++
-- content/posts/both.md --
+++
title = "Draft and future"
draft = true
date = 2999-01-01T00:00:00Z
+++
-- public/css/extra.css --
body { color : red ; }   /* a comment */
-- public/js/extra.js --
function hello(name) { const greeting = "hi " + name; return greeting; }
`;

const expectedReport = {
  ok: true,
  pages: 2,
  sections: 2,
  taxonomies: 2,
  terms: 2,
  pagers: 3, // /page/2/ of the home page, of /posts/ and of /tags/go/
  aliases: 2,
  feeds: 4,
  sitemap: true,
  robots: true,
  bundleFiles: 1,
  leftOut: { draft: 2, future: 1, expired: 1 },
  warnings: 1,
  errors: 0,
  links: { broken: 0 },
  renderThreads: 1,
};

describe("the build report", () => {
  it("sums up the build as Hugo does: pages, sections, terms, aliases, files, what was left out and why, warnings, time", async () => {
    const built = await build(site);
    expect(built.code, built.log).toBe(0);
    const summary = built.log.slice(built.log.indexOf("folio: 2 pages"));
    expect(summary).toMatch(/^folio: 2 pages \(4 left out\) written to .*out in \d+\.\d\d s\n/);
    for (const row of [
      /  Pages +2\n/, /  Sections +2  home included\n/, /  Taxonomies +2  2 terms\n/, /  Paginator pages +3\n/, /  Aliases +2\n/,
      /  Feeds +4  sitemap\.xml, robots\.txt\n/, /  Bundle files +1\n/, /  Static files +\d+\n/, /  Left out +4  2 drafts, 1 future, 1 expired\n/, /  Warnings +1\n/,
      /  \d+ internal links checked, 0 broken; \d+ files minified, [\d.]+ kB smaller\n/,
    ]) {
      expect(summary).toMatch(row);
    }
  });

  it("is written as JSON on stdout with --json, for CI, the problems in it", async () => {
    const dir = writeSite(site);
    const { code, stdout, stderr } = await runCli(["build", "--json", "--content", join(dir, "content"), "--output", join(dir, "out"), "--config", join(dir, "folio.toml"), "--public", join(dir, "public")]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject(expectedReport);
    expect(report.seconds).toBeGreaterThan(0);
    expect(report.staticFiles).toBeGreaterThanOrEqual(2); // public/'s two, and the layouts' own assets
    expect(report.links.checked).toBeGreaterThan(20);
    expect(report.minified.bytesAfter).toBeLessThan(report.minified.bytesBefore);
    expect(report.problems).toEqual([expect.objectContaining({ severity: "warning", line: 9, message: expect.stringContaining('unknown code language "nosuchlang"') })]);
  });

  it("says what stopped a failed build, in JSON too", async () => {
    const dir = writeSite(`${site}\n-- content/posts/c.md --\n+++\ntitle = "C"\n+++\n[x](/nowhere/)\n`);
    const { code, stdout } = await runCli(["build", "--json", "--content", join(dir, "content"), "--output", join(dir, "out"), "--config", join(dir, "folio.toml")]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(1);
    expect(report.problems.find((p: { severity: string }) => p.severity === "error")).toMatchObject({ line: 4, column: 5, message: expect.stringContaining('the link "/nowhere/" leads nowhere') });
  });
});

describe("minified output", () => {
  it("collapses the HTML, keeps code blocks exactly, and minifies CSS and JS files", async () => {
    const built = await build(site);
    const html = built.read("posts/a/index.html");
    expect(html).toMatch(/^<!doctype html><html lang="en-us"><head>/);
    expect(html).not.toMatch(/>\n\s+</);
    expect(html).toContain("kept    as    it is");
    expect(built.read("css/extra.css")).toBe("body{color:red}");
    expect(built.read("js/extra.js")).toMatch(/^function hello\(\w\)\{return"hi "\+\w\}$/);
  });

  it("is left as Eleventy writes it by the dev server", async () => {
    const dir = writeSite(site);
    const { port } = await startServer(["--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    const html = await until("the dev server", () => page(port, "/posts/a/"));
    expect(html).toMatch(/>\n\s+</);
  });
});

describe("collisions", () => {
  it("stop the build when a page wants a term's URL, naming both", async () => {
    const built = await build(`
-- content/posts/a.md --
+++
title = "A"
tags = ["go"]
+++
-- content/tags/go.md --
+++
title = "Go, the page"
+++
`);
    expect(built.code).toBe(1);
    expect(built.log).toMatch(/tags\/go\.md:1:1: this page and the term "go" of tags both want the URL \/tags\/go\//);
  });

  it("stop the build when two taxonomies' terms want one URL, naming both", async () => {
    const built = await build(`
-- folio.toml --
[taxonomies]
tag = "tags"
label = "tags!"
-- content/posts/a.md --
+++
title = "A"
tags = ["go"]
"tags!" = ["go"]
+++
`);
    expect(built.code).toBe(1);
    expect(built.log).toContain('the term "go" of tags and the term "go" of tags! both want the URL /tags/go/');
  });

  it("stop the build when a page wants a feed's URL, naming both", async () => {
    const built = await build(`
-- content/posts/_index.md --
+++
title = "Posts"
+++
-- content/posts/a.md --
+++
title = "A"
url = "/posts/index.xml"
+++
`);
    expect(built.code).toBe(1);
    expect(built.log).toMatch(/posts\/_index\.md:1:1: this page's feed and .*posts\/a\.md both want the URL \/posts\/index\.xml/);
  });
});
