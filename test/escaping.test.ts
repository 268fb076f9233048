// Issue 8: author text is escaped wherever it lands in a page, script links are never links, and with raw
// HTML off (the default) no tag an author wrote reaches the page. Every hostile sample carries "evil" or
// "alert(", so any of them surviving as markup (not as escaped text) is found wherever it lands.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultOptions, loadSite } from "../src/load.ts";
import { formatProblem } from "../src/problems.ts";
import { authorMarkup, readHtml } from "./helpers/html.ts";
import { build, type Built, writeFiles } from "./helpers/site.ts";

const MARKER = /evil|alert\(/i;

const SITE = String.raw`
-- folio.toml --
baseURL = "https://example.org/"
title = "Site </title><script>alert('site title')</script> & \"quotes\""
[params]
description = "\"><script>alert('site description')</script>"
siteEvil = "<script>alert('site param')</script>"
[[menus.main]]
name = "<img src=x onerror=alert('menu name')>"
url = "/posts/"
weight = 1
-- content/_index.md --
+++
title = "Home <evil-home>"
+++
-- content/posts/evil/x.png --
png
-- content/posts/evil/index.md --
+++
title = "</title><script>alert('title')</script>"
linkTitle = "<b onmouseover=alert('linkTitle')>link</b>"
description = "\"><script>alert('description')</script>"
summary = "Some *summary* <script>alert('summary')</script> <evil-summary>"
tags = ["<svg onload=alert('tag')>", "\"'><evil-tag>"]
categories = ["</script><script>alert('category')</script>"]
[params]
evil = "<script>alert('param')</script>"
[menu.main]
name = "<iframe src=javascript:alert('menu')>"
weight = 2
+++
<script>alert('raw block')</script>

<evil-block onclick="alert('x')">block</evil-block>

Text with <span onclick="alert('inline')">inline</span> HTML, <evil-inline>, <!-- a comment --> and <?php echo 'evil'; ?>.

[js](javascript:alert('link')) [upper](JAVASCRIPT:alert('upper')) [vb](vbscript:msgbox('evil')) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [entity](&#106;avascript:alert('entity')) [reference][r] <javascript:alert('autolink')>

[r]: javascript:alert('reference')

![raster](data:image/png;base64,iVBORw0KGgo=) ![vector](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)

{{< figure src="x.png" alt="\"><script>alert('alt')</script>" caption="<script>alert('caption')</script> *ok*" title="<evil-title>" class="\" onload=\"alert('class')" >}}

{{% details summary="<img src=x onerror=alert('details')>" %}}<script>alert('details inner')</script>{{% /details %}}

{{< note type="\"><evil-type>" title="<script>alert('note title')</script>" >}}<evil-note>inner</evil-note>{{< /note >}}

Page param: {{< param "evil" >}}; site param: {{< param "siteEvil" >}}.

## Heading <script>alert('heading')</script> <evil-heading>

` + "```html\n<script>alert('code')</script>\n```\n";

describe("a site written to attack its readers", () => {
  let site: Built;
  const pages = () => site.files().filter((file) => file.endsWith(".html"));

  beforeAll(async () => {
    site = await build(SITE);
  });

  it("builds, with a warning for each line of raw HTML", () => {
    expect(site.code, site.log).toBe(0);
    // The summary field (line 5), then the body: the script block (14), the made-up element (16), inline HTML (18)…
    for (const line of [5, 14, 16, 18]) expect(site.log).toContain(`content/posts/evil/index.md:${line}:1: warning: raw HTML omitted`);
    expect(site.log).not.toMatch(/^\s+at /m); // no stack trace
  });

  it("writes well-formed pages with no markup of the author's in them", () => {
    expect(pages().length).toBeGreaterThan(10);
    for (const file of pages()) {
      const reading = readHtml(site.read(file));
      expect(reading.problems, file).toEqual([]);
      expect(authorMarkup(reading, { marker: MARKER }), file).toEqual([]);
    }
  });

  it("shows titles, descriptions, tags, menu names and settings as the text they are", () => {
    const page = site.read("posts/evil/index.html");
    const text = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    const shown = text(page);
    for (const sample of [
      "</title><script>alert('title')</script>",
      "\"><script>alert('description')</script>",
      "<svg onload=alert('tag')>",
      "\"'><evil-tag>",
      "<img src=x onerror=alert('menu name')>",
      "<iframe src=javascript:alert('menu')>",
      "Site </title><script>alert('site title')</script> & \"quotes\"",
      "<script>alert('param')</script>",
      "<script>alert('site param')</script>",
    ]) {
      expect(shown, sample).toContain(sample);
      expect(page, sample).not.toContain(sample);
    }
    // The summary field is Markdown: its raw HTML is left out, as in the body.
    expect(site.read("index.html")).toContain("Some <em>summary</em>");
    expect(text(site.read("index.html"))).not.toContain("alert('summary')");
    expect(text(site.read("categories/index.html"))).toContain("</script><script>alert('category')</script>");
  });

  it("carries author text as text in feeds, the sitemap and JSON-LD", () => {
    const title = "</title><script>alert('title')</script>";
    for (const path of ["index.xml", "posts/index.xml"]) {
      const feed = parseFeed(site.read(path));
      expect(feed.items.map((item) => item.title), path).toContain(title);
      // Titles sit in CDATA, where <script> is text; outside CDATA no author tag may appear.
      expect(site.read(path).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ""), path).not.toMatch(/<\/?(?:script|svg|img|iframe|b|evil-[a-z]+)\b/i);
    }
    const tagFeeds = site.files().filter((file) => /^tags\/[^/]+\/index\.xml$/.test(file));
    expect(tagFeeds.length).toBeGreaterThan(0);
    for (const path of tagFeeds) expect(parseFeed(site.read(path)).items.map((item) => item.title), path).toContain(title);
    const sitemap = site.read("sitemap.xml");
    for (const [, loc] of sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)) expect(() => new URL(loc!), loc).not.toThrow();
    expect(sitemap).not.toMatch(/<(?!\/?(?:\?xml|urlset|url|loc|lastmod)\b)/);
    // The JSON-LD block holds the title as data, and nothing in it can end the script element.
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(site.read("posts/evil/index.html"))![1]!;
    expect(block).not.toMatch(/[<>]/);
    expect(JSON.stringify(JSON.parse(block))).toContain(JSON.stringify(title).slice(1, -1));
  });

  it("leaves script links as text, and data: URLs only for raster images", () => {
    // The typographer curls the quotes of what is now plain text.
    const page = site.read("posts/evil/index.html").replace(/[‘’]/g, "'");
    for (const written of ["[js](javascript:alert('link'))", "[upper](JAVASCRIPT:alert('upper'))", "[vb](vbscript:msgbox('evil'))", "[entity](javascript:alert('entity'))", "[reference][r]", "[r]: javascript:alert('reference')", "&lt;javascript:alert('autolink')&gt;"]) {
      expect(page).toContain(written);
    }
    expect(page).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="raster">');
    expect(page).toContain("![vector](data:image/svg+xml;base64,");
    expect(page).toContain("[data](data:text/html;base64,");
    expect(page).not.toMatch(/(?:href|src)="(?:javascript|vbscript|data:text|data:image\/svg)/i);
  });
});

