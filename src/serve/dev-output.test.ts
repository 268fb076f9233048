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
      expect(freshDevOutput(dir, DEFAULT)).toBeUndefined();
      expect(readdirSync(dir)).toEqual([DEV_MARK]);
    }
  });

  it("is emptied when the dev server made it: its mark inside, or the default folder", () => {
    const marked = join(root, "marked");
    freshDevOutput(marked, DEFAULT);
    mkdirSync(join(marked, "posts/gone"), { recursive: true });
    writeFileSync(join(marked, "posts/gone/index.html"), "stale");
    mkdirSync(DEFAULT, { recursive: true });
    writeFileSync(join(DEFAULT, "old.txt"), "from before the mark existed");
    for (const dir of [marked, DEFAULT]) {
      expect(freshDevOutput(dir, DEFAULT)).toBeUndefined();
      expect(readdirSync(dir)).toEqual([DEV_MARK]);
    }
  });

  it("keeps a folder it did not make, and says so", () => {
    const theirs = join(root, "theirs");
    mkdirSync(theirs);
    writeFileSync(join(theirs, "keep.txt"), "mine");
    expect(freshDevOutput(theirs, DEFAULT)).toMatch(/theirs was not made by the dev server: what was in it before stays, and is served$/);
    expect(readdirSync(theirs)).toEqual(["keep.txt"]);
    expect(existsSync(join(theirs, DEV_MARK))).toBe(false);
  });
});
