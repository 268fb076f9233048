import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeAtomically, writeFailure } from "./output.ts";

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

describe("writeFailure", () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: the system's words`), { code });

  it("says in words what stopped the writing, and what to do", () => {
    expect(writeFailure(errno("ENOSPC"), "/srv/site/out")).toBe(
      "folio: cannot write the site to /srv/site/out: the disk is full (ENOSPC); nothing was written, the previous site is unchanged.\n" +
        "  hint: free some space on the disk that holds /srv/site, then build again",
    );
    expect(writeFailure(errno("EROFS"), "/srv/site/out")).toContain("the file system is read-only (EROFS)");
  });

  it("finds the system's error inside Eleventy's wrapping", () => {
    const wrapped = Object.assign(new Error("Having trouble writing to ./index.html"), { originalError: errno("EACCES") });
    expect(writeFailure(wrapped, "/srv/site/out")).toContain("permission denied (EACCES)");
  });

  it("leaves any other error to the caller", () => {
    expect(writeFailure(new Error("a bug"), "/srv/site/out")).toBeUndefined();
    expect(writeFailure(errno("ENOENT"), "/srv/site/out")).toBeUndefined();
  });
});
