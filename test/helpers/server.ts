// Driving the real dev server from tests: a free port, the server itself, pages read as a browser would.
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { createServer } from "node:net";
import { afterAll } from "vitest";

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

/** Starts `folio serve` with these arguments on a free port; stopped when the test file ends. */
export async function startServer(args: string[]): Promise<{ port: number; log: () => string }> {
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--port", String(port), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(server);
  let log = "";
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  return { port, log: () => log };
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
