// What every page says about itself (issue 5): lang, title, description, canonical, Open Graph, Twitter,
// JSON-LD that author text cannot break out of, favicon, theme colours; one title per page; the 404 page.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertContains, build } from "./helpers/site.ts";

const SITE = `
-- folio.toml --
baseURL = "https://example.org/blog/"
title = "Notes"
languageCode = "en-gb"
[params]
description = "The site's own description."
author = "Ann Author"
-- content/_index.md --
+++
title = "Notes"
+++
-- content/posts/described.md --
+++
title = "Described"
date = 2024-05-01T10:00:00Z
lastmod = 2024-05-02T10:00:00Z
description = "Written by hand."
tags = ["Go", "web"]
+++
The body.
-- content/posts/summarised.md --
+++
title = "Summarised"
date = 2024-04-01
+++
# The body's own title

First **words** of the body &amp; more, then a long run of words that goes on and on so that the summary is longer than a description should ever be: one two three four five six seven eight nine ten eleven twelve thirteen.
-- content/posts/hostile.md --
+++
title = "</script><script>alert(1)</script>"
date = 2024-03-01
description = "<!-- \u2028 & </script>"
+++
Text.
`;

describe("the head of every page", () => {
  it("gives a regular page its language, title, description, canonical URL, Open Graph, Twitter card and JSON-LD", async () => {
    const built = await build(SITE);
    expect(built.code, built.log).toBe(0);
    const html = built.read("posts/described/index.html");
    assertContains(html, `
      <html lang="en-gb">
      <title>Described · Notes</title>
      <meta name="description" content="Written by hand.">
      <link rel="canonical" href="https://example.org/blog/posts/described/">
      <meta property="og:site_name" content="Notes">
      <meta property="og:type" content="article">
      <meta property="og:title" content="Described">
      <meta property="og:description" content="Written by hand.">
      <meta property="og:url" content="https://example.org/blog/posts/described/">
      <meta property="article:published_time" content="2024-05-01T10:00:00Z">
      <meta property="article:modified_time" content="2024-05-02T10:00:00Z">
      <meta property="article:tag" content="Go">
      <meta name="twitter:card" content="summary">
      <meta name="twitter:title" content="Described">
      <meta name="twitter:description" content="Written by hand.">
      <meta name="theme-color" content="#fdfdfc" media="(prefers-color-scheme: light)">
      <meta name="theme-color" content="#16171a" media="(prefers-color-scheme: dark)">
      <link rel="icon" href="/blog/favicon.d2c0916c090e.svg" type="image/svg+xml">
      <script type="module" src="/blog/js/folio.`);
    // The layouts' own files under names that change with their content, so hosts can cache them forever.
    const css = /<link rel="stylesheet" href="\/blog\/(css\/folio\.([0-9a-f]{12})\.css)">/.exec(html)!;
    expect(createHash("sha256").update(readFileSync("layouts/_assets/css/folio.css")).digest("hex").slice(0, 12)).toBe(css[2]);
    expect(built.exists(css[1]!)).toBe(true);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: "Described",
      description: "Written by hand.",
      url: "https://example.org/blog/posts/described/",
      mainEntityOfPage: "https://example.org/blog/posts/described/",
      datePublished: "2024-05-01T10:00:00Z",
      dateModified: "2024-05-02T10:00:00Z",
      wordCount: 2,
      keywords: ["Go", "web"],
      inLanguage: "en-gb",
      author: { "@type": "Person", name: "Ann Author" },
      publisher: { "@type": "Organization", name: "Notes", url: "https://example.org/blog/" },
    });
  });

  it("describes a page without a description by its summary as plain text, without the body's own title, cut at a word", async () => {
    const built = await build(SITE);
    const description = /<meta name="description" content="([^"]*)">/.exec(built.read("posts/summarised/index.html"))![1]!;
    expect(description, description).toMatch(/^First words of the body &amp; more, then a long run of words .*\w…$/);
    expect(description.replace("&amp;", "&").length).toBeLessThanOrEqual(161);
    // Lists and taxonomies have no summary of their own: the site's description.
    assertContains(built.read("tags/index.html"), `<meta name="description" content="The site&#39;s own description.">`);
    assertContains(built.read("index.html"), `
      <title>Notes</title>
      <meta property="og:type" content="website">
      ! application/ld+json`);
  });

  it("keeps author text inside the JSON-LD script element, whatever it holds", async () => {
    const built = await build(SITE);
    const html = built.read("posts/hostile/index.html");
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
    expect(script).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(script)).toMatchObject({ headline: "</script><script>alert(1)</script>", description: "<!-- \u2028 & </script>" });
    expect(html.match(/<script/g)).toHaveLength(3); // the theme before paint, JSON-LD, folio.js
  });
});

describe("one title per page", () => {
  it("heads the page with the body's own h1 when the body opens with one, and with the title otherwise", async () => {
    const built = await build(SITE);
    const own = built.read("posts/summarised/index.html");
    expect(own.match(/<h1[ >]/g)).toHaveLength(1);
    assertContains(own, `
      <header class="page-header"
      <h1 id="the-bodys-own-title">The body’s own title</h1>
      <title>Summarised · Notes</title>`);
    expect(built.read("posts/described/index.html").match(/<h1[ >].*<\/h1>/g)).toEqual(["<h1>Described</h1>"]);
    // In lists the page's link stands for its title: the summary leaves the h1 out.
    assertContains(built.read("posts/index.html"), `
      >Summarised</a>
      ! The body’s own title`);
  });

  it("shows the seed post under its own heading, once", async () => {
    const seed = readFileSync("content/posts/docker-vs-kube.md", "utf8");
    const built = await build(`-- content/posts/docker-vs-kube.md --\n${seed}`, ["--drafts"]);
    const html = built.read("posts/docker-vs-kube/index.html");
    expect(html.match(/<h1[ >].*<\/h1>/g)).toEqual(['<h1 id="docker-vs-kubernetes-key-differences">Docker vs Kubernetes: Key Differences</h1>']);
    expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
  });
});

describe("the 404 page", () => {
  it("is written at the output root: what happened, the way home, the latest posts, not indexed", async () => {
    const built = await build(SITE);
    const html = built.read("404.html");
    assertContains(html, `
      <title>Page not found · Notes</title>
      <meta name="robots" content="noindex">
      <h1>Page not found</h1>
      There is no page at this address.
      <a href="/blog/">Go to the home page</a>
      <a href="/blog/tags/">tags</a>
      <a href="/blog/posts/described/">Described</a>
      ! rel="canonical"
      ! application/ld+json`);
    expect(html.indexOf("Described")).toBeLessThan(html.indexOf("Summarised"));
  });
});

describe("one title per list page", () => {
  it("heads a section or taxonomy page whose text opens with an h1 with that h1, once", async () => {
    const built = await build(`
-- content/posts/_index.md --
+++
title = "Posts"
+++
# All the writing

Some words.
-- content/posts/a.md --
+++
title = "A"
+++
-- content/tags/_index.md --
+++
title = "Tags"
+++
# Every subject
`);
    expect(built.code, built.log).toBe(0);
    for (const [file, heading] of [["posts/index.html", "All the writing"], ["tags/index.html", "Every subject"]] as const) {
      const html = built.read(file);
      expect(html.match(/<h1[ >].*<\/h1>/g), file).toEqual([`<h1 id="${heading.toLowerCase().replace(/ /g, "-")}">${heading}</h1>`]);
    }
    assertContains(built.read("posts/index.html"), "<p>Some words.</p>");
  });
});
