import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { unchangedBut } from "../content/loader.ts";
import { RenderCache } from "../content/render-cache.ts";
import { defaultOptions, loadSite, type FolioOptions, type LoadResult } from "../load.ts";
import { rebuildPage, type PageRebuildContext } from "./page-rebuild.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "folio-edit-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const NOW = new Date("2024-06-01T00:00:00Z");
const write = (files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};
const post = (title: string, date: string, body: string, extra = "") => `+++\ntitle = "${title}"\ndate = ${date}\ntags = ["go"]\n${extra}+++\n${body}\n`;

/** A site of three posts, loaded with a cache as the dev server loads it. */
async function devSite(settings = "[pagination]\npagerSize = 1\n") {
  write({
    "folio.toml": settings,
    "content/posts/a.md": post("A", "2024-01-01", "Body of a."),
    "content/posts/b.md": post("B", "2024-01-02", "Body of b.", 'aliases = ["/old-b/"]\n'),
    "content/posts/c.md": post("C", "2024-01-03", "Body of c."),
    "content/about.md": post("About", "2024-01-04", "About us."),
  });
  const cache = new RenderCache();
  const options: FolioOptions = { ...defaultOptions, layoutsDir: resolve("layouts"), now: () => NOW, cache, serving: true };
  const site = await loadSite(options, root);
  expect(site.problems).toEqual([]);
  return { site, cache, options };
}
const abs = (path: string) => join(root, "content", path);
const context = (cache: RenderCache, heard: string[], more: Partial<PageRebuildContext> = {}): PageRebuildContext => ({
  contentDir: join(root, "content"), cache, heard, queued: heard, now: NOW, ...more,
});
const pageOf = (site: LoadResult, path: string) => site.site.regularPages.find((p) => p.path === path)!;

