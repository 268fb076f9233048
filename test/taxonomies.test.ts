// Hugo's content model, part 2: taxonomies, menus, TOC, neighbours, related pages, shortcodes.
import { describe, expect, it } from "vitest";
import { assertContains, build } from "./helpers/site.ts";

describe("taxonomies", () => {
  const site = `
-- content/posts/a.md --
+++
title = "Alpha"
date = 2024-01-01
tags = ["Docker", "Kubernetes"]
categories = ["Ops"]
+++
-- content/posts/b.md --
+++
title = "Bravo"
date = 2024-02-01
tags = ["docker", " Docker "]
+++
-- content/posts/draft.md --
+++
title = "Draft"
tags = ["docker", "secret-tag"]
draft = true
+++
`;

  it("writes a list page with counts and a page per term, one term for Docker and docker", async () => {
    const built = await build(site);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("tags/index.html"), `
      <a href="/tags/docker/">
      <span class="count">(2)</span>
      <a href="/tags/kubernetes/">
      ! secret-tag`);
    assertContains(built.read("tags/docker/index.html"), `
      >Alpha</a>
      >Bravo</a>
      ! >Draft</a>`);
    expect(built.exists("tags/secret-tag/index.html")).toBe(false); // only a draft carries it
    assertContains(built.read("categories/ops/index.html"), ">Alpha</a>");
    assertContains(built.read("posts/a/index.html"), `
      <a href="/tags/docker/" rel="tag">
      <a href="/tags/kubernetes/" rel="tag">Kubernetes</a>`);
  });

  it("takes custom taxonomies from [taxonomies], which replaces Hugo's defaults", async () => {
    const built = await build(`${site}
-- folio.toml --
[taxonomies]
series = "series"
-- content/posts/c.md --
+++
title = "Charlie"
series = ["Getting Started"]
+++
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("series/getting-started/index.html"), ">Charlie</a>");
    expect(built.exists("tags/index.html")).toBe(false);
  });
});

describe("menus, tables of contents, neighbours and related pages", () => {
  it("renders menus from settings and front matter with the current page marked", async () => {
    const built = await build(`
-- folio.toml --
[[menus.main]]
name = "Posts"
pageRef = "/posts"
weight = 1
[[menus.main]]
name = "Source"
url = "https://example.com/source"
weight = 3
-- content/about.md --
+++
title = "About us"
menu = "main"
weight = 2
+++
-- content/posts/p.md --
+++
title = "P"
+++
`);
    expect(built.code, built.log).toBe(0);
    const about = built.read("about/index.html");
    assertContains(about, `
      <li><a href="/posts/">Posts</a></li>
      <li><a href="/about/" aria-current="page">About us</a></li>
      <li><a href="https://example.com/source">Source</a></li>`);
    expect(about.indexOf(">Posts<")).toBeLessThan(about.indexOf(">About us<"));
    assertContains(built.read("posts/index.html"), `<a href="/posts/" aria-current="page">Posts</a>`);
  });

  it("shows the table of contents only when the page asks for it", async () => {
    const page = (toc: boolean) => `+++\ntitle = "T"\ntoc = ${toc}\n+++\n## First\n\n### Inner\n\n## Second\n`;
    const built = await build(`-- content/with.md --\n${page(true)}-- content/without.md --\n${page(false)}`);
    assertContains(built.read("with/index.html"), `
      <nav id="TableOfContents">
      <a href="#first">First</a>
      <a href="#inner">Inner</a>`);
    assertContains(built.read("without/index.html"), `! TableOfContents`);
  });

  it("links neighbours in the section and related pages by shared terms", async () => {
    const built = await build(`
-- content/posts/one.md --
+++
title = "One"
date = 2024-01-01
tags = ["x", "y"]
+++
-- content/posts/two.md --
+++
title = "Two"
date = 2024-01-02
tags = ["x", "y"]
+++
-- content/posts/three.md --
+++
title = "Three"
date = 2024-01-03
tags = ["z"]
+++
`);
    // Hugo: with the default order (newest first), "next" is the newer page and "prev" the older one.
    assertContains(built.read("posts/two/index.html"), `
      <a rel="prev" href="/posts/one/">← One</a>
      <a rel="next" href="/posts/three/">Three →</a>
      <h2 id="related-heading">Related</h2>
      <li><a href="/posts/one/">One</a></li>`);
    assertContains(built.read("posts/three/index.html"), `! id="related-heading"`);
  });
});

describe("shortcodes", () => {
  it("runs Hugo's built-in shortcodes and resolves refs at build time", async () => {
    const built = await build(`
-- content/posts/target.md --
+++
title = "Target"
+++
## A heading
-- content/posts/source.md --
+++
title = "Source"
[params]
answer = "42"
+++
See [the target]({{< relref "target.md#a-heading" >}}), absolutely {{< ref "/posts/target.md" >}}.

{{< figure src="/img/x.png" caption="A **caption**" alt="An image" >}}

{{% details summary="More" %}}
Hidden **text**.
{{% /details %}}

The answer is {{< param answer >}}.
-- public/img/x.png --
(an image: the link check wants the figure's file to exist)
`);
    expect(built.code, built.log).toBe(0);
    const html = built.read("posts/source/index.html");
    assertContains(html, `
      <a href="/posts/target/#a-heading">the target</a>
      <figure>
      <img src="/img/x.png"
      alt="An image"
      <strong>caption</strong>
      <details>
      <summary>More</summary>
      <strong>text</strong>
      The answer is 42.
      ! {{<
      ! {{%`);
  });

  it("stops on an unknown shortcode or a missing ref target, naming file, line and name", async () => {
    const built = await build(`
-- content/posts/bad.md --
+++
title = "Bad"
+++
Fine line.

{{< nosuch arg >}}

[x]({{< ref "missing.md" >}})
`);
    expect(built.code).toBe(1);
    expect(built.log).toMatch(/bad\.md:6:1: unknown shortcode "nosuch"/);
    expect(built.log).toMatch(/bad\.md:8:\d+: ref "missing\.md" does not match any page/);
  });

  it("numbers and highlights lines of a code fence with Hugo's attributes", async () => {
    const built = await build(`
-- content/code.md --
+++
title = "Code"
+++
\`\`\`go {linenos=table,hl_lines=[2],linenostart=10}
package main
func main() {}
\`\`\`
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("code/index.html"), `
      data-linenos="table"
      10</span>
      class="line hl"`);
  });
});
