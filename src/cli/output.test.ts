import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeAtomically } from "./output.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "folio-output-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Every file below `dir` with its text, so a whole tree is compared at once. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return files;
}

const site = (files: Record<string, string>) => async (dir: string) => {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
};

function previousBuild(output: string) {
  mkdirSync(join(output, "old"), { recursive: true });
  writeFileSync(join(output, "index.html"), "old home");
  writeFileSync(join(output, "old", "index.html"), "stale page");
}

describe("writeAtomically", () => {
  it("replaces the previous output wholly: a stale file is gone", async () => {
    const output = join(root, "_site");
    previousBuild(output);
    await writeAtomically(output, site({ "index.html": "new home", "posts/a/index.html": "A" }));
    expect(tree(output)).toEqual({ "index.html": "new home", "posts/a/index.html": "A" });
    expect(readdirSync(root)).toEqual(["_site"]);
  });

  it("leaves the previous output byte-identical, and no staging folder, when the writer throws", async () => {
    const output = join(root, "_site");
    previousBuild(output);
    const before = tree(output);
    const failing = async (dir: string) => {
      await site({ "index.html": "half-written" })(dir);
      throw new Error("template error");
    };
    await expect(writeAtomically(output, failing)).rejects.toThrow("template error");
    expect(tree(output)).toEqual(before);
    expect(readdirSync(root)).toEqual(["_site"]);
  });

  it("writes the output when it does not exist yet", async () => {
    const output = join(root, "_site");
    await writeAtomically(output, site({ "index.html": "home" }));
    expect(tree(output)).toEqual({ "index.html": "home" });
    expect(readdirSync(root)).toEqual(["_site"]);
  });

  it("creates missing parent folders", async () => {
    const output = join(root, "a", "b", "dev");
    await writeAtomically(output, site({ "index.html": "home" }));
    expect(tree(output)).toEqual({ "index.html": "home" });
    expect(readdirSync(join(root, "a", "b"))).toEqual(["dev"]);
  });

  it("stages beside the output, in a hidden folder named after it", async () => {
    const output = join(root, "_site");
    let staging = "";
    await writeAtomically(output, async (dir) => {
      staging = dir;
    });
    expect(relative(root, staging)).toMatch(/^\._site-staging-\w+$/);
    expect(existsSync(staging)).toBe(false);
  });

  it("leaves nothing behind when the writer throws and there was no previous output", async () => {
    const output = join(root, "_site");
    await expect(writeAtomically(output, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(readdirSync(root)).toEqual([]);
  });
});
