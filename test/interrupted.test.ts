// Failure is clean (issue 8, point 6): a build stopped by a signal half-way, a full disk or an output folder
// it may not write to leaves the previous site as it was, nothing of its own behind, and says why in one message.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { until } from "./helpers/server.ts";
import { readTree, runCli, writeSite } from "./helpers/site.ts";

/** A site big enough that writing it takes a while: 700 posts across 30 tags. */
function bigSite(): string {
  const posts = Array.from({ length: 700 }, (_, i) => `-- content/posts/p${i}.md --\n+++\ntitle = "Post ${i}"\ndate = 2024-01-01\ntags = ["t${i % 30}"]\n+++\nBody of post ${i}.\n\n## Part\n\nMore of post ${i}.\n`);
  return writeSite(posts.join(""));
}

const buildArgs = (dir: string, output = join(dir, "out")) => ["build", "--content", join(dir, "content"), "--output", output, "--config", join(dir, "folio.toml")];

/** Runs a build and resolves with how it ended; `whileRunning` may signal it. */
function startBuild(args: string[], options: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv; preload?: string } = {}) {
  const child = spawn(process.execPath, [...(options.preload ? ["--import", "tsx", "--import", options.preload] : []), "src/cli/folio.mjs", ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...options.env },
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  return { child, ended };
}

const ONE_POST = `
-- content/posts/a.md --
+++
title = "A"
+++
First.
`;

/** A one-post site, built once, then its post edited: the next build changes its page. */
async function builtOnePostSite(): Promise<{ dir: string; before: Record<string, string> }> {
  const dir = writeSite(ONE_POST);
  const first = await runCli(buildArgs(dir));
  expect(first.code, first.stderr).toBe(0);
  const before = readTree(join(dir, "out"));
  writeFileSync(join(dir, "content/posts/a.md"), '+++\ntitle = "A"\n+++\nSecond.\n');
  return { dir, before };
}

/** What a build leaves beside its output: names of staging folders and locks. */
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(".out"));

const STACK = /\n\s+at .+:\d+:\d+\)?$/m;

describe("an interrupted build", () => {
  // One site and its good build for every case: each interrupted build must leave exactly that build.
  let dir: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    dir = bigSite();
    const first = await runCli(buildArgs(dir));
    expect(first.code, first.stderr).toBe(0);
    before = readTree(join(dir, "out"));
    // The next build would change every page: any of them written over would show.
    writeFileSync(join(dir, "folio.toml"), 'title = "A new title"\n');
  }, 240_000);

  it.each([
    ["SIGINT", 130, "while writing"],
    ["SIGTERM", 143, "while writing"],
    ["SIGINT", 130, "while reading content"],
  ] as const)("stopped by %s (exit %i) %s leaves the previous site intact and no staging folder or lock", async (signal, code, when) => {
    const { child, ended } = startBuild(buildArgs(dir));
    if (when === "while writing") {
      // Mid-way: the staging folder holds some pages, not all.
      await until("the build to be writing", async () => {
        const staging = readdirSync(dir).find((name) => name.startsWith(".out-staging-"));
        return staging !== undefined && readdirSync(join(dir, staging), { recursive: true }).length >= 40;
      }, 120);
    } else {
      await until("the build to hold its lock", async () => existsSync(join(dir, ".out.lock")), 120);
    }
    child.kill(signal);
    const end = await ended;

    expect(end.code, end.stderr).toBe(code);
    expect(end.stderr).toContain(`folio: interrupted (${signal}); nothing was written, the previous site is unchanged.`);
    expect(end.stderr, end.stderr).not.toMatch(STACK);
    expect(leftovers(dir)).toEqual([]);
    const after = readTree(join(dir, "out"));
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
    for (const [path, text] of Object.entries(before)) if (after[path] !== text) expect.fail(`${path} changed`);
  }, 240_000);

  it("stopped by SIGINT the moment its lock file is made exits 130 and leaves no lock", async () => {
    // Without a lock a timed signal can miss that moment (the case above, "while reading content", did on CI).
    const { ended } = startBuild(buildArgs(dir), { preload: "./test/helpers/signal-at.ts", env: { FOLIO_TEST_SIGNAL: "SIGINT", FOLIO_TEST_SIGNAL_AT: "lock" } });
    const end = await ended;
    expect(end.code, end.stderr).toBe(130);
    expect(end.stderr).toContain("folio: interrupted (SIGINT); nothing was written, the previous site is unchanged.");
    expect(end.stderr, end.stderr).not.toMatch(STACK);
    expect(leftovers(dir)).toEqual([]);
    expect(readTree(join(dir, "out"))).toEqual(before);
  }, 240_000);
});

