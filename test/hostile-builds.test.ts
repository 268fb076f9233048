// Issue 8: big inputs and odd file names, each built once by the real CLI into well-formed pages. The inputs are
// made at run time: nothing of megabytes is committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readHtml } from "./helpers/html.ts";
import { build, buildDir, readTree, writeSite } from "./helpers/site.ts";

describe("file names with spaces, Unicode, # and ?", () => {
  it("make encoded URLs, and every link of the site leads to a file it wrote", async () => {
    const site = await build(`
-- folio.toml --
baseURL = "https://example.org/blog/"
-- content/posts/my first post.md --
+++
title = "First"
+++
See [the trip](/posts/trip/).
-- content/posts/café.md --
+++
title = "Café"
tags = ["C#", "naïve tag", "a?b"]
+++
Café.
-- content/posts/what? #1.md --
What.
-- content/posts/trip/index.md --
![one](photo%20%231.jpg) [a question](what%3F.txt) ![accents](ünï%20cödé.png)

{{< figure src="photo #1.jpg" alt="The same" >}}
-- content/posts/trip/photo #1.jpg --
jpg
-- content/posts/trip/what?.txt --
txt
-- content/posts/trip/ünï cödé.png --
png
-- content/Ünïcode Section/page one.md --
One.
`);
    expect(site.code, site.log).toBe(0);
    const pages = site.files().filter((f) => f.endsWith("index.html"));
    expect(pages).toEqual(expect.arrayContaining([
      "posts/café/index.html",
      "posts/my-first-post/index.html",
      "posts/trip/index.html",
      "posts/what-1/index.html",
      "tags/ab/index.html",
      "tags/c/index.html",
      "tags/naïve-tag/index.html",
      "ünïcode-section/index.html",
      "ünïcode-section/page-one/index.html",
    ]));
    // Page folders are made of names, never of the characters a URL would have to escape.
    expect(pages.filter((f) => /[#?% ]/.test(f))).toEqual([]);
    expect(site.files()).toEqual(expect.arrayContaining(["posts/trip/photo #1.jpg", "posts/trip/what?.txt", "posts/trip/ünï cödé.png"]));
    const trip = site.read("posts/trip/index.html");
    expect(trip).toContain('<img src="/blog/posts/trip/photo%20%231.jpg" alt="one">');
    expect(trip).toContain('<a href="/blog/posts/trip/what%3F.txt">a question</a>');
    expect(trip).toContain('<img src="/blog/posts/trip/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9.png" alt="accents">');
    expect(trip).toContain('<img src="/blog/posts/trip/photo%20%231.jpg" alt="The same">');
    // Every link under the base path, on every page, names a file the build wrote.
    let links = 0;
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      for (const { attrs } of readHtml(site.read(file)).elements) {
        const url = attrs.href ?? attrs.src;
        if (!url?.startsWith("/blog/")) continue;
        const path = url.slice("/blog/".length).split("#")[0]!.split("/").map(decodeURIComponent).join("/");
        expect(site.exists(path.endsWith("/") || path === "" ? `${path}index.html` : path), `${url} in ${file}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(50);
  });
});

describe("big and deep inputs, built once through the CLI", () => {
  it("builds a 5 MB post, 10,000-deep lists and quotes, a 1 MB line and 5,000 footnotes into well-formed pages", async () => {
    const paragraph = "Lorem ipsum dolor sit amet, *consectetur* adipiscing elit, sed `do` [eiusmod](https://example.org/) tempor.\n\n";
    const section = `## Part\n\n${paragraph.repeat(20)}\`\`\`js\nconst answer = 42;\n\`\`\`\n\n`;
    const big = `+++\ntitle = "Big"\n+++\n${section.repeat(Math.ceil(5_000_000 / section.length))}`;
    const dir = writeSite("");
    const files: Record<string, string> = {
      "folio.toml": 'baseURL = "https://example.org/"\n',
      "content/posts/big.md": big,
      "content/posts/deep-list.md": `Before.\n\n${"- ".repeat(10_000)}deep\n`,
      "content/posts/deep-quote.md": `Before.\n\n${"> ".repeat(10_000)}deep\n`,
      "content/posts/long-line.md": "word ".repeat(200_000),
      "content/posts/footnotes.md": `${Array.from({ length: 5000 }, (_, i) => `x[^${i}]`).join(" ")}\n\n${Array.from({ length: 5000 }, (_, i) => `[^${i}]: note ${i}`).join("\n\n")}\n`,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(big.length).toBeGreaterThan(5_000_000);

    const site = await buildDir(dir);
    expect(site.code, site.log).toBe(0);
    const nesting = "warning: nesting stops at 100 levels (a list counts two, a quote one): what lies deeper is left out";
    expect(site.log).toContain(`content/posts/deep-list.md:3:1: ${nesting}`);
    expect(site.log).toContain(`content/posts/deep-quote.md:3:1: ${nesting}`);
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      expect(readHtml(site.read(file)).problems, file).toEqual([]);
    }
    const bigPage = site.read("posts/big/index.html");
    expect(bigPage.length).toBeGreaterThan(5_000_000);
    expect(bigPage.split('<h2 id="part-').length - 1).toBe(Math.ceil(5_000_000 / section.length) - 1);
    expect(site.read("posts/long-line/index.html")).toContain(`<p>${"word ".repeat(199_999)}word</p>`);
    const notes = site.read("posts/footnotes/index.html");
    expect(notes).toContain('<li id="fn:5000">');
    expect(notes).toContain('<a href="#fn:5000" class="footnote-ref" role="doc-noteref">5000</a>');
  });
});

describe("a broken tree through the CLI", () => {
  it("reports every problem at once, exits 1 without a stack trace, and leaves the previous site byte for byte", async () => {
    const dir = writeSite(`
-- folio.toml --
baseURL = "https://example.org/"
-- content/posts/good.md --
+++
title = "Good"
+++
Fine.
`);
    const first = await buildDir(dir);
    expect(first.code, first.log).toBe(0);
    const before = readTree(join(dir, "out"));
    const broken: Record<string, string | Buffer> = {
      "content/posts/feb.md": "+++\ndate = 2024-02-30\n+++\n",
      "content/posts/open.md": "---\ntitle: never closed\n",
      "content/posts/latin1.md": Buffer.from("caf\xe9", "latin1"),
      "content/posts/escape.md": '+++\nurl = "/../../x/"\n+++\n',
    };
    for (const [path, text] of Object.entries(broken)) writeFileSync(join(dir, path), text);
    const second = await buildDir(dir);
    expect(second.code).toBe(1);
    const messages = second.log.split("\n").filter((line) => /^\S.*:\d+:\d+: /.test(line)).map((line) => line.replace(/^.*\/content\//, "content/"));
    expect(messages).toEqual([
      "content/posts/escape.md:2:7: the \"url\" front matter field is not usable: it would leave the site's folder",
      "content/posts/feb.md:2:8: the date 2024-02-30 does not exist: February 2024 has 29 days",
      "content/posts/latin1.md:1:1: the file is not valid UTF-8 text",
      "content/posts/open.md:1:1: the front matter opened on line 1 is never closed",
    ]);
    expect(second.log).not.toMatch(/^\s+at /m);
    expect(readTree(join(dir, "out"))).toEqual(before);
  });
});
