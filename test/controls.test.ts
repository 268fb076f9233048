// Hugo's content model, part 3: page-level controls, the site's own shortcodes, and pages left out everywhere.
import { describe, expect, it } from "vitest";
import { assertContains, build } from "./helpers/site.ts";

describe("page-level controls", () => {
  it("uses linkTitle in lists and breadcrumbs, and the full title on the page", async () => {
    const built = await build(`
-- content/guides/_index.md --
+++
title = "Guides to everything"
linkTitle = "Guides"
+++
-- content/guides/install.md --
+++
title = "Installing folio on every platform"
linkTitle = "Install"
+++
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("guides/install/index.html"), `
      <h1>Installing folio on every platform
      <li><a href="/guides/">Guides</a></li>
      <span aria-current="page">Install</span>`);
    assertContains(built.read("guides/index.html"), `>Install</a>`);
  });

  it("publishes an unrendered bundle's files unless publishResources is false", async () => {
    const built = await build(`
-- content/assets/kept/index.md --
+++
[build]
render = "never"
list = "never"
+++
-- content/assets/kept/logo.svg --
<svg/>
-- content/assets/dropped/index.md --
+++
[build]
render = "never"
publishResources = false
+++
-- content/assets/dropped/secret.txt --
secret
`);
    expect(built.code, built.log).toBe(0);
    expect(built.exists("assets/kept/logo.svg")).toBe(true);
    expect(built.exists("assets/kept/index.html")).toBe(false);
    expect(built.exists("assets/dropped/secret.txt")).toBe(false);
  });

  it("runs the site's own shortcodes from layouts/_shortcodes/, escaping their arguments", async () => {
    const built = await build(`
-- content/tip.md --
+++
title = "Tip"
+++
{{< note type="tip" title="<b>Careful</b>" >}}Use **Markdown** here.{{< /note >}}
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("tip/index.html"), `
      class="note note-tip"
      &lt;b&gt;Careful&lt;/b&gt;
      <strong>Markdown</strong>`);
  });
});

describe("pages left out by the publishing rules", () => {
  it("appear in no menu, related list, neighbour link or taxonomy", async () => {
    const built = await build(`
-- content/posts/a.md --
+++
title = "Published A"
date = 2024-01-01
tags = ["t"]
+++
-- content/posts/b.md --
+++
title = "Published B"
date = 2024-01-03
tags = ["t"]
+++
-- content/posts/secret.md --
+++
title = "Secret draft"
date = 2024-01-02
tags = ["t"]
draft = true
menu = "main"
+++
`);
    expect(built.code, built.log).toBe(0);
    for (const file of built.files().filter((f) => f.endsWith(".html"))) {
      expect(built.read(file), file).not.toContain("Secret draft");
    }
    assertContains(built.read("posts/b/index.html"), `<a rel="prev" href="/posts/a/">`);
  });
});

describe("a section that is never rendered", () => {
  it("writes no list page, while its pages are still written", async () => {
    const built = await build(`
-- content/hidden/_index.md --
+++
title = "Hidden"
[build]
render = "never"
+++
-- content/hidden/page.md --
+++
title = "Still here"
+++
`);
    expect(built.code, built.log).toBe(0);
    expect(built.exists("hidden/index.html")).toBe(false);
    expect(built.exists("hidden/page/1/index.html")).toBe(false);
    expect(built.exists("hidden/page/index.html")).toBe(true);
  });
});

describe("menus reaching taxonomy pages", () => {
  it("resolves pageRef = \"/tags\" to the taxonomy's page and marks it current there", async () => {
    const built = await build(`
-- folio.toml --
[[menus.main]]
name = "Tags"
pageRef = "/tags"
-- content/posts/a.md --
+++
title = "A"
tags = ["x"]
+++
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("tags/index.html"), `<a href="/tags/" aria-current="page">Tags</a>`);
    assertContains(built.read("posts/a/index.html"), `<a href="/tags/">Tags</a>`);
  });
});

describe("layout and type", () => {
  it("choose the layout in Hugo's lookup order, falling back to the default", async () => {
    const built = await build(`
-- content/posts/as-list.md --
+++
title = "Shown with the list layout"
layout = "list"
+++
-- content/posts/unknown-type.md --
+++
title = "A type with no layouts"
type = "nothing-here"
+++
`);
    expect(built.code, built.log).toBe(0);
    // layouts/list.njk has no <article class="page">; layouts/single.njk has.
    assertContains(built.read("posts/as-list/index.html"), `
      <section class="list">
      ! <article class="page">`);
    assertContains(built.read("posts/unknown-type/index.html"), `<article class="page">`);
  });
});