describe("rebuildPage", () => {
  it("gives a post a new body in place, and names its outputs and the lists that show it, nothing else", async () => {
    const { site, cache, options } = await devSite();
    const b = pageOf(site, "posts/b.md");
    const keyBefore = site.renderKeys.get(b);
    write({ "content/posts/b.md": post("B", "2024-01-02", "A **new** body of b.", 'aliases = ["/old-b/"]\n') });
    const rebuild = rebuildPage(site, context(cache, [abs("posts/b.md")]))!;
    expect(rebuild.page).toBe(b);
    expect(b.content).toContain("<strong>new</strong>");
    expect(b.summary).toContain("<strong>new</strong>");
    expect(site.renderKeys.get(b)).not.toBe(keyBefore);
    // Its page, its alias's redirect, the one pager of each list that shows it (pagerSize = 1): third on the
    // home page and its term's (after about.md and c.md), second in its section; and the 404 and search pages,
    // which show the newest posts.
    const written = rebuild.items.map((item) => item.outputPath).sort();
    expect(written).toEqual(["404.html", "old-b/index.html", "page/3/index.html", "posts/b/index.html", "posts/page/2/index.html", "search/index.html", "tags/go/page/3/index.html"]);
    // The next full build, told the file is unchanged, has the new text and takes the page from the cache.
    const hits = cache.hits;
    const again = await loadSite({ ...options, unchanged: unchangedBut([]) }, root);
    expect(pageOf(again, "posts/b.md").content).toBe(b.content);
    expect(cache.hits - hits).toBe(4);
  });

  it("gives a retitled post its new title in place, in its lists and in the links to it", async () => {
    const { site, cache, options } = await devSite();
    const [a, b, c, about] = ["posts/a.md", "posts/b.md", "posts/c.md", "about.md"].map((path) => pageOf(site, path));
    const keyOf = (page: typeof a) => site.renderKeys.get(page!);
    const [keyA, keyB] = [keyOf(a), keyOf(b)];
    write({ "content/posts/b.md": post("B & co", "2024-01-02", "Body of b.", 'aliases = ["/old-b/"]\ndescription = "New."\n') });
    const rebuild = rebuildPage(site, context(cache, [abs("posts/b.md")]))!;
    expect(rebuild.page).toBe(b);
    expect([b!.title, b!.linkTitle, b!.description]).toEqual(["B & co", "B & co", "New."]);
    // Its neighbours in its section and the pages it is related to (all share its tag) hold links to it.
    expect(c!.prevInSection).toEqual({ title: "B & co", linkTitle: "B & co", url: "/posts/b/" });
    expect(a!.nextInSection?.title).toBe("B & co");
    for (const other of [a, c, about]) expect(other!.related.find((link) => link.url === "/posts/b/")?.title).toBe("B & co");
    expect(keyOf(b!)).not.toBe(keyB);
    expect(keyOf(a!)).toBe(keyA); // what a page shows of others' titles is in its links, not in its own rendering
    // The next full build finds the related pages as they were: nothing is ranked again.
    const rankings = cache.related.rankings;
    await loadSite({ ...options, unchanged: unchangedBut([]) }, root);
    expect(cache.related.rankings).toBe(rankings);
    const written = rebuild.items.map((item) => item.outputPath).sort();
    expect(written).toEqual(["404.html", "about/index.html", "old-b/index.html", "page/3/index.html", "posts/a/index.html", "posts/b/index.html", "posts/c/index.html", "posts/page/2/index.html", "search/index.html", "tags/go/page/3/index.html"]);
  });

  it("gives a post a new description without touching the pages that link to it", async () => {
    const { site, cache } = await devSite();
    write({ "content/posts/b.md": post("B", "2024-01-02", "Body of b.", 'aliases = ["/old-b/"]\ndescription = "Now described."\n') });
    const rebuild = rebuildPage(site, context(cache, [abs("posts/b.md")]))!;
    expect(rebuild.page.description).toBe("Now described.");
    expect(rebuild.items.map((item) => item.outputPath).sort()).toEqual(["404.html", "old-b/index.html", "page/3/index.html", "posts/b/index.html", "posts/page/2/index.html", "search/index.html", "tags/go/page/3/index.html"]);
  });

  it("leaves anything else to the full build, and changes nothing then", async () => {
    const { site, cache } = await devSite();
    const b = pageOf(site, "posts/b.md");
    const [content, title] = [b.content, b.title];
    const cases: [string, () => void, Partial<PageRebuildContext>?][] = [
      ["a new date", () => write({ "content/posts/b.md": post("B", "2024-01-05", "Body of b.", 'aliases = ["/old-b/"]\n') })],
      ["a new alias", () => write({ "content/posts/b.md": post("B", "2024-01-02", "New body.", 'aliases = ["/old-b/", "/older-b/"]\n') })],
      ["a parameter", () => write({ "content/posts/b.md": post("B", "2024-01-02", "New body.", 'aliases = ["/old-b/"]\nsubtitle = "x"\n') })],
      ["a menu entry", () => write({ "content/posts/b.md": post("B", "2024-01-02", "New body.", 'aliases = ["/old-b/"]\nmenus = "main"\n') })],
      ["a body with a problem", () => write({ "content/posts/b.md": post("B", "2024-01-02", "{{< nosuchshortcode >}}", 'aliases = ["/old-b/"]\n') })],
      ["a layout queued too", () => write({ "content/posts/b.md": post("B", "2024-01-02", "New body.", 'aliases = ["/old-b/"]\n') }), { queued: [abs("posts/b.md"), resolve("layouts/baseof.njk")] }],
      ["two files heard", () => write({ "content/posts/b.md": post("B", "2024-01-02", "New body.", 'aliases = ["/old-b/"]\n') }), { heard: [abs("posts/a.md"), abs("posts/b.md")] }],
      ["a watcher not trusted", () => {}, { heard: undefined }],
      ["a file deleted", () => rmSync(abs("posts/b.md"))],
      ["a new file", () => write({ "content/posts/d.md": post("D", "2024-01-05", "New.") }), { heard: [abs("posts/d.md")], queued: [abs("posts/d.md")] }],
    ];
    for (const [what, change, more] of cases) {
      change();
      expect(rebuildPage(site, context(cache, [abs("posts/b.md")], more)), what).toBeUndefined();
      expect([b.content, b.title], what).toEqual([content, title]);
    }
  });

  it("goes the full way for a new title that moves a post among posts of its date, or one a menu shows", async () => {
    write({
      "folio.toml": '[[menus.main]]\nname = "About"\npageRef = "/about"\n',
      "content/posts/x.md": post("X", "2024-01-01", "X."),
      "content/posts/y.md": post("Y", "2024-01-01", "Y."),
      "content/about.md": post("About", "2024-01-04", "About us."),
    });
    const cache = new RenderCache();
    const site = await loadSite({ ...defaultOptions, layoutsDir: resolve("layouts"), now: () => NOW, cache, serving: true }, root);
    expect(site.site.regularPages.map((p) => p.title)).toEqual(["About", "X", "Y"]);
    write({ "content/posts/x.md": post("Z", "2024-01-01", "X.") }); // after Y now
    expect(rebuildPage(site, context(cache, [abs("posts/x.md")]))).toBeUndefined();
    write({ "content/about.md": post("About us", "2024-01-04", "About us.") }); // the menu's entry is named
    expect(rebuildPage(site, context(cache, [abs("about.md")]))).toBeUndefined();
    write({ "content/posts/x.md": post("W", "2024-01-01", "X.") }); // still before Y
    expect(rebuildPage(site, context(cache, [abs("posts/x.md")]))?.page.title).toBe("W");
  });

  it("goes the full way once the clock has published a future post", async () => {
    const { site, cache } = await devSite();
    const later = { ...context(cache, [abs("posts/a.md")]) };
    write({ "content/posts/a.md": post("A", "2024-01-01", "Edited."), "content/posts/z.md": post("Z", "2024-07-01", "Soon.") });
    const withFuture = await loadSite({ ...defaultOptions, layoutsDir: resolve("layouts"), now: () => NOW, cache, serving: true, flags: {} }, root);
    expect(withFuture.stableUntil).toBe(new Date("2024-07-01T00:00:00Z").getTime());
    write({ "content/posts/a.md": post("A", "2024-01-01", "Edited again.") });
    expect(rebuildPage(withFuture, { ...later, now: new Date("2024-07-02T00:00:00Z") })).toBeUndefined();
    expect(rebuildPage(withFuture, later)?.page.content).toContain("Edited again.");
    expect(site.stableUntil).toBe(Infinity);
  });
});
