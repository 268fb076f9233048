import { afterEach, describe, expect, it, vi } from "vitest";
import { stopOnInterrupt, uninterrupted } from "./interrupt.ts";

describe("stopOnInterrupt", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)("stops on %s with exit code %i, saying so", (signal, code) => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const lines: string[] = [];
    const allow = stopOnInterrupt((line) => lines.push(line));
    try {
      process.emit(signal, signal);
      expect(exit).toHaveBeenCalledWith(code);
      expect(lines).toEqual([`folio: interrupted (${signal}); nothing was written, the previous site is unchanged.`]);
    } finally {
      allow();
    }
  });

  it("holds an interruption back until an uninterrupted step ends", async () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const allow = stopOnInterrupt(() => {});
    try {
      let release!: () => void;
      const step = uninterrupted(() => new Promise<void>((resolve) => (release = resolve)));
      process.emit("SIGINT", "SIGINT");
      expect(exit).not.toHaveBeenCalled();
      release();
      await step;
      expect(exit).toHaveBeenCalledExactlyOnceWith(130);
    } finally {
      allow();
    }
  });

  it("stops listening once the build is over", () => {
    const before = process.listenerCount("SIGINT");
    stopOnInterrupt(() => {})();
    expect(process.listenerCount("SIGINT")).toBe(before);
  });
});
