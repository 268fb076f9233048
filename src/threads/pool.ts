// One set of worker threads for a whole build: they render the pages' Markdown, then write the pages through the
// layouts, then finish the other files. Starting a thread costs a few hundred milliseconds of module loading
// (the packages, then folio's code compiled: src/compiled.mjs), paid once instead of once per stage.
// Only plain data crosses to a thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { threadScript } from "../compiled.mjs";

/** What a thread is asked: the stage that answers (src/threads/thread.ts), with that stage's data. */
export interface ThreadRequest {
  kind: "render" | "write" | "finish";
}

/** What a thread answers: how far it has got, as it goes; then its answer, or why it stopped. */
export type ThreadMessage<A = unknown> = { progress: number; done: unknown[] } | { answer: A } | { failed: { message: string; stack: string | undefined } };

/**
 * Hears how many more items a thread has done, with what the stage handed on for them: results sent as they
 * come, so that a thread never holds them all (a page's link scan holds on to the page's text).
 */
export type OnProgress = (count: number, done: unknown[]) => void;

/** A thread says how far it has got every this many pages or files. */
export const PROGRESS_EVERY = 25;

export class ThreadPool {
  #workers: Worker[];
  #closed = false;
  #closing: Promise<void> | undefined;
  /** Shared with every thread: [halted, threads writing a file now] (see `halt` and thread.ts). */
  #halted = new Int32Array(new SharedArrayBuffer(8));

  constructor(count = availableParallelism()) {
    const script = threadScript();
    this.#workers = Array.from({ length: Math.max(1, count) }, () => new Worker(script, { workerData: { halted: this.#halted } }));
  }

  /**
   * Tells every thread to write nothing more, and waits (a second at most) for a file being written to be done:
   * an interrupted build calls this as it exits, so no thread writes into the staging folder as it is removed.
   */
  halt(): void {
    Atomics.store(this.#halted, 0, 1);
    const until = performance.now() + 1000;
    for (let busy = Atomics.load(this.#halted, 1); busy > 0 && performance.now() < until; busy = Atomics.load(this.#halted, 1)) {
      Atomics.wait(this.#halted, 1, busy, until - performance.now());
    }
  }

  get size(): number {
    return this.#workers.length;
  }

  /** Stopped: a small site lets its threads go as soon as it knows it has no use for them. */
  get closed(): boolean {
    return this.#closed;
  }

  /** `all` dealt out in turn, one share a thread, so long and short items spread evenly. */
  share<T>(all: readonly T[]): T[][] {
    const shares = this.#workers.map(() => [] as T[]);
    all.forEach((item, i) => shares[i % shares.length]!.push(item));
    return shares;
  }

  /** Sends thread `i` `requests[i]` (one per thread); the answers in the same order. `onProgress` hears counts as threads go. */
  ask<A>(requests: readonly ThreadRequest[], onProgress: OnProgress = () => {}): Promise<A[]> {
    if (this.#closed) throw new Error("folio: the worker threads were stopped already");
    return Promise.all(requests.map((request, i) => askOne<A>(this.#workers[i]!, request, onProgress)));
  }

  /** Stops the threads; every call gives the same promise, so one caller may start it and another wait for it. */
  close(): Promise<void> {
    this.#closed = true;
    return (this.#closing ??= Promise.all(this.#workers.map((worker) => worker.terminate())).then(() => {}));
  }
}

function askOne<A>(worker: Worker, request: ThreadRequest, onProgress: OnProgress): Promise<A> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ThreadMessage<A>) => {
      if ("progress" in message) return onProgress(message.progress, message.done);
      stop();
      if ("answer" in message) return resolve(message.answer);
      const error = new Error(message.failed.message);
      error.stack = message.failed.stack ?? error.stack;
      reject(error);
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`folio: a worker thread stopped with code ${code}`));
    const stop = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(request);
  });
}
