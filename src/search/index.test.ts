import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { hasSearch, indexSite, SearchIndexError } from "./index.ts";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder of HTML files: `{ "posts/a/index.html": "<html>…" }`. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "folio-search-"));
  made.push(dir);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Menu</nav>${body}<footer>Footer words</footer></body></html>`;

/** The pages of an index, each as Pagefind keeps it: url, text, metadata. */
function fragments(dir: string): { url: string; content: string; meta: Record<string, string> }[] {
  const folder = join(dir, "pagefind", "fragment");
  // Each fragment is gzipped JSON behind Pagefind's signature.
  return readdirSync(folder).map((name) => JSON.parse(gunzipSync(readFileSync(join(folder, name))).subarray("pagefind_dcd".length).toString("utf8")));
}

describe("indexSite", () => {
  it("indexes what the pages mark with data-pagefind-body, and only the files the search box needs", async () => {
    const dir = site({
      "index.html": page('<main><h1>Home</h1><p>Lists of things.</p></main>'),
      "posts/a/index.html": page('<article><header data-pagefind-body data-pagefind-meta="title:A post"><h1>A &amp; post</h1><p data-pagefind-ignore>1 min read</p></header><div data-pagefind-body data-pagefind-meta="section:Posts"><h2 id="zebras">Zebras</h2><p>Stripes.</p></div></article>'),
      "404.html": page("<main><h1>Not found</h1></main>"),
    });
    const made = await indexSite(dir);
    expect(made).toMatchObject({ pages: 1, files: expect.any(Number), bytes: expect.any(Number) });
    expect(made.seconds).toBeGreaterThan(0);
    const bundle = readdirSync(join(dir, "pagefind"));
    expect(bundle).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "fragment", "index"]));
    expect(bundle.filter((name) => /ui|highlight/.test(name))).toEqual([]); // Pagefind's own interfaces are not published
    expect(fragments(dir)).toEqual([
      expect.objectContaining({ url: "/posts/a/", content: "A & post. Zebras. Stripes.", meta: { title: "A post", section: "Posts" } }),
    ]);
  });

  it("refuses to write over a pagefind/ folder the site already has, unless replacing its own earlier index", async () => {
    const dir = site({ "index.html": page("<main data-pagefind-body><h1>Home</h1></main>"), "pagefind/mine.txt": "an author's file" });
    await expect(indexSite(dir)).rejects.toThrow(new SearchIndexError("the site already has a pagefind/ folder, where the search index goes: move what public/pagefind/ or a page's url put there"));
    expect(readFileSync(join(dir, "pagefind/mine.txt"), "utf8")).toBe("an author's file");
    // The dev server replaces its own index whole: nothing stale is left.
    await indexSite(dir, { replace: true });
    expect(existsSync(join(dir, "pagefind/mine.txt"))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["index.html", "pagefind"]);
  });

  it("writes the same bytes for the same pages", async () => {
    const pages = { "a/index.html": page("<main data-pagefind-body><h1>A</h1><p>One two three.</p></main>"), "b/index.html": page("<main data-pagefind-body><h1>B</h1><p>Four.</p></main>") };
    const [one, two] = [site(pages), site(pages)];
    await indexSite(one);
    await indexSite(two);
    const read = (dir: string) => {
      const bundle = join(dir, "pagefind");
      const files = readdirSync(bundle, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(bundle, f)).isFile());
      return Object.fromEntries(files.sort().map((f) => [f, readFileSync(join(bundle, f)).toString("base64")]));
    };
    expect(read(one)).toEqual(read(two));
  });
});

describe("hasSearch", () => {
  it("is true when search is on and an output is /search/", () => {
    const on = { searchURL: "/search/" };
    expect(hasSearch({ site: on, items: [{ outputPath: "index.html" }, { outputPath: "search/index.html" }] })).toBe(true);
    expect(hasSearch({ site: on, items: [{ outputPath: "index.html" }, { outputPath: "searching/index.html" }] })).toBe(false);
    // disableKinds = ["search"], and a page of the author's at /search/
    expect(hasSearch({ site: {}, items: [{ outputPath: "search/index.html" }] })).toBe(false);
  });
});
