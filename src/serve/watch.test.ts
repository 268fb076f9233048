import type Eleventy from "@11ty/eleventy";
import chokidar from "@11ty/chokidar-with-glob-support";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ignoreInitialLinks } from "./watch.ts";

const root = mkdtempSync(join(tmpdir(), "folio-watch-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Eleventy's watcher and symbolic links", () => {
  it("does not report the links there from the start as added, and still reports a link or file made later", async () => {
    writeFileSync(join(root, "target.txt"), "target");
    symlinkSync(join(root, "target.txt"), join(root, "link.txt"));
    symlinkSync(root, join(root, "linkdir"));
    await pause(20); // the links' inode times fall before the watcher is made
    const eleventy = {} as Eleventy;
    ignoreInitialLinks(eleventy);
    // As Eleventy makes it (its options, and folio's setChokidarConfig).
    const watcher = chokidar.watch(root, { ignoreInitial: true, followSymlinks: false, awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
    (eleventy as { watcher: unknown }).watcher = watcher;
    const events: string[] = [];
    watcher.on("all", (event: string, path: string) => events.push(`${event} ${path.slice(root.length + 1)}`));
    try {
      await new Promise((resolve) => watcher.on("ready", resolve));
      await pause(300);
      expect(events).toEqual([]);
      symlinkSync(join(root, "target.txt"), join(root, "later.txt"));
      writeFileSync(join(root, "new.txt"), "new");
      await pause(400);
      expect(events.sort()).toEqual(["add later.txt", "add new.txt"]);
    } finally {
      await watcher.close();
    }
  });
});
