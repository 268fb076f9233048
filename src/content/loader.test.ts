import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent, readText } from "./loader.ts";
import { RenderCache } from "./render-cache.ts";

const dir = mkdtempSync(join(tmpdir(), "folio-loader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadContent, told by the watcher what is unchanged", () => {
  it("does not look again at a file the watcher did not hear of, and reads the ones it did and the new ones", () => {
    mkdirSync(join(dir, "posts"));
    const [a, b] = [join(dir, "posts/a.md"), join(dir, "posts/b.md")];
    writeFileSync(a, "first a");
    writeFileSync(b, "first b");
    const memo = new RenderCache();
    const texts = (unchanged?: (path: string) => boolean) => loadContent(dir, dir, memo, unchanged).files.map((f) => f.text);
    expect(texts()).toEqual(["first a", "first b"]);
    writeFileSync(a, "second a, longer");
    writeFileSync(b, "second b, longer");
    writeFileSync(join(dir, "posts/c.md"), "new c");
    // Heard: b only. a is taken as it was read (the watcher's word), c is new and read.
    expect(texts((path) => path !== b)).toEqual(["first a", "second b, longer", "new c"]);
    // Without the watcher's word every file is checked on disk.
    expect(texts()).toEqual(["second a, longer", "second b, longer", "new c"]);
  });
});

describe("readText", () => {
  it("reads files larger and smaller than its buffer, one after another, and refuses text that is not UTF-8", () => {
    const big = `${"é".repeat(700_000)}end`; // 1.4 MB: longer than the buffer it reads into
    const paths = ["big.md", "small.md", "bad.md", "empty.md"].map((name) => join(dir, name));
    writeFileSync(paths[0]!, big);
    writeFileSync(paths[1]!, "small");
    writeFileSync(paths[2]!, Buffer.from([0x61, 0xff, 0x62]));
    writeFileSync(paths[3]!, "");
    const read = () => paths.map((path) => readText(path));
    expect(read()).toEqual([big, "small", undefined, ""]);
    expect(read(), "the same again, with the buffer the large file grew").toEqual([big, "small", undefined, ""]);
    expect(() => readText(join(dir, "missing.md"))).toThrow(/ENOENT/);
  });
});
