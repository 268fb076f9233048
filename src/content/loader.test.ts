import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "./loader.ts";
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
