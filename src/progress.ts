// Progress of a large build, phase by phase (pages rendered, pages written, files finished, of their total): one updating line
// in a terminal, one line per finished phase where output is a log (CI), nothing for a small site.
// Stages are handed a Progress and only count; how it shows is decided here, once.

export type Phase = "render" | "write" | "finish";

export interface Progress {
  /** A phase of `total` steps begins. */
  start(phase: Phase, total: number): void;
  /** `count` more steps of the phase are done. */
  advance(count?: number): void;
  /** The phase is over. */
  end(): void;
  /** Something else is about to be printed: a terminal's progress line makes way for it. */
  interrupt(): void;
}

/** Phases with fewer steps pass too quickly to be worth a line: "more than a few hundred pages". */
export const PROGRESS_THRESHOLD = 300;

/** `tty`: one line redrawn in place; `lines`: a line per phase, for logs; `off`: nothing. */
export type ProgressMode = "tty" | "lines" | "off";

/** The terminal decides, unless FOLIO_PROGRESS says otherwise (tests, or a CI that fakes a terminal). */
export function progressMode(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ProgressMode {
  const forced = env.FOLIO_PROGRESS?.trim().toLowerCase();
  if (forced === "tty" || forced === "lines" || forced === "off") return forced;
  return stream.isTTY ? "tty" : "lines";
}

export const silentProgress: Progress = { start() {}, advance() {}, end() {}, interrupt() {} };

// What each phase does, in the middle of it and once done, and what it counts.
const WORDS: Record<Phase, [doing: string, done: string, unit: string]> = {
  render: ["rendering pages", "rendered", "pages"],
  write: ["writing pages", "wrote", "pages"],
  // The last pass: every page's links read for the check, pages, styles and scripts minified.
  finish: ["finishing files", "finished", "files"],
};
// Erase the terminal's current line and go back to its start: https://en.wikipedia.org/wiki/ANSI_escape_code#CSI
const CLEAR_LINE = "\r\x1b[2K";

/** `write` receives the text as is, newlines and escape codes included. `clock` is in milliseconds. */
export function createProgress(mode: ProgressMode, write: (text: string) => void, clock: () => number = () => performance.now()): Progress {
  if (mode === "off") return silentProgress;
  let phase: Phase | undefined;
  let total = 0;
  let done = 0;
  let started = 0;
  let shownPercent = -1;
  let showing = false; // a terminal line is on screen
  const n = (value: number) => value.toLocaleString("en-US");
  const draw = () => {
    write(`${CLEAR_LINE}folio: ${WORDS[phase!][0]} ${n(done)} / ${n(total)} (${shownPercent}%)`);
    showing = true;
  };
  const interrupt = () => {
    if (!showing) return;
    write(CLEAR_LINE);
    showing = false;
    shownPercent = -1; // drawn again at the next step
  };
  const end = () => {
    if (phase === undefined) return;
    if (mode === "tty") interrupt();
    else write(`folio: ${WORDS[phase][1]} ${n(done)} of ${n(total)} ${WORDS[phase][2]} in ${((clock() - started) / 1000).toFixed(2)} s\n`);
    phase = undefined;
  };
  return {
    start(next, steps) {
      end();
      if (steps < PROGRESS_THRESHOLD) return;
      [phase, total, done, started, shownPercent] = [next, steps, 0, clock(), -1];
    },
    advance(count = 1) {
      if (phase === undefined) return;
      done = Math.min(total, done + count);
      // Redrawn when the percentage changes: at most a hundred writes a phase, however many pages.
      const percent = Math.floor((done * 100) / total);
      if (mode === "tty" && percent !== shownPercent) {
        shownPercent = percent;
        draw();
      }
    },
    end,
    interrupt,
  };
}
