import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { unchangedBut } from "../content/loader.ts";
import { HeardChanges, watchFolder, type FolderWatch } from "./content-watch.ts";

describe("HeardChanges", () => {
  it("trusts the watcher only while it listens, forgets what each build took, and covers what is below a folder", () => {
    const heard = new HeardChanges();
    heard.heard(["/c/posts/a.md"]);
    expect(heard.take(), "not listening yet").toBeUndefined();
    heard.listening();
    heard.heard(["/c/posts/a.md", "/c/notes"]);
    const paths = heard.take()!;
    expect(paths).toEqual(["/c/posts/a.md", "/c/notes"]);
    expect(["/c/posts/a.md", "/c/posts/b.md", "/c/notes/deep/x.md", "/c/notes-other.md"].map(unchangedBut(paths))).toEqual([false, true, false, true]);
    expect(heard.take(), "taken by the last build").toEqual([]);
    heard.heard(Array.from({ length: 100 }, (_, i) => `/c/posts/p${i}.md`));
    expect(heard.take(), "too many to check one by one").toBeUndefined();
    heard.lost();
    expect(heard.take(), "after a watcher error").toBeUndefined();
  });
});

describe("watchFolder", () => {
  const watches: FolderWatch[] = [];
  afterEach(async () => {
    await Promise.all(watches.splice(0).map((watch) => watch.close()));
  });

  /** Resolves with the first batch of changed paths that passes `test`, or rejects after a few seconds. */
  const next = (batches: string[][], test: (paths: string[]) => boolean) =>
    new Promise<string[]>((resolve, reject) => {
      const deadline = Date.now() + 5000;
      const look = () => {
        const found = batches.find(test);
        if (found) return resolve(found);
        if (Date.now() > deadline) return reject(new Error(`no such change among ${JSON.stringify(batches)}`));
        setTimeout(look, 20);
      };
      look();
    });

  it("watches a folder made after it started, and one removed and made again, the whole folder counting as changed", async () => {
    const parent = mkdtempSync(join(tmpdir(), "folio-watch-"));
    const root = join(parent, "content");
    const batches: string[][] = [];
    const heard = new HeardChanges();
    watches.push(await watchFolder(root, (paths) => batches.push(paths), [], heard));
    expect(heard.take(), "nothing to listen to yet").toBeUndefined();
    // Made with a post in it at once: the post may be written before the folder is watched.
    mkdirSync(join(root, "posts"), { recursive: true });
    writeFileSync(join(root, "posts/a.md"), "a");
    await next(batches, (paths) => paths.includes(root));
    expect(heard.take(), "the whole folder is to be read again").toContain(root);
    writeFileSync(join(root, "posts/b.md"), "b");
    await next(batches, (paths) => paths.includes(join(root, "posts/b.md")));
    expect(heard.take()).toContain(join(root, "posts/b.md"));

    rmSync(root, { recursive: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(heard.take(), "not trusted while the folder is gone").toBeUndefined();
    batches.length = 0;
    mkdirSync(root);
    writeFileSync(join(root, "c.md"), "c");
    await next(batches, (paths) => paths.includes(root));
    writeFileSync(join(root, "d.md"), "d");
    await next(batches, (paths) => paths.includes(join(root, "d.md")));
    expect(heard.take()).toEqual(expect.arrayContaining([root, join(root, "d.md")]));

    // Removed and made anew at once, before anything is heard of it (a branch switched): the new folder is watched.
    batches.length = 0;
    rmSync(root, { recursive: true });
    mkdirSync(root);
    writeFileSync(join(root, "e.md"), "e");
    // The new folder watched: said as the folder alone (the old one's going is said with its files).
    await next(batches, (paths) => paths.length === 1 && paths[0] === root);
    writeFileSync(join(root, "f.md"), "f");
    await next(batches, (paths) => paths.includes(join(root, "f.md")));
    rmSync(parent, { recursive: true });
  });
});
