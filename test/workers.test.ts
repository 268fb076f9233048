// Rendering on worker threads must give the same site, byte for byte, as rendering on the main thread.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { post } from "../src/bench/corpus.ts";
import { WORKER_THRESHOLD } from "../src/content/render-pool.ts";
import { readTree, runCli, writeSite } from "./helpers/site.ts";


describe("render workers", () => {
  it("give the same output as the main thread alone", async () => {
    const dir = writeSite("");
    mkdirSync(join(dir, "content/posts"), { recursive: true });
    // Enough pages for the workers to be used at all (a tenth of the corpus's posts are drafts).
    for (let i = 0; i < WORKER_THRESHOLD * 1.2; i++) writeFileSync(join(dir, `content/posts/post-${i}.md`), post(i));
    // What a page takes from other pages must come out the same on threads: refs and Markdown links to later
    // pages, a cascade from an _index.md that sorts after pages below it, a leaf bundle and its files, a
    // section's own text.
    const ref = (i: number) => `+++\ntitle = "Refs ${i}"\ndate = 2024-01-0${(i % 9) + 1}\n+++\n\nSee {{< ref "posts/post-${700 - 10 * i}.md" >}}, [the last](post-${711 - 10 * i}.md), {{< relref "/notes/zz-last.md" >}} and [a note](../notes/zz-last.md#end).\n`;
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `content/posts/a-refs-${i}.md`), ref(i));
    mkdirSync(join(dir, "content/notes/trip"), { recursive: true });
    writeFileSync(join(dir, "content/notes/_index.md"), '+++\ntitle = "Notes"\n[cascade]\n[cascade.params]\nmood = "calm"\n+++\n\nAll the notes.\n');
    writeFileSync(join(dir, "content/notes/0-first.md"), '+++\ntitle = "First"\ndate = 2024-02-01\n+++\n\nBefore the index in path order.\n');
    writeFileSync(join(dir, "content/notes/Capital.md"), '+++\ntitle = "Capital"\ndate = 2024-02-02\n+++\n\nAlso before it.\n');
    writeFileSync(join(dir, "content/notes/zz-last.md"), '+++\ntitle = "Last"\ndate = 2024-02-03\n+++\n\n## End\n\nBack to {{< ref "posts/a-refs-0.md" >}}.\n');
    writeFileSync(join(dir, "content/notes/trip/index.md"), '+++\ntitle = "Trip"\ndate = 2024-02-04\n+++\n\n![A map](map.svg) and [the notes](notes.txt).\n');
    writeFileSync(join(dir, "content/notes/trip/map.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, "content/notes/trip/notes.txt"), "notes");
    const build = async (workers: string) => {
      const out = join(dir, `out-${workers}`);
      const { code, stderr } = await runCli(["build", "--workers", workers, "--content", join(dir, "content"), "--output", out, "--config", join(dir, "folio.toml")]);
      expect(code, stderr).toBe(0);
      if (workers !== "0") expect(stderr).toContain(`rendered on ${workers} threads`);
      return readTree(out);
    };
    const [main, workers] = [await build("0"), await build("2")];
    expect(Object.keys(workers).sort()).toEqual(Object.keys(main).sort());
    for (const path of Object.keys(main)) expect(workers[path], path).toBe(main[path]);
    expect(main["posts/a-refs-3/index.html"]).toContain("<p>See /posts/post-670/, <a href=\"/posts/post-681/\">");
    expect(main["posts/a-refs-3/index.html"]).toContain('href="/notes/zz-last/#end"');
    expect(main["notes/0-first/index.html"]).toBeDefined();
  });
});
