// One worker thread: answers each request with the stage it names, telling the main thread how far it has got.
import { parentPort, workerData } from "node:worker_threads";
import { PROGRESS_EVERY, type ThreadMessage, type ThreadRequest } from "./pool.ts";
import type { RenderRequest } from "../content/render-pool.ts";

type Stage = {
  answer(request: never, progress: (done?: unknown) => void, guard: <T>(write: () => T) => T): Promise<unknown> | unknown;
  /** Work done ahead of the stage's request, while the thread would be waiting for it. */
  prepare?(layoutsDir: string, projectDir: string): void;
};

const shared = (workerData as { halted: Int32Array }).halted;
/**
 * Writes a file unless the build was interrupted. The count of writes under way lets the main thread wait for
 * them as it exits (ThreadPool.halt); a write that starts after it set the flag sees the flag and throws.
 */
function guard<T>(write: () => T): T {
  Atomics.add(shared, 1, 1);
  try {
    if (Atomics.load(shared, 0) === 1) throw new Error("folio: interrupted");
    return write();
  } finally {
    Atomics.sub(shared, 1, 1);
    Atomics.notify(shared, 1);
  }
}

// Each stage's modules load on its first request; the next stage's load while the main thread works between them.
const stages: Record<ThreadRequest["kind"], () => Promise<Stage>> = {
  render: () => import("../content/render-worker.ts"),
  write: () => import("../publish/finish-worker.ts"),
  finish: () => import("../publish/finish-worker.ts"),
};

const send = (message: ThreadMessage) => parentPort!.postMessage(message);

parentPort!.on("message", (request: ThreadRequest) => {
  let pending = 0;
  let done: unknown[] = [];
  const flush = () => {
    send({ progress: pending, done });
    [pending, done] = [0, []];
  };
  const progress = (result?: unknown) => {
    if (result !== undefined) done.push(result);
    if (++pending >= PROGRESS_EVERY) flush();
  };
  stages[request.kind]()
    .then((stage) => stage.answer(request as never, progress, guard))
    .then(
      (answer) => {
        if (pending > 0) flush();
        send({ answer });
        // Rendered: the writing stage comes next; its modules load and its layouts compile while the main thread assembles the site.
        if (request.kind === "render") void stages.write().then((stage) => stage.prepare?.((request as RenderRequest).setup.layoutsDir, process.cwd()));
      },
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        send({ failed: { message: e.message, stack: e.stack } });
      },
    );
});
