// A build of more than a few hundred pages shows its progress: one line redrawn in a terminal, one line per phase
// in a log (CI), nothing for a small site. FOLIO_PROGRESS=tty stands in for a terminal.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, writeSite } from "./helpers/site.ts";

/** A site of `count` short posts. */
function posts(count: number): string {
  const files = Array.from({ length: count }, (_, i) => `-- content/posts/post-${i}.md --
+++
title = "Post ${i}"
date = 2024-01-01T00:00:00Z
tags = ["t${i % 7}"]
+++
Text of post ${i}, with a [link](/posts/).
`);
  return files.join("");
}

const build = (dir: string, env: NodeJS.ProcessEnv = {}, flags: string[] = []) =>
  runCli(["build", "--content", join(dir, "content"), "--output", join(dir, "out", String(Math.random()).slice(2)), "--config", join(dir, "folio.toml"), ...flags], env);

const CLEAR = "\r\x1b[2K";

describe("build progress", () => {
  const many = writeSite(posts(320));

  it("in CI (stderr not a terminal) is one line per phase, with no terminal codes", async () => {
    const built = await build(many, { FOLIO_PROGRESS: "" });
    expect(built.code, built.stderr).toBe(0);
    // The writer scans and minifies each page as it writes it: the finishing pass has only a few files left, too few to show.
    expect(built.stderr).toMatch(/^folio: rendered 320 of 320 pages in \d+\.\d\d s\nfolio: wrote (\d+) of \1 pages in \d+\.\d\d s\nfolio: 320 pages /);
    expect(built.stderr).not.toContain("\r");
    expect(built.stderr).not.toContain("\x1b");
  }, 180_000);

  it("in a terminal is one line, redrawn as pages are rendered and written, and gone before the summary", async () => {
    const built = await build(many, { FOLIO_PROGRESS: "tty" });
    expect(built.code, built.stderr).toBe(0);
    const [progress, summary] = [built.stderr.slice(0, built.stderr.lastIndexOf(CLEAR) + CLEAR.length), built.stderr.slice(built.stderr.lastIndexOf(CLEAR) + CLEAR.length)];
    expect(progress).not.toContain("\n");
    const frames = progress.split(CLEAR).filter(Boolean);
    expect(frames).toContain("folio: rendering pages 320 / 320 (100%)");
    const written = frames.filter((f) => f.startsWith("folio: writing pages"));
    expect(written.at(-1)).toMatch(/^folio: writing pages (\d+) \/ \1 \(100%\)$/);
    expect(frames.filter((f) => f.startsWith("folio: finishing files"))).toEqual([]); // pages are finished as they are written
    expect(frames.length).toBeLessThanOrEqual(3 * 101); // a redraw per percent, not per page
    expect(summary).toMatch(/^folio: 320 pages \(0 left out\) written to /);
  }, 180_000);

  it("counts the pages rendered on worker threads too", async () => {
    const dir = writeSite(posts(620));
    const built = await build(dir, { FOLIO_PROGRESS: "tty" }, ["--workers", "2"]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain(`${CLEAR}folio: rendering pages 620 / 620 (100%)${CLEAR}`);
    expect(built.stderr).toContain(`${CLEAR}folio: rendering pages 25 / 620 (4%)`); // as each worker says how far it has got
    expect(built.stderr).toContain("rendered on 2 threads");
    expect(built.stderr).toContain(`${CLEAR}folio: writing pages 25 / `); // and each writing thread
  }, 180_000);

  it("is not shown for a small site", async () => {
    const built = await build(writeSite(posts(20)), { FOLIO_PROGRESS: "tty" });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/^folio: 20 pages /);
  }, 180_000);
});
