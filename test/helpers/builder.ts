// A folio CLI that stays up between builds: `build-worker.ts` in a child process, spoken to over IPC.
import { fork } from "node:child_process";

export interface Builder {
  /** Runs `folio build` with these arguments; resolves with its exit code and everything it printed. */
  build(argv: string[]): Promise<{ code: number; log: string }>;
  close(): void;
}

export function startBuilder(): Builder {
  const child = fork("test/helpers/build-worker.ts", [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "pipe", "ipc"] });
  // Eleventy's own notes (slow filters) would clutter the test output; kept to explain a worker that stops.
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  let queue = Promise.resolve();
  return {
    build(argv) {
      const reply = queue.then(
        () =>
          new Promise<{ code: number; log: string }>((resolve, reject) => {
            const stopped = (code: number | null) => reject(new Error(`the build worker stopped (exit ${code}):\n${stderr}`));
            child.once("exit", stopped);
            child.once("message", (message) => {
              child.off("exit", stopped);
              resolve(message as { code: number; log: string });
            });
            child.send(argv);
          }),
      );
      queue = reply.then(() => undefined, () => undefined);
      return reply;
    },
    close: () => void child.kill(),
  };
}
