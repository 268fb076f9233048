// A dev server as a child process: started on a free loopback port, read over HTTP, always stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { createServer } from "node:net";
import type { Command } from "./tool.ts";

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

/** The body of http://127.0.0.1:port/path, or undefined when it is not a 200 (or not there yet). */
export const page = (port: number, path: string): Promise<string | undefined> =>
  new Promise((resolve) => {
    // As a browser navigates; Hugo's fast render mode re-renders the pages it has seen asked for.
    const request = get({ host: "127.0.0.1", port, path, agent: false, timeout: 10_000, headers: { "sec-fetch-mode": "navigate" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve(res.statusCode === 200 ? body : undefined));
      res.on("error", () => resolve(undefined));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(undefined));
  });

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every `everyMs` until it holds; throws naming `what` after `seconds`. */
export async function until(what: string, probe: () => Promise<boolean>, seconds: number, everyMs = 20): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  while (!(await probe())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

const running = new Set<ChildProcess>();
// A benchmark that crashes or is interrupted must not leave servers behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export interface Server {
  /** The last lines the server printed, for saying why it failed. */
  log(): string;
  stop(): Promise<void>;
}

export function startServer(command: Command): Server {
  const child = spawn(command.command, command.args, { cwd: command.cwd, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", (error) => {
      keep(Buffer.from(`${error}\n`));
      resolve();
    });
  });
  return {
    log: () => output.trim().split("\n").slice(-15).join("\n"),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const killed = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(killed);
      }
      running.delete(child);
    },
  };
}