describe("a build interrupted as its new site is swapped in", () => {
  it("finishes the swap, says the new site is in place and exits 130 with nothing left beside it", async () => {
    const { dir } = await builtOnePostSite();

    const { ended } = startBuild(buildArgs(dir), { preload: "./test/helpers/signal-at.ts", env: { FOLIO_TEST_SIGNAL: "SIGINT", FOLIO_TEST_SIGNAL_AT: "swap" } });
    const end = await ended;
    expect(end.code, end.stderr).toBe(130);
    expect(end.stderr).toContain("folio: interrupted (SIGINT); the new site was already complete and in place.");
    expect(end.stderr).not.toContain("nothing was written");
    expect(end.stderr, end.stderr).not.toMatch(STACK);
    expect(leftovers(dir)).toEqual([]);
    expect(readTree(join(dir, "out"))["posts/a/index.html"]).toContain("Second.");
  });
});

describe("a build that cannot write", () => {
  it("on a full disk says so in one message, exits 1 and leaves the previous site and nothing else", async () => {
    const { dir, before } = await builtOnePostSite();

    // The disk fills up after three files of the new site.
    const { ended } = startBuild([...buildArgs(dir), "--workers", "0"], { preload: "./test/helpers/enospc.ts", env: { FOLIO_TEST_FULL_AFTER: "3" } });
    const end = await ended;
    expect(end.code, end.stderr).toBe(1);
    expect(end.stderr).toContain(`cannot write the site to ${join(dir, "out")}: the disk is full (ENOSPC); nothing was written, the previous site is unchanged.`);
    expect(end.stderr).toContain(`  hint: free some space on the disk that holds ${dir}, then build again`);
    expect(end.stderr, end.stderr).not.toMatch(STACK);
    expect(leftovers(dir)).toEqual([]);
    expect(readTree(join(dir, "out"))).toEqual(before);
  });

  it("into a read-only folder says so in one message and exits 1", async () => {
    const dir = writeSite(ONE_POST);
    const parent = join(dir, "readonly");
    const first = await runCli(buildArgs(dir, join(parent, "out")));
    expect(first.code, first.stderr).toBe(0);
    const before = readTree(join(parent, "out"));
    // Root may write anywhere: as root the build runs as nobody, who may read the site but not write the folder.
    const asRoot = process.getuid?.() === 0;
    for (const path of [dir, join(dir, "content"), join(dir, "content/posts")]) chmodSync(path, 0o755);
    chmodSync(parent, 0o555);
    try {
      const { ended } = startBuild(buildArgs(dir, join(parent, "out")), asRoot ? { uid: 65534, gid: 65534 } : {});
      const end = await ended;
      expect(end.code, end.stderr).toBe(1);
      expect(end.stderr).toContain(`cannot write the site to ${join(parent, "out")}: permission denied (EACCES); nothing was written, the previous site is unchanged.`);
      expect(end.stderr).toContain(`  hint: make ${parent} writable for this user, or choose another folder with --output`);
      expect(end.stderr, end.stderr).not.toMatch(STACK);
      expect(readdirSync(parent)).toEqual(["out"]);
      expect(readTree(join(parent, "out"))).toEqual(before);
    } finally {
      chmodSync(parent, 0o755);
    }
  });
});
