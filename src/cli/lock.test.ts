import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isAlive, LockedError, lockOutput, lockPathOf } from "./lock.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), "folio-lock-")));

/** A process id that is certainly not running: one that has just exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("lockOutput", () => {
  it("takes a lock file beside the output, naming this build, and removes it on release", async () => {
    const out = join(fresh(), "_site");
    const lock = await lockOutput(out, () => new Date("2024-01-01T00:00:00Z"));
    expect(lock.path).toBe(join(dir, "._site.lock"));
    expect(JSON.parse(readFileSync(lock.path, "utf8"))).toEqual({ pid: process.pid, host: hostname(), started: "2024-01-01T00:00:00.000Z" });
    await lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it("stops a second build while the first holds the lock, naming it", async () => {
    const out = join(fresh(), "_site");
    const first = await lockOutput(out);
    await expect(lockOutput(out)).rejects.toThrow(LockedError);
    await expect(lockOutput(out)).rejects.toThrow(`another build (process ${process.pid}, started `);
    await first.release();
    const again = await lockOutput(out);
    await again.release();
  });

  it("takes over a lock whose build is gone, and an unreadable one", async () => {
    const out = join(fresh(), "_site");
    writeFileSync(lockPathOf(out), JSON.stringify({ pid: deadPid(), host: hostname(), started: "then" }));
    const lock = await lockOutput(out);
    expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    await lock.release();
    writeFileSync(lockPathOf(out), "not json");
    await (await lockOutput(out)).release();
  });

  it("respects a lock held on another machine (a shared folder), which it cannot check", async () => {
    const out = join(fresh(), "_site");
    writeFileSync(lockPathOf(out), JSON.stringify({ pid: deadPid(), host: "elsewhere.example", started: "then" }));
    await expect(lockOutput(out)).rejects.toThrow(" on elsewhere.example");
  });

  it("clears staging folders that killed builds left beside the output", async () => {
    const out = join(fresh(), "_site");
    mkdirSync(join(dir, "._site-staging-abc123", "posts"), { recursive: true });
    mkdirSync(join(dir, "._site-staging-abc123-previous"));
    mkdirSync(join(dir, "other"));
    await (await lockOutput(out)).release();
    expect(existsSync(join(dir, "._site-staging-abc123"))).toBe(false);
    expect(existsSync(join(dir, "._site-staging-abc123-previous"))).toBe(false);
    expect(existsSync(join(dir, "other"))).toBe(true);
  });
});

describe("isAlive", () => {
  it("tells a running process from one that has exited", () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(deadPid())).toBe(false);
  });
});
