// An interrupted build (Ctrl+C, or SIGTERM from CI or a supervisor) stops at once and cleanly: it exits
// through process.exit, so the lock and the staging folder, which remove themselves on "exit", are gone,
// and the previous site is untouched. Only the swap of the new site for the old is never cut in half.
import { constants } from "node:os";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type Signal = (typeof SIGNALS)[number];

const UNCHANGED = "nothing was written, the previous site is unchanged.";

let critical = 0;
let pending: Signal | undefined;
let say: ((line: string) => void) | undefined;
let outcome = UNCHANGED;
const before = new Set<() => void>();

function stop(signal: Signal): void {
  say?.(`folio: interrupted (${signal}); ${outcome}`);
  // Threads still writing into the staging folder would refill it as it is removed on exit: they halt first.
  for (const halt of before) halt();
  // 128 + the signal's number, as a shell reports a process the signal stopped: 130 for Ctrl+C.
  process.exit(128 + constants.signals[signal]);
}

/** Until the returned function is called, an interruption calls `halt` (at once, synchronously) before the build exits. */
export function beforeInterruptExit(halt: () => void): () => void {
  before.add(halt);
  return () => before.delete(halt);
}

const onSignal = (signal: Signal) => {
  if (critical > 0) pending = signal;
  else stop(signal);
};

/** Until the returned function is called, SIGINT, SIGTERM and SIGHUP stop the build cleanly, saying so in `log`. */
export function stopOnInterrupt(log: (line: string) => void): () => void {
  say = log;
  outcome = UNCHANGED;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    say = undefined;
  };
}

/** From now on an interruption says the new site is in place: a signal held back during the swap, or one
 * during the cleaning up after it, stops a build whose site is already published. */
export function sitePublished(): void {
  outcome = "the new site was already complete and in place.";
}

/** Runs `work` with interruptions held back until it ends: for steps that must not stop half-way. */
export async function uninterrupted<T>(work: () => Promise<T>): Promise<T> {
  critical++;
  try {
    return await work();
  } finally {
    critical--;
    if (critical === 0 && pending) {
      const signal = pending;
      pending = undefined;
      if (say) stop(signal);
    }
  }
}