describe("script URLs in shortcode arguments", () => {
  const root = mkdtempSync(join(tmpdir(), "folio-escaping-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ["figure src", 'src="javascript:alert(1)"', 'figure\'s src "javascript:alert(1)" is not a URL folio will write'],
    ["figure src as an SVG image", 'src="data:image/svg+xml,<svg onload=alert(1)>"', 'figure\'s src "data:image/svg+xml,<svg onload=alert(1)>" is not a URL folio will write'],
    ["figure link", 'src="a.png" alt="a" link=" JaVaScRiPt:alert(1)"', 'figure\'s link " JaVaScRiPt:alert(1)" is not a URL folio will write'],
    ["figure attrlink", 'src="a.png" alt="a" attr="x" attrlink="vbscript:x"', 'figure\'s attrlink "vbscript:x" is not a URL folio will write'],
  ])("refuses a %s, naming file and line", async (_, args, message) => {
    const dir = mkdtempSync(join(root, "site-"));
    writeFiles(dir, `-- content/a.md --\n+++\ntitle = "A"\n+++\nText.\n\n{{< figure ${args} >}}\n`);
    const options = { ...defaultOptions, layoutsDir: resolve("layouts"), baseURL: "https://example.org/" };
    const result = await loadSite(options, dir);
    expect(result.failed).toBe(true);
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      `content/a.md:6:1: ${message}\n  hint: use an http(s) or relative URL; javascript:, vbscript:, file: and data: URLs are refused`,
    ]);
  });
});
