// One timed run of a command: wall time from here, CPU time and peak memory from GNU time when it is there.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "./tool.ts";

/** Debian's `time` package; `%U %S %M`: user and system CPU seconds, peak resident set in KiB. */
export const GNU_TIME = "/usr/bin/time";

export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

export interface Measurement {
  wallSeconds: number;
  /** User + system CPU seconds of the command and its children; undefined without GNU time. */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the largest process, in MiB; undefined without GNU time. */
  peakMiB: number | undefined;
  exitCode: number;
  /** The command's output, its last lines only: for saying why a run failed. */
  outputTail: string;
}

export function measure(command: Command): Measurement {
  const timed = hasGnuTime();
  const dir = mkdtempSync(join(tmpdir(), "folio-bench-time-"));
  const report = join(dir, "time.txt");
  const [file, args] = timed
    ? [GNU_TIME, ["-f", "%U %S %M", "-o", report, command.command, ...command.args]]
    : [command.command, command.args];
  const started = performance.now();
  const result = spawnSync(file, args, { cwd: command.cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallSeconds = (performance.now() - started) / 1000;
  try {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`;
    const measurement = { wallSeconds, cpuSeconds: undefined, peakMiB: undefined, exitCode: result.status ?? -1, outputTail: output.trim().split("\n").slice(-15).join("\n") };
    if (!timed || !existsSync(report)) return measurement;
    // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
    const figures = readFileSync(report, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    const [user, system, kib] = figures as [number, number, number];
    return { ...measurement, cpuSeconds: user + system, peakMiB: kib / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
