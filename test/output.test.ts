// The output folder as CI uploads it: swapped in whole or not at all, nothing stale, one build at a time, and
// the same bytes for the same content on every run and machine.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDir, readTree, runCli, writeSite } from "./helpers/site.ts";

const site = `
-- folio.toml --
baseURL = "https://example.org/"
-- content/posts/a.md --
+++
title = "A"
date = 2024-01-01T00:00:00Z
tags = ["one"]
aliases = ["/old-a/"]
+++
Alpha, see [b](b.md).
-- content/posts/b.md --
+++
title = "B"
date = 2024-01-02T00:00:00Z
tags = ["two"]
+++
Bravo.
-- content/notes/undated.md --
+++
title = "Undated"
+++
No date: the notes feed has no lastBuildDate unless SOURCE_DATE_EPOCH gives one.
-- public/css/extra.css --
body { color : red ; }
`;

const cli = (dir: string, out: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  runCli(["build", "--content", join(dir, "content"), "--output", out, "--config", join(dir, "folio.toml"), "--public", join(dir, "public"), ...extra], env);

describe("atomic output", () => {
  it("leaves no stale file from a deleted page, its alias, its term or its term's feed", async () => {
    const dir = writeSite(site);
    expect((await buildDir(dir)).code).toBe(0);
    rmSync(join(dir, "content/posts/a.md"));
    const built = await buildDir(dir);
    expect(built.code, built.log).toBe(0);
    for (const gone of ["posts/a/index.html", "old-a/index.html", "tags/one/index.html", "tags/one/index.xml"]) expect(built.exists(gone), gone).toBe(false);
    expect(built.read("sitemap.xml")).not.toContain("/posts/a/");
    // Nothing beside the output but the output: no staging folder, no lock.
    expect(readdirSync(dir).sort()).toEqual(["content", "folio.toml", "out", "public"]);
  });

  it("stops a second build into the same folder while one is running, and the first still writes a whole site", async () => {
    const dir = writeSite(site);
    const out = join(dir, "out");
    const reference = join(dir, "reference");
    expect((await cli(dir, reference)).code).toBe(0);
    // Started together: whichever takes the lock builds; the other either waits its turn by starting later,
    // or stops with the message. Never two writing at once.
    const [a, b] = await Promise.all([cli(dir, out), cli(dir, out)]);
    const codes = [a.code, b.code].sort();
    expect(codes[0], a.stderr + b.stderr).toBe(0);
    if (codes[1] !== 0) expect([a.stderr, b.stderr].join("\n")).toMatch(/folio: another build \(process \d+, started [^)]+\) is writing to .*out; wait for it to finish, or delete .*\.out\.lock if no build is running; nothing was written\./);
    expect(readTree(out)).toEqual(readTree(reference));
    expect(readdirSync(dir).sort()).toEqual(["content", "folio.toml", "out", "public", "reference"]);
  });

  it("stops while a live build holds the lock, leaving the output as it was", async () => {
    const dir = writeSite(site);
    const out = join(dir, "out");
    expect((await cli(dir, out)).code).toBe(0);
    const before = readTree(out);
    // This test's own process plays the running build.
    writeFileSync(join(dir, ".out.lock"), JSON.stringify({ pid: process.pid, host: hostname(), started: "2024-01-01T00:00:00.000Z" }));
    const built = await cli(dir, out);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`another build (process ${process.pid}, started 2024-01-01T00:00:00.000Z) is writing to ${out}`);
    expect(readTree(out)).toEqual(before);
    expect(existsSync(join(dir, ".out.lock"))).toBe(true); // not ours to remove
  });

  it("takes over a lock left by a build that was killed, and clears its staging folder", async () => {
    const dir = writeSite(site);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(join(dir, ".out.lock"), JSON.stringify({ pid: dead, host: hostname(), started: "then" }));
    const staging = join(dir, ".out-staging-killed"); // what a killed build leaves beside the output
    mkdirSync(join(staging, "posts"), { recursive: true });
    const built = await buildDir(dir);
    expect(built.code, built.log).toBe(0);
    expect(existsSync(join(dir, ".out.lock"))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });
});

describe("reproducible output", () => {
  it("is byte-identical for the same content, whatever the output folder, time zone, locale or thread count", async () => {
    const dir = writeSite(site);
    const [first, second] = [join(dir, "first"), join(dir, "second")];
    expect((await cli(dir, first)).code).toBe(0);
    expect((await cli(dir, second, ["--workers", "0"], { TZ: "Pacific/Kiritimati", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" })).code).toBe(0);
    const [a, b] = [readTree(first), readTree(second)];
    expect(Object.keys(a).length).toBeGreaterThan(15);
    expect(b).toEqual(a);
    // No build time anywhere: the feeds' lastBuildDate is the newest change in them.
    expect(a["index.xml"]).toContain("<lastBuildDate>Tue, 02 Jan 2024 00:00:00 GMT</lastBuildDate>");
    expect(a["notes/index.xml"]).not.toContain("<lastBuildDate>");
  });

  it("takes SOURCE_DATE_EPOCH where a time is needed and the content gives none", async () => {
    const dir = writeSite(site);
    const out = join(dir, "out");
    expect((await cli(dir, out, [], { SOURCE_DATE_EPOCH: "1700000000" })).code).toBe(0);
    expect(readTree(out)["notes/index.xml"]).toContain("<lastBuildDate>Tue, 14 Nov 2023 22:13:20 GMT</lastBuildDate>");
  });
});
