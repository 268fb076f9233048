// The figures one benchmark run produces, as written to the JSON file; and the medians and ratios over them.
import type { ToolName } from "./tool.ts";

export interface BuildRun {
  wallSeconds: number;
  /** User + system; absent when /usr/bin/time is missing. */
  cpuSeconds?: number;
  peakMiB?: number;
  /** False when the tool failed or did not write the expected pages; `problems` says what went wrong. */
  valid: boolean;
  problems: string[];
}

export interface Medians {
  wallSeconds: number;
  cpuSeconds?: number;
  peakMiB?: number;
  /** Wall time over the pages in the corpus, drafts included. */
  msPerPage: number;
}

export interface ToolFigures {
  command: string;
  runs: BuildRun[];
  /** Over the valid runs only; absent when none was valid. */
  median?: Medians;
  dev?: { startSeconds: number; rebuildSeconds: number[]; medianRebuildSeconds: number };
  devError?: string;
}

export interface Ratios {
  wall?: number;
  cpu?: number;
  peak?: number;
  devRebuild?: number;
}

export interface SizeFigures {
  pages: number;
  drafts: number;
  /** Post pages every tool must write: the corpus less its drafts. */
  expectedPosts: number;
  corpusDir: string;
  tools: Partial<Record<ToolName, ToolFigures>>;
  /** folio's median over the other tool's: below 1, folio is faster (or smaller). */
  ratios: { "folio/hugo"?: Ratios; "folio/eleventy"?: Ratios };
}

export interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string; hugo?: string; eleventy: string };
  /** "gnu-time": wall, CPU and peak memory; "wall-only": /usr/bin/time was missing. */
  timing: "gnu-time" | "wall-only";
  runs: number;
  /** Tools left out, and why. */
  skipped: Partial<Record<ToolName, string>>;
  sizes: SizeFigures[];
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function medians(runs: readonly BuildRun[], pages: number): Medians | undefined {
  const valid = runs.filter((run) => run.valid);
  const wallSeconds = median(valid.map((run) => run.wallSeconds));
  if (wallSeconds === undefined) return undefined;
  const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
  return {
    wallSeconds,
    cpuSeconds: median(defined(valid.map((run) => run.cpuSeconds))),
    peakMiB: median(defined(valid.map((run) => run.peakMiB))),
    msPerPage: (wallSeconds * 1000) / pages,
  };
}

export function ratios(folio: ToolFigures | undefined, other: ToolFigures | undefined): Ratios | undefined {
  if (!folio || !other) return undefined;
  const over = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);
  const [f, o] = [folio.median, other.median];
  return {
    wall: over(f?.wallSeconds, o?.wallSeconds),
    cpu: over(f?.cpuSeconds, o?.cpuSeconds),
    peak: over(f?.peakMiB, o?.peakMiB),
    devRebuild: over(folio.dev?.medianRebuildSeconds, other.dev?.medianRebuildSeconds),
  };
}
