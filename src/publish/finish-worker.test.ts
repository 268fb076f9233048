import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { answer, prepare } from "./finish-worker.ts";
import type { WriteRequest } from "./finish-pool.ts";

const dir = mkdtempSync(join(tmpdir(), "folio-finish-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const layoutsDir = join(dir, "layouts");
mkdirSync(join(layoutsDir, "_assets"), { recursive: true });
writeFileSync(join(layoutsDir, "_assets", "site.css"), "body {}");
writeFileSync(join(layoutsDir, "single.njk"), `{{ p.title }} of {{ site.title }} {{ "site.css" | fingerprint }}`);
writeFileSync(join(layoutsDir, "broken.njk"), "{% if %}");

/** A write request as the main thread makes one (finish-pool.ts), for items written into `out`. */
function request(site: object, items: object[], out: string): WriteRequest {
  const bytes = serialize({ site, items, lent: [] });
  const data = new SharedArrayBuffer(bytes.length);
  new Uint8Array(data).set(bytes);
  return { kind: "write", outputDir: out, layoutsDir, projectDir: dir, data, next: new Int32Array(new SharedArrayBuffer(4)), bodies: [], options: { minify: { html: false, css: false, js: false } } } as WriteRequest;
}

const write = (site: object, items: object[], out: string) => answer(request(site, items, out), () => {}, (w) => w());

describe("a writing thread", () => {
  it("compiles the layouts ahead of the site (a broken one is left for the writing to report), for the next request only", async () => {
    expect(() => prepare(layoutsDir, dir)).not.toThrow();
    // Compiled ahead: what the writing uses is the layout as it was prepared.
    writeFileSync(join(layoutsDir, "single.njk"), "changed after the layouts were compiled");
    const page = { title: "A <b>" };
    const first = await write({ title: "One" }, [{ outputPath: "a/index.html", template: "single.njk", page }], join(dir, "out1"));
    expect(readFileSync(join(dir, "out1", "a/index.html"), "utf8")).toMatch(/^A &lt;b&gt; of One \/site\.[0-9a-f]{12}\.css$/);
    expect(first.fingerprinted).toEqual(["site.css"]);
    // The next request, not prepared for (another build on the same threads), reads the layouts as they are now.
    const second = await write({ title: "Two" }, [{ outputPath: "b/index.html", template: "single.njk", page }], join(dir, "out2"));
    expect(readFileSync(join(dir, "out2", "b/index.html"), "utf8")).toBe("changed after the layouts were compiled");
    expect(second.fingerprinted).toEqual([]);
    writeFileSync(join(layoutsDir, "single.njk"), `{{ p.title }} of {{ site.title }} {{ "site.css" | fingerprint }}`);
    prepare(layoutsDir, dir);
    await write({ title: "Three" }, [{ outputPath: "b/index.html", template: "single.njk", page }], join(dir, "out3"));
    expect(readFileSync(join(dir, "out3", "b/index.html"), "utf8")).toMatch(/^A &lt;b&gt; of Three \/site\./);
    await expect(write({ title: "Four" }, [{ outputPath: "c/index.html", template: "broken.njk", page }], join(dir, "out4"))).rejects.toThrow(/broken\.njk/);
  });
});
