// Hugo's content model, part 1: sections, bundles, build options, cascade, aliases, pagination.
// Each test states the Hugo behaviour it pins (checked against Hugo 0.111 where noted).
import { describe, expect, it } from "vitest";
import { assertContains, build } from "./helpers/site.ts";

describe("sections", () => {
  it("nests sections, lists each one's own pages and sub-sections, and puts breadcrumbs on every page", async () => {
    const built = await build(`
-- content/docs/_index.md --
+++
title = "Docs"
+++
-- content/docs/b.md --
+++
title = "Bee"
+++
-- content/docs/guide/_index.md --
+++
title = "Guide"
+++
-- content/docs/guide/a.md --
+++
title = "Ay"
+++
-- content/docs/plain/c.md --
+++
title = "Sea"
+++
`);
    expect(built.code, built.log).toBe(0);
    // A folder without _index.md below the top level is not a section: its pages belong to the section above (Hugo).
    assertContains(built.read("docs/index.html"), `
      <a href="/docs/guide/">Guide</a>
      >Bee</a>
      >Sea</a>
      ! >Ay</a>`);
    assertContains(built.read("docs/guide/index.html"), `
      >Ay</a>
      ! >Bee</a>`);
    assertContains(built.read("docs/guide/a/index.html"), `
      <nav class="breadcrumbs" aria-label="Breadcrumb">
      <li><a href="/">My folio site</a></li>
      <li><a href="/docs/">Docs</a></li>
      <li><a href="/docs/guide/">Guide</a></li>
      <li><span aria-current="page">Ay</span></li>`);
    expect(built.exists("docs/plain/c/index.html")).toBe(true);
  });
});

describe("page bundles", () => {
  it("publishes a leaf bundle's files beside it, and its images work in the page and in lists", async () => {
    const built = await build(`
-- content/posts/trip/index.md --
+++
title = "Trip"
slug = "holiday"
+++
![The view](photo.jpg) and [the notes](files/notes.txt).
-- content/posts/trip/photo.jpg --
JPEG
-- content/posts/trip/files/notes.txt --
notes
-- content/posts/trip/extra.md --
A Markdown file in a leaf bundle is a resource, not a page (Hugo).
-- content/posts/_index.md --
+++
title = "Posts"
+++
![Banner](banner.png)
-- content/posts/banner.png --
PNG
`);
    expect(built.code, built.log).toBe(0);
    expect(built.read("posts/holiday/photo.jpg")).toBe("JPEG\n");
    expect(built.read("posts/holiday/files/notes.txt")).toBe("notes\n");
    expect(built.exists("posts/banner.png")).toBe(true); // a branch bundle's own files too
    expect(built.exists("posts/trip/extra/index.html") || built.exists("posts/holiday/extra/index.html")).toBe(false);
    assertContains(built.read("posts/holiday/index.html"), `
      <img src="/posts/holiday/photo.jpg" alt="The view">
      <a href="/posts/holiday/files/notes.txt">the notes</a>`);
    // In a list the image must still point at the bundle, not at /posts/photo.jpg.
    assertContains(built.read("index.html"), `<img src="/posts/holiday/photo.jpg" alt="The view">`);
  });

  it("keeps a headless bundle and its files out, and honours [build] options", async () => {
    const built = await build(`
-- content/shared/index.md --
+++
headless = true
+++
-- content/shared/logo.svg --
<svg/>
-- content/posts/unrendered.md --
+++
title = "Listed, never written"
[build]
render = "never"
+++
-- content/posts/unlisted.md --
+++
title = "Written, never listed"
[build]
list = "never"
+++
-- content/posts/local.md --
+++
title = "Only in its section"
[build]
list = "local"
+++
`);
    expect(built.code, built.log).toBe(0);
    expect(built.exists("shared/index.html")).toBe(false);
    expect(built.exists("shared/logo.svg")).toBe(false);
    expect(built.exists("posts/unrendered/index.html")).toBe(false);
    expect(built.exists("posts/unlisted/index.html")).toBe(true);
    assertContains(built.read("posts/index.html"), `
      Listed, never written
      Only in its section
      ! Written, never listed`);
    assertContains(built.read("index.html"), `
      Listed, never written
      ! Only in its section
      ! Written, never listed`);
  });
});

