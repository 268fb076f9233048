// The dev server's fast path (cached pages, only changed outputs written) must leave exactly what a full
// build of the same content writes: same files, same bytes.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page, startServer, until } from "./helpers/server.ts";
import { readTree, runCli, writeSite } from "./helpers/site.ts";
import { DEV_MARK } from "../src/serve/dev-output.ts";

const post = (title: string, date: string, tags: string[], body: string) =>
  `+++\ntitle = "${title}"\ndate = ${date}\ntags = [${tags.map((t) => `"${t}"`).join(", ")}]\n+++\n${body}\n`;

describe("the dev server's incremental rebuilds", () => {
  it("end with the same files, byte for byte, as a full build", async () => {
    const dir = writeSite(`
-- folio.toml --
[pagination]
pagerSize = 2
# The dev server never minifies; the build it is compared with must not either.
[minify]
disableHTML = true
disableCSS = true
disableJS = true
-- content/posts/_index.md --
+++
title = "Posts"
+++
`);
    const posts = join(dir, "content/posts");
    const days = ["01", "02", "03", "04", "05"];
    days.forEach((d, i) => writeFileSync(join(posts, `p${i}.md`), post(`Post ${i}`, `2024-01-${d}`, i % 2 ? ["odd"] : ["even"], `Body ${i}.`)));
    writeFileSync(join(posts, "draft.md"), `+++\ntitle = "Draft"\ndraft = true\n+++\nDraft body.\n`);

    const dev = join(dir, "dev");
    const { port } = await startServer(["--content", join(dir, "content"), "--output", dev, "--config", join(dir, "folio.toml")]);
    await until("the first build", async () => (await page(port, "/posts/p2/")) !== undefined);

    // A post's body alone edited, the quickest rebuild (src/eleventy/page-rebuild.ts): its page, the pagers and
    // the feeds that show its summary. Then a summary divider, a draft, a post with an alias, a mistake and its fix.
    const feed = async (path: string, text: string) => (await page(port, path))?.includes(text) === true;
    writeFileSync(join(posts, "p0.md"), post("Post 0", "2024-01-01", ["even"], "Edited body of zero."));
    await until("the body edit", () => feed("/tags/even/index.xml", "Edited body of zero."));
    writeFileSync(join(posts, "p1.md"), post("Post 1", "2024-01-02", ["odd"], "Short.\n\n<!--more-->\n\nThe longer rest."));
    await until("the summary divider", async () => (await feed("/posts/p1/", "The longer rest.")) && !(await feed("/index.xml", "The longer rest.")));
    writeFileSync(join(posts, "draft.md"), `+++\ntitle = "Draft"\ndraft = true\n+++\nDraft body, edited.\n`);
    await until("the draft's edit", () => feed("/posts/draft/", "Draft body, edited."));
    const aliased = (body: string) => `+++\ntitle = "Post 3"\ndate = 2024-01-04\ntags = ["odd"]\naliases = ["/old-three/"]\n+++\n${body}\n`;
    writeFileSync(join(posts, "p3.md"), aliased("Body 3."));
    await until("the alias", async () => (await page(port, "/old-three/")) !== undefined);
    writeFileSync(join(posts, "p3.md"), aliased("Body 3, edited."));
    await until("the aliased post's edit", () => feed("/posts/index.xml", "Body 3, edited."));
    writeFileSync(join(posts, "p0.md"), post("Post 0", "2024-01-01", ["even"], "{{< nosuchshortcode >}}"));
    await until("the mistake", async () => (await page(port, "/posts/p0/")) === undefined);
    writeFileSync(join(posts, "p0.md"), post("Post 0", "2024-01-01", ["even"], "Fixed body of zero."));
    await until("the fix", () => feed("/posts/p0/", "Fixed body of zero."));

    // A new date moves a post in its lists and among its neighbours.
    writeFileSync(join(posts, "p2.md"), post("Post 2", "2024-01-06", ["odd"], "Body 2."));
    await until("the new date", async () => (await page(port, "/posts/"))?.indexOf("Post 2") !== -1);
    rmSync(join(posts, "p4.md"));
    await until("the deletion", async () => (await page(port, "/posts/p4/")) === undefined);
    writeFileSync(join(posts, "p9.md"), post("Added", "2024-02-01", ["new"], "Added body."));
    await until("the addition", async () => (await page(port, "/tags/new/"))?.includes("Added") === true);
    // A term that loses its last page loses its page and its feed; one that comes back gets both again.
    rmSync(join(posts, "p9.md"));
    await until("the term's end", async () => (await page(port, "/tags/new/")) === undefined);
    writeFileSync(join(posts, "p8.md"), post("Gone", "2024-02-02", ["gone"], "Gone body."));
    await until("the second addition", async () => (await page(port, "/tags/gone/")) !== undefined);
    rmSync(join(posts, "p8.md"));
    await until("the second term's end", async () => (await page(port, "/tags/gone/")) === undefined);
    writeFileSync(join(posts, "p8.md"), post("Gone", "2024-02-02", ["gone"], "Gone body."));
    await until("the term's return", async () => (await page(port, "/tags/gone/")) !== undefined);
    // Last, so that no full rebuild after them could mend what they missed: a retitled post (its page, its lists,
    // its neighbours' and related pages' links to it), a new link title and a new description.
    writeFileSync(join(posts, "p2.md"), post("Renamed & <em>", "2024-01-06", ["odd"], "Body 2."));
    await until("the new title", async () => (await page(port, "/posts/p3/"))?.includes("Renamed &amp; &lt;em&gt;") === true);
    writeFileSync(join(posts, "p1.md"), post("Post 1", "2024-01-02", ["odd"], "Short.\n\n<!--more-->\n\nThe longer rest.").replace("+++\n", '+++\nlinkTitle = "One"\n'));
    await until("the link title", async () => (await page(port, "/posts/p0/"))?.includes("One →") === true);
    writeFileSync(join(posts, "p0.md"), post("Post 0", "2024-01-01", ["even"], "Fixed body of zero.").replace("+++\n", '+++\ndescription = "Zero, described."\n'));
    await until("the description", async () => (await page(port, "/posts/p0/"))?.includes("Zero, described.") === true);
    await new Promise((r) => setTimeout(r, 1000)); // let the last build finish writing

    const full = join(dir, "full");
    const { code, stderr } = await runCli(["build", "--drafts", "--future", "--content", join(dir, "content"), "--output", full, "--config", join(dir, "folio.toml")]);
    expect(code, stderr).toBe(0);
    const [devTree, fullTree] = [readTree(dev), readTree(full)];
    // The dev server's mark on its folder, which a build does not write; nothing else may differ.
    expect(devTree[DEV_MARK]).toBeDefined();
    delete devTree[DEV_MARK];
    expect(Object.keys(devTree).sort()).toEqual(Object.keys(fullTree).sort());
    for (const path of Object.keys(fullTree)) expect(devTree[path], path).toBe(fullTree[path]);
  });
});
