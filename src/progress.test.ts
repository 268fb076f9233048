import { describe, expect, it } from "vitest";
import { createProgress, progressMode, PROGRESS_THRESHOLD, type ProgressMode } from "./progress.ts";

function run(mode: ProgressMode, steps: (p: ReturnType<typeof createProgress>) => void): string {
  let out = "";
  let ms = 0;
  const progress = createProgress(mode, (text) => (out += text), () => (ms += 250));
  steps(progress);
  return out;
}

const CLEAR = "\r\x1b[2K";

describe("progress", () => {
  it("in a terminal, redraws one line when the percentage changes, and clears it at the end of a phase", () => {
    const out = run("tty", (p) => {
      p.start("render", 400);
      for (let i = 0; i < 400; i++) p.advance();
      p.end();
    });
    const frames = out.split(CLEAR).filter(Boolean);
    expect(frames).toHaveLength(101); // 0% … 100%, one each
    expect(frames[0]).toBe("folio: rendering pages 1 / 400 (0%)");
    expect(frames[50]).toBe("folio: rendering pages 200 / 400 (50%)");
    expect(frames.at(-1)).toBe("folio: rendering pages 400 / 400 (100%)");
    expect(out.endsWith(CLEAR)).toBe(true);
    expect(out).not.toContain("\n");
  });

  it("in a log, writes one line per phase when it ends, nothing while it runs", () => {
    const out = run("lines", (p) => {
      p.start("render", 1000);
      p.advance(600);
      p.advance(400);
      p.start("write", 1200); // a new phase ends the last
      for (let i = 0; i < 1200; i++) p.advance();
      p.start("finish", 1300);
      p.advance(1300);
      p.end();
    });
    expect(out).toBe("folio: rendered 1,000 of 1,000 pages in 0.25 s\nfolio: wrote 1,200 of 1,200 pages in 0.25 s\nfolio: finished 1,300 of 1,300 files in 0.25 s\n");
  });

  it("says nothing of a phase under the threshold, or when off", () => {
    for (const mode of ["tty", "lines"] as const) {
      expect(run(mode, (p) => {
        p.start("write", PROGRESS_THRESHOLD - 1);
        for (let i = 0; i < PROGRESS_THRESHOLD; i++) p.advance();
        p.end();
      })).toBe("");
    }
    expect(run("off", (p) => {
      p.start("render", 5000);
      p.advance(5000);
      p.end();
    })).toBe("");
  });

  it("makes way for a message in a terminal, and comes back at the next step", () => {
    const out = run("tty", (p) => {
      p.start("write", 300);
      p.advance(3);
      p.interrupt();
      p.interrupt(); // nothing on screen: nothing to clear
      p.advance();
      p.end();
    });
    expect(out).toBe(`${CLEAR}folio: writing pages 3 / 300 (1%)${CLEAR}${CLEAR}folio: writing pages 4 / 300 (1%)${CLEAR}`);
  });

  it("is a terminal's line only on a terminal, unless FOLIO_PROGRESS says otherwise", () => {
    expect(progressMode({ isTTY: true }, {})).toBe("tty");
    expect(progressMode({ isTTY: false }, {})).toBe("lines");
    expect(progressMode({}, {})).toBe("lines");
    expect(progressMode({ isTTY: false }, { FOLIO_PROGRESS: "tty" })).toBe("tty");
    expect(progressMode({ isTTY: true }, { FOLIO_PROGRESS: "lines" })).toBe("lines");
    expect(progressMode({ isTTY: true }, { FOLIO_PROGRESS: "off" })).toBe("off");
    expect(progressMode({ isTTY: true }, { FOLIO_PROGRESS: "sideways" })).toBe("tty");
  });
});
