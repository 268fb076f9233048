// Driving the real dev server from tests: a free port, the server itself, pages read as a browser would.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, symlinkSync } from "node:fs";
import { get, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { writeSite } from "./site.ts";

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const servers: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers.splice(0)) server.kill("SIGTERM");
});

/**
 * Starts `folio serve` with these arguments on a free port; stopped when the test file ends. `cwd` runs it
 * in a project made by `writeProject`, whose layouts a test may change.
 */
export async function startServer(args: string[], { cwd }: { cwd?: string } = {}): Promise<{ port: number; log: () => string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = spawn(process.execPath, ["src/cli/folio.mjs", "serve", "--port", String(port), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    ...(cwd ? { cwd } : {}),
  });
  servers.push(server);
  let log = "";
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  return { port, log: () => log, stop };
}

/**
 * A page's text, or undefined when it is not served (yet). Asks as a browser navigating does, so the dev
 * server injects its live-reload script (fetch() always says sec-fetch-mode: cors, hence plain http).
 */
export const page = (port: number, path: string) =>
  new Promise<string | undefined>((resolve) => {
    get({ host: "127.0.0.1", port, path, headers: { "sec-fetch-mode": "navigate" } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(res.statusCode === 200 ? body : undefined));
    }).on("error", () => resolve(undefined));
  });

/** Polls until `probe` gives a value other than undefined or false. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A folio project in a temp dir, as `npm start` runs in one: the site from `txtar`, a copy of the
 * repository's layouts (a test may edit them) and its configuration, the code itself linked, not copied.
 */
export function writeProject(txtar: string): string {
  const dir = writeSite(txtar);
  for (const name of ["src", "node_modules"]) symlinkSync(join(REPO, name), join(dir, name));
  for (const name of [".eleventy.js", "package.json", "tsconfig.json"]) copyFileSync(join(REPO, name), join(dir, name));
  cpSync(join(REPO, "layouts"), join(dir, "layouts"), { recursive: true });
  for (const name of ["content", "public"]) mkdirSync(join(dir, name), { recursive: true });
  return dir;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Any answer of the server, status and all; `path` is sent exactly as given, never normalised. */
export const request = (port: number, path: string, { host = "127.0.0.1", method = "GET" } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ host, port, path, method, agent: false, headers: { "sec-fetch-mode": "navigate" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });

/** Counts the live-reload events the server sends one open page. */
export function reloads(port: number): { count: () => number; close: () => void } {
  let text = "";
  const req = get({ host: "127.0.0.1", port, path: "/.folio/reload", agent: false }, (res) => {
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => (text += chunk));
  });
  req.on("error", () => {});
  return { count: () => text.split("event: reload\n").length - 1, close: () => req.destroy() };
}
