// `npm start`: the real dev server on a free port, files changed on disk, pages read back.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertContains, writeSite } from "./helpers/site.ts";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const servers: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers) server.kill("SIGTERM");
});

describe("dev server", () => {
  it("serves drafts and future pages marked, reloads on edits and survives a broken file", async () => {
    const dir = writeSite(`
-- content/posts/draft.md --
+++
title = "Work in progress"
draft = true
+++
First version.
-- content/posts/later.md --
+++
title = "Coming soon"
date = 2999-01-01
+++
`);
    const port = await freePort();
    const server = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "serve", "--port", String(port), "--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    servers.push(server);
    let log = "";
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    // As a browser navigates: the dev server injects its live-reload script only into navigations
    // (fetch() always says sec-fetch-mode: cors, so plain http is used).
    const page = (path: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        get({ host: "localhost", port, path, headers: { "sec-fetch-mode": "navigate" } }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve(res.statusCode === 200 ? body : undefined));
        }).on("error", reject);
      });

    const home = await until("the first build", () => page("/"));
    assertContains(home, `
      Work in progress</a><span class="mark mark-draft">Draft</span>
      Coming soon</a><span class="mark mark-future">Scheduled</span>
      /.11ty/reload-client.js`);

    const draft = join(dir, "content/posts/draft.md");
    writeFileSync(draft, '+++\ntitle = "Work in progress"\ndraft = true\n+++\nSecond version.\n');
    await until("the edit", async () => ((await page("/posts/draft/"))?.includes("Second version.") ? true : undefined));

    writeFileSync(draft, '+++\ntitle = "Broken\n+++\n');
    await until("the error report", async () => (log.includes("draft.md:2:9: the TOML front matter is not valid") ? true : undefined));
    expect(log).toContain("kept the last good site");
    expect(await page("/posts/draft/")).toContain("Second version.");

    writeFileSync(draft, '+++\ntitle = "Fixed"\n+++\nThird version.\n');
    await until("the fix", async () => ((await page("/posts/draft/"))?.includes("Third version.") ? true : undefined));
    rmSync(draft);
    await until("the deletion", async () => ((await page("/"))?.includes("Fixed") ? undefined : true));
  });
});
