// Every build checks every internal link of the site it wrote, before swapping it in: a broken one stops the
// build naming the Markdown file and line, the link and the nearest target, and the previous site stays.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crawl, serveStatic } from "./helpers/crawl.ts";
import { freePort } from "./helpers/server.ts";
import { buildDir, readTree, writeFiles, writeSite } from "./helpers/site.ts";

const good = `
-- folio.toml --
baseURL = "https://example.org/docs/"
-- content/posts/guide.md --
+++
title = "Guide"
date = 2024-01-02T00:00:00Z
+++
## Install

Read [the FAQ](faq.md), [its second question](faq.md#why-not), [this page's install step](#install) and
[the FAQ again](../posts/faq.md). See [the logo](/img/logo.svg).
-- content/posts/faq.md --
+++
title = "FAQ"
date = 2024-01-01T00:00:00Z
+++
## Why?

## Why not?

Back to [the guide](guide.md#install).
-- public/img/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`;

describe("the link check", () => {
  it("passes a site whose links all lead somewhere, as a crawl over HTTP confirms, and says what it checked", async () => {
    const dir = writeSite(good);
    const port = await freePort();
    const built = await buildDir(dir, ["--base-url", `http://127.0.0.1:${port}/docs/`]);
    expect(built.code, built.log).toBe(0);
    expect(built.log).toMatch(/\d+ internal links checked, 0 broken/);
    // Markdown links to other pages' files are written as those pages' URLs.
    expect(built.read("posts/guide/index.html")).toContain('<a href="/docs/posts/faq/#why-not">its second question</a>');
    const { origin } = await serveStatic(join(dir, "out"), "/docs/", port);
    const result = await crawl(origin, "/docs/", ["/docs/", "/docs/sitemap.xml"]);
    expect(result.broken).toEqual([]);
    expect(result.outside).toEqual([]);
    expect([...result.visited.keys()]).toContain(`${origin}/docs/posts/faq/`);
  });

  // Each mistake, added to the good site's guide (line 10 of content/posts/guide.md), as the build reports it.
  it.each([
    [
      "a link to a page that does not exist",
      "[x](/posts/gide/)",
      'content/posts/guide.md:10:5: the link "/docs/posts/gide/" leads nowhere: no file of the site is at /docs/posts/gide/',
      "did you mean /docs/posts/guide/?",
    ],
    [
      "a Markdown link to a file that does not exist",
      "[x](fqa.md)",
      'content/posts/guide.md:10:5: the link "fqa.md" leads nowhere: no file of the site is at /docs/posts/guide/fqa.md',
      "did you mean /docs/posts/faq/?",
    ],
    [
      "a heading that does not exist",
      "[x](faq.md#why-nott)",
      'content/posts/guide.md:10:11: the link "/docs/posts/faq/#why-nott" leads nowhere: /docs/posts/faq/ has no element with id "why-nott"',
      "did you mean #why-not?",
    ],
    [
      "an image that is not there",
      "![x](diagram.png)",
      'content/posts/guide.md:10:6: the link "diagram.png" leads nowhere: no file of the site is at /docs/posts/guide/diagram.png',
      "fix the address or remove the link (links to other sites are not checked)",
    ],
    [
      "an anchor on its own page that does not exist",
      "[x](#instal)",
      'content/posts/guide.md:10:5: the link "#instal" leads nowhere: /docs/posts/guide/ has no element with id "instal"',
      "did you mean #install?",
    ],
  ])("stops at %s, naming file, line, link and the nearest target; the previous site stays", async (_, mistake, message, hint) => {
    const dir = writeSite(good);
    const first = await buildDir(dir);
    expect(first.code, first.log).toBe(0);
    const before = readTree(join(dir, "out"));
    writeFiles(dir, `-- content/posts/guide.md --\n${good.split("-- content/posts/guide.md --\n")[1]!.split("-- content/posts/faq.md --")[0]}\n${mistake}\n`);
    const built = await buildDir(dir);
    expect(built.code).toBe(1);
    expect(built.log).toContain(`${message}\n  hint: ${hint}`);
    expect(built.log).toContain("nothing was written, the previous site is unchanged");
    expect(readTree(join(dir, "out"))).toEqual(before);
  });

  it("names a broken link in a public/ file by its line", async () => {
    const built = await buildDir(writeSite(`${good}
-- public/extra.html --
<!doctype html>
<p><a href="/docs/nowhere/">nowhere</a></p>
`));
    expect(built.code).toBe(1);
    expect(built.log).toMatch(/public\/extra\.html:2:13: the link "\/docs\/nowhere\/" leads nowhere: no file of the site is at \/docs\/nowhere\//);
  });
});
