// URLs, sections, home, order, Markdown in pages, escaping, public/ and the real content/ tree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertContains, build } from "./helpers/site.ts";

describe("URLs as Hugo makes them", () => {
  it("maps files, slugs, urls, bundles and sections to Hugo's paths", async () => {
    const built = await build(`
-- content/_index.md --
+++
title = "Welcome"
+++
The home page's own text.
-- content/about.md --
+++
title = "About"
+++
-- content/posts/_index.md --
+++
title = "All the posts"
+++
Posts about things.
-- content/posts/Hello World.md --
+++
title = "Hello"
+++
-- content/posts/slugged.md --
+++
title = "Slugged"
slug = "My Slug"
+++
-- content/posts/moved.md --
+++
title = "Moved"
url = "/elsewhere/Page"
+++
-- content/posts/trip/index.md --
+++
title = "Trip"
+++
-- content/notes/n.md --
+++
title = "A note"
+++
`);
    expect(built.code, built.log).toBe(0);
    expect(built.files().filter((f) => f.endsWith(".html") && !f.endsWith("page/1/index.html"))).toEqual([
      "404.html", // Hugo's, at the root
      "about/index.html",
      "categories/index.html", // Hugo writes a taxonomy's page even before it has terms
      "elsewhere/Page/index.html",
      "index.html",
      "notes/index.html",
      "notes/n/index.html",
      "posts/hello-world/index.html",
      "posts/index.html",
      "posts/my-slug/index.html",
      "posts/trip/index.html",
      "search/index.html", // the search page
      "tags/index.html",
    ]);
    assertContains(built.read("index.html"), `
      <h1>Welcome
      The home page’s own text.
      href="/posts/hello-world/"`);
    assertContains(built.read("posts/index.html"), `
      <title>All the posts · My folio site</title>
      Posts about things.
      href="/posts/trip/"
      href="/elsewhere/Page/"
      ! A note
      ! About`);
    // A folder without _index.md is still a section, titled from its name.
    assertContains(built.read("notes/index.html"), `<h1>Notes`);
  });

  it("lists pages by weight, then date newest first, then title", async () => {
    const built = await build(`
-- content/posts/old.md --
+++
title = "Old"
date = 2020-01-01
+++
-- content/posts/new.md --
+++
title = "New"
date = 2024-01-01
+++
-- content/posts/pinned.md --
+++
title = "Pinned"
date = 2019-01-01
weight = 1
+++
-- content/posts/b.md --
+++
title = "Bravo"
date = 2022-01-01
+++
-- content/posts/a.md --
+++
title = "Alpha"
date = 2022-01-01
+++
`);
    const list = built.read("posts/index.html");
    const order = ["Pinned", "New", "Alpha", "Bravo", "Old"].map((t) => list.indexOf(`>${t}</a>`));
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
  });

  it("applies the base URL to links, assets and canonical URLs", async () => {
    const built = await build(`
-- content/posts/a.md --
+++
title = "A"
+++
`, ["--base-url", "https://example.org/blog"]);
    assertContains(built.read("index.html"), `
      href="/blog/posts/a/"
      <link rel="stylesheet" href="/blog/css/folio.
      <link rel="canonical" href="https://example.org/blog/">`);
    assertContains(built.read("posts/a/index.html"), `<link rel="canonical" href="https://example.org/blog/posts/a/">`);
  });
});

describe("page content", () => {
  it("renders the seed post's table and heading ids, and its summary and reading time in lists", async () => {
    const seed = readFileSync("content/posts/docker-vs-kube.md", "utf8");
    const built = await build(`-- content/posts/docker-vs-kube.md --\n${seed}`, ["--drafts"]);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("posts/docker-vs-kube/index.html"), `
      <h1 id="docker-vs-kubernetes-key-differences">Docker vs Kubernetes: Key Differences</h1>
      <h2 id="docker"><strong>Docker</strong></h2>
      <h2 id="key-differences"><strong>Key Differences</strong></h2>
      <h2 id="tldr"><strong>TL;DR</strong></h2>
      <th>Feature</th>
      <td><strong>Purpose</strong></td>
      2 min read`);
    assertContains(built.read("index.html"), `
      Docker vs Kube
      Draft
      2 min read`);
  });

  it("highlights code at build time and warns about an unknown language", async () => {
    const built = await build(`
-- content/posts/code.md --
+++
title = "Code"
+++
\`\`\`sh
echo "hi" | grep h
\`\`\`

\`\`\`nosuchlang
<b>x</b>
\`\`\`
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("posts/code/index.html"), `
      <code class="language-sh">
      <span class="token
      &lt;b&gt;x&lt;/b&gt;
      ! <b>x</b>`);
    expect(built.log).toMatch(/code\.md:8:1: warning: unknown code language "nosuchlang"/);
  });

  it("omits raw HTML with a warning unless [markup] unsafe is set", async () => {
    const page = `
-- content/posts/raw.md --
+++
title = "Raw"
+++
Before.

<div class="x">raw block</div>
`;
    const safe = await build(page);
    assertContains(safe.read("posts/raw/index.html"), `
      <!-- raw HTML omitted -->
      ! <div class="x">`);
    expect(safe.log).toMatch(/raw\.md:6:1: warning: raw HTML omitted/);
    const unsafe = await build(`${page}\n-- folio.toml --\n[markup]\nunsafe = true\n`);
    assertContains(unsafe.read("posts/raw/index.html"), `<div class="x">raw block</div>`);
  });

  it("never evaluates template syntax written in Markdown, and shows an escaped shortcode as written", async () => {
    const built = await build(`
-- content/posts/braces.md --
+++
title = "Braces"
+++
{{</* youtube id */>}} and {{ site.title }} and {% raw %} and {{ 7 * 7 }}
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("posts/braces/index.html"), `
      {{&lt; youtube id &gt;}} and {{ site.title }} and {% raw %} and {{ 7 * 7 }}
      ! and 49`);
  });

  it("escapes author text wherever it lands", async () => {
    const built = await build(`
-- content/posts/x.md --
+++
title = "<script>alert(1)</script>"
description = "\\"><img src=x onerror=alert(1)>"
+++
Text.
`);
    for (const html of [built.read("posts/x/index.html"), built.read("index.html")]) {
      assertContains(html, `
        &lt;script&gt;alert(1)&lt;/script&gt;
        ! <script>alert(1)`);
    }
    assertContains(built.read("posts/x/index.html"), `
      content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
      ! <img src=x`);
  });

  it("copies public/ verbatim to the output root", async () => {
    const built = await build(`
-- content/_index.md --
+++
+++
-- public/robots.txt --
User-agent: *
-- public/img/a.svg --
<svg/>
`);
    expect(built.read("robots.txt")).toBe("User-agent: *\n");
    expect(built.read("img/a.svg")).toBe("<svg/>\n");
  });
});
