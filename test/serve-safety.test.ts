// The dev server on the network (issue 8, point 5): it listens on this machine only unless told otherwise,
// answers nothing from outside its output folder however the path is written, and outlives a request storm.
import { symlinkSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page, request, startServer, until } from "./helpers/server.ts";
import { writeSite } from "./helpers/site.ts";

const SECRET = "TOP-SECRET-5f2c";

/** A site with a secret beside it, and links out of public/ to the secret: by relative path, absolute path and folder. */
function siteWithSecrets(): { dir: string; args: string[] } {
  const dir = writeSite(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
Hello body.
-- public/fine.txt --
fine
-- secret.txt --
${SECRET}
`);
  symlinkSync("../secret.txt", join(dir, "public/leak.txt"));
  symlinkSync(join(dir, "secret.txt"), join(dir, "public/leak-absolute.txt"));
  symlinkSync(dir, join(dir, "public/leakdir"));
  const args = ["--content", join(dir, "content"), "--public", join(dir, "public"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")];
  return { dir, args };
}

/** A plain site, no links. */
function plainSite(): string[] {
  const dir = writeSite(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
Hello body.
-- public/fine.txt --
fine
`);
  return ["--content", join(dir, "content"), "--public", join(dir, "public"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")];
}

/**
 * Sends `text` as is over a new connection; resolves with everything the server sent back before closing.
 * Not half-closed: an HTTP server drops a request whose client has ended its side.
 */
function raw(port: number, text: string, host = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.write(text));
    let answer = "";
    socket.setEncoding("utf8");
    socket.setTimeout(20_000, () => socket.destroy());
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

/** An event stream, as a page's live reload opens one: its status, and a way to close it. */
const openStream = (port: number) =>
  new Promise<{ status: number; close: () => void }>((resolve) => {
    const req = get({ host: "127.0.0.1", port, path: "/.folio/reload", agent: false }, (res) => resolve({ status: res.statusCode ?? 0, close: () => req.destroy() }));
    req.on("error", () => resolve({ status: 0, close: () => {} }));
  });

/** Whether a TCP connection to host:port is accepted. */
const accepts = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

describe("the dev server on the network", () => {
  it("listens on 127.0.0.1 only, unless --host says otherwise", async () => {
    const local = await startServer(plainSite());
    await until("the first build", () => page(local.port, "/posts/hello/"));
    expect(local.log()).toContain(`folio: serving http://127.0.0.1:${local.port}/`);
    // 127.0.0.2 is this machine too, but not the address listened on: a server on every interface would answer it.
    expect(await accepts(local.port, "127.0.0.1")).toBe(true);
    expect(await accepts(local.port, "127.0.0.2")).toBe(false);

    const everywhere = await startServer([...plainSite(), "--host", "0.0.0.0"]);
    await until("the first build", () => page(everywhere.port, "/posts/hello/"));
    expect(await accepts(everywhere.port, "127.0.0.2")).toBe(true);
  });

  it("serves nothing outside its output folder: no .., encoded dots, backslashes or links out of public/", async () => {
    const { dir, args } = siteWithSecrets();
    const { port, log } = await startServer(args);
    await until("the first build", () => page(port, "/posts/hello/"));
    expect((await request(port, "/fine.txt")).body).toBe("fine\n");
    // The links are there from the start: nothing changed, so nothing is rebuilt (chokidar reports them as added).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(log()).not.toContain("rebuilt");
    // A link made later is a change like any other, and refused like the others.
    symlinkSync(join(dir, "secret.txt"), join(dir, "public/later.txt"));
    await until("the rebuild", async () => log().includes("rebuilt"));
    expect((await request(port, "/later.txt")).body).not.toContain(SECRET);

    const paths = [
      "/../secret.txt", "/../../secret.txt", "/posts/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
      "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..\\secret.txt",
      "/..%5csecret.txt", "/%5c..%5csecret.txt", "/.%2e/secret.txt", "/secret.txt%00.html", "//secret.txt",
      "/leak.txt", "/leak-absolute.txt", "/leakdir/secret.txt", "/leakdir/", "/leakdir",
      "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/../../../../../../etc/passwd",
    ];
    for (const path of paths) {
      const answer = await raw(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1]);
      expect([400, 404], `${path}: ${answer.slice(0, 200)}`).toContain(status);
      expect(answer, path).not.toContain(SECRET);
      expect(answer, path).not.toContain("root:x:0:0");
    }
    // A request that is not HTTP at all is refused, and the server goes on.
    expect(await raw(port, "\u0000\u0001GARBAGE\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect((await request(port, "/posts/hello/")).status).toBe(200);
  });

  it("keeps serving through a storm: hundreds of concurrent requests, idle half-open connections, a flood of event streams", { timeout: 180_000 }, async () => {
    const args = plainSite();
    const { port } = await startServer(args);
    await until("the first build", () => page(port, "/posts/hello/"));

    // Slowloris: connections that send part of their headers and then nothing.
    let closed = 0;
    const idle: Socket[] = [];
    for (let i = 0; i < 300; i++) {
      const socket = connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
      socket.on("error", () => {});
      socket.on("close", () => closed++);
      socket.resume(); // read what the server sends, so its closing is seen
      idle.push(socket);
    }
    // Live-reload streams past the limit are turned away instead of holding sockets.
    const streams = await Promise.all(Array.from({ length: 300 }, () => openStream(port)));
    expect(streams.filter((s) => s.status === 200).length).toBe(256);
    expect(streams.filter((s) => s.status === 503).length).toBe(44);

    const paths = ["/", "/posts/hello/", "/posts/", "/fine.txt", "/sitemap.xml", "/no/such/page/"];
    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => request(port, paths[i % paths.length]!).then((a) => a.status, () => 0)));
    expect(answers.filter((status, i) => status !== (paths[i % paths.length] === "/no/such/page/" ? 404 : 200))).toEqual([]);

    // The idle connections are dropped by the server (its headers timeout), not kept forever.
    for (const stream of streams) stream.close();
    await until("the idle connections to be closed", async () => closed === idle.length, 60);
    expect((await request(port, "/posts/hello/")).body).toContain("Hello body.");
    writeFileSync(join(args[1]!, "posts/hello.md"), '+++\ntitle = "Hello"\n+++\nStill rebuilding.\n');
    await until("a rebuild after the storm", async () => (await page(port, "/posts/hello/"))?.includes("Still rebuilding."));
  });
});
