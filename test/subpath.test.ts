// A site published under a sub-path (https://example.org/blog/): served from /blog/ by a static server on
// localhost, every internal link a reader or a feed reader can follow must lead to a page, under /blog/.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crawl, serveStatic } from "./helpers/crawl.ts";
import { freePort } from "./helpers/server.ts";
import { buildDir, writeSite } from "./helpers/site.ts";

// Every kind of link folio writes: lists and pagers, sections and sub-sections, terms, bundle files, aliases
// (absolute and relative), /page/1/, Markdown links to other pages' files and their headings, site paths,
// refs, figures, footnotes in summaries, line-number anchors, public/ files, menus, the 404 page.
export const everyLink = `
-- folio.toml --
title = "Sub-path"
[pagination]
pagerSize = 2
[[menus.main]]
name = "Posts"
pageRef = "/posts"
[[menus.main]]
name = "Tags"
pageRef = "/tags"
-- content/_index.md --
+++
title = "Sub-path"
+++
Welcome. See [the first post](posts/first.md) and [the logo](/img/logo.svg).
-- content/posts/_index.md --
+++
title = "Posts"
aliases = ["/articles/"]
+++
-- content/posts/first.md --
+++
title = "First"
date = 2024-01-01T00:00:00Z
tags = ["go", "web"]
aliases = ["/old-first/", "first-old"]
+++
Read [the trip](trip/index.md#the-view), [the second](second.md) and [home](/)[^1].

[^1]: Footnote.

\`\`\`go {linenos=table,anchorlinenos=true}
package main
\`\`\`

See [line 1](#hl-0-1) and {{< relref "second.md" >}}.
-- content/posts/second.md --
+++
title = "Second"
date = 2024-01-02T00:00:00Z
tags = ["go"]
categories = ["Notes"]
+++
Back to [the first](./first.md), [all posts](/posts/), and [the guide]({{< ref "guides/one.md" >}}).
-- content/posts/trip/index.md --
+++
title = "Trip"
date = 2024-01-03T00:00:00Z
tags = ["travel"]
+++
![the view](view.png)

{{< figure src="view.png" alt="Again" >}}

## The view

[Download](map.pdf).
-- content/posts/trip/view.png --
(image)
-- content/posts/trip/map.pdf --
(pdf)
-- content/posts/guides/_index.md --
+++
title = "Guides"
+++
-- content/posts/guides/one.md --
+++
title = "Guide one"
date = 2024-01-04T00:00:00Z
+++
Up to [the posts](../_index.md).
-- content/about.md --
+++
title = "About"
url = "/about-us/"
menu = "main"
+++
About.
-- public/img/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`;

describe("a site under a sub-path", () => {
  it("works when served from /blog/: every link, asset, feed entry, sitemap entry and redirect", async () => {
    const dir = writeSite(everyLink);
    const port = await freePort();
    const built = await buildDir(dir, ["--base-url", `http://127.0.0.1:${port}/blog/`]);
    expect(built.code, built.log).toBe(0);
    const { origin } = await serveStatic(join(dir, "out"), "/blog/", port);

    const starts = ["/blog/", "/blog/sitemap.xml", "/blog/robots.txt", "/blog/index.xml", "/blog/404.html", "/blog/old-first/", "/blog/posts/first-old/", "/blog/articles/", "/blog/posts/page/1/"];
    const result = await crawl(origin, "/blog/", starts);
    expect(result.outside).toEqual([]);
    expect(result.broken).toEqual([]);
    const seen = [...result.visited.keys()].map((url) => url.slice(origin.length));
    // It reached every kind of page and file, not just the home page.
    for (const path of ["/blog/posts/first/", "/blog/posts/page/2/", "/blog/posts/guides/one/", "/blog/tags/go/", "/blog/categories/notes/", "/blog/about-us/", "/blog/posts/trip/view.png", "/blog/posts/trip/map.pdf", "/blog/img/logo.svg", "/blog/posts/index.xml", "/blog/tags/go/index.xml"]) {
      expect(seen).toContain(path);
    }
    expect(seen.filter((p) => p.endsWith("/index.xml")).length).toBeGreaterThanOrEqual(6);
  });

  it("also works at the root of a host, with the same content", async () => {
    const dir = writeSite(everyLink);
    const port = await freePort();
    const built = await buildDir(dir, ["--base-url", `http://127.0.0.1:${port}/`]);
    expect(built.code, built.log).toBe(0);
    const { origin } = await serveStatic(join(dir, "out"), "/", port);
    const result = await crawl(origin, "/", ["/", "/sitemap.xml", "/robots.txt", "/old-first/"]);
    expect(result.broken).toEqual([]);
    expect(result.visited.size).toBeGreaterThan(20);
  });
});