describe("cascade", () => {
  it("hands a section's cascade down to its pages, the page's own values winning", async () => {
    const built = await build(`
-- content/posts/_index.md --
+++
title = "Posts"
[cascade]
draft = true
[cascade.params]
banner = "from the section"
+++
-- content/posts/inherits.md --
+++
title = "Inherits"
+++
-- content/posts/overrides.md --
+++
title = "Overrides"
draft = false
+++
`);
    expect(built.code, built.log).toBe(0);
    expect(built.exists("posts/inherits/index.html")).toBe(false); // draft by cascade
    expect(built.exists("posts/overrides/index.html")).toBe(true);
    expect(built.exists("posts/index.html")).toBe(true); // the cascade is not the section's own
  });
});

describe("aliases", () => {
  it("writes Hugo's redirect page for each alias, relative ones from the page's folder", async () => {
    const built = await build(`
-- folio.toml --
baseURL = "https://example.org/"
-- content/posts/new.md --
+++
title = "New"
aliases = ["old", "/2010/01/01/even-older.html"]
+++
`);
    expect(built.code, built.log).toBe(0);
    const redirect = built.read("posts/old/index.html");
    assertContains(redirect, `
      <title>https://example.org/posts/new/</title>
      <link rel="canonical" href="https://example.org/posts/new/">
      <meta name="robots" content="noindex">
      <meta http-equiv="refresh" content="0; url=https://example.org/posts/new/">`);
    expect(built.exists("2010/01/01/even-older.html")).toBe(true);
  });

  it("stops when an alias leaves the site or lands on a page", async () => {
    const built = await build(`
-- content/posts/a.md --
+++
title = "A"
aliases = ["../../../etc/passwd"]
+++
-- content/posts/b.md --
+++
title = "B"
aliases = ["/posts/c/"]
+++
-- content/posts/c.md --
+++
title = "C"
+++
`);
    expect(built.code).toBe(1);
    expect(built.log).toMatch(/a\.md:3:11: the alias "\.\.\/\.\.\/\.\.\/etc\/passwd" is not usable: it would leave the site's folder/);
    expect(built.log).toMatch(/b\.md:1:1: this page's alias and .*c\.md both want the URL \/posts\/c\//);
  });
});

describe("pagination", () => {
  const posts = Array.from({ length: 5 }, (_, i) => `-- content/posts/p${i}.md --\n+++\ntitle = "Post ${i}"\ndate = 2024-01-0${i + 1}\n+++\n`).join("");

  it("splits lists into pagers of pagerSize at /page/N/, with /page/1/ redirecting to the list", async () => {
    const built = await build(`-- folio.toml --\n[pagination]\npagerSize = 2\n${posts}`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("posts/index.html"), `
      >Post 4</a>
      >Post 3</a>
      ! >Post 2</a>
      <a rel="next" href="/posts/page/2/">
      <span aria-current="page">1</span>
      <a href="/posts/page/3/">3</a>`);
    assertContains(built.read("posts/page/2/index.html"), `
      >Post 2</a>
      >Post 1</a>
      <a rel="prev" href="/posts/">
      <a rel="next" href="/posts/page/3/">`);
    assertContains(built.read("posts/page/3/index.html"), `
      >Post 0</a>
      ! rel="next"`);
    assertContains(built.read("posts/page/1/index.html"), `<meta http-equiv="refresh" content="0; url=/posts/">`);
    expect(built.exists("page/2/index.html")).toBe(true); // the home page is paginated too
  });
});
