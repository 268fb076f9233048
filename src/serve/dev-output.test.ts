import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_MARK, freshDevOutput } from "./dev-output.ts";

const root = mkdtempSync(join(tmpdir(), "folio-dev-output-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const DEFAULT = join(root, "project/.folio/dev");

describe("the dev server's output folder", () => {
  it("is made and marked when it is not there, or there and empty", () => {
    for (const dir of [join(root, "new/dev"), join(root, "empty")]) {
      if (dir.endsWith("empty")) mkdirSync(dir);
      expect(freshDevOutput(dir, DEFAULT).note).toBeUndefined();
      expect(readdirSync(dir)).toEqual([DEV_MARK]);
    }
  });

  it("is emptied when the dev server made it: its mark inside, or the default folder", async () => {
    const marked = join(root, "marked");
    freshDevOutput(marked, DEFAULT);
    mkdirSync(join(marked, "posts/gone"), { recursive: true });
    writeFileSync(join(marked, "posts/gone/index.html"), "stale");
    mkdirSync(DEFAULT, { recursive: true });
    writeFileSync(join(DEFAULT, "old.txt"), "from before the mark existed");
    // Beside them: what an earlier run stopped before deleting left, and a folder of the user's.
    mkdirSync(join(root, ".marked.folio-old-1-2/posts"), { recursive: true });
    mkdirSync(join(root, "marked.old"));
    for (const dir of [marked, DEFAULT]) {
      const output = freshDevOutput(dir, DEFAULT);
      expect(output.note).toBeUndefined();
      expect(readdirSync(dir)).toEqual([DEV_MARK]);
      await output.removeOld();
      expect(readdirSync(join(dir, "..")).filter((name) => name.includes("folio-old"))).toEqual([]);
    }
    expect(existsSync(join(root, "marked.old"))).toBe(true);
  });

  it("keeps a folder it did not make, and says so", () => {
    const theirs = join(root, "theirs");
    mkdirSync(theirs);
    writeFileSync(join(theirs, "keep.txt"), "mine");
    expect(freshDevOutput(theirs, DEFAULT).note).toMatch(/theirs was not made by the dev server: what was in it before stays, and is served$/);
    expect(readdirSync(theirs)).toEqual(["keep.txt"]);
    expect(existsSync(join(theirs, DEV_MARK))).toBe(false);
  });
});
