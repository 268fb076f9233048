// One benchmark: for each corpus size, cold builds by every tool in turn, several rounds, then the dev servers.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { ensureCorpus, type Corpus } from "./cache.ts";
import { checkPages } from "./check.ts";
import { measureDevRebuild, type DevEdit } from "./dev.ts";
import { eleventy } from "./eleventy.ts";
import { folio } from "./folio.ts";
import { findHugo, hugo } from "./hugo.ts";
import { hasGnuTime, measure } from "./measure.ts";
import { median, medians, ratios, type BuildRun, type Results, type SizeFigures, type ToolFigures } from "./results.ts";
import { REPO, showCommand, type Tool, type ToolName } from "./tool.ts";

export interface BenchOptions {
  /** Corpus sizes, in posts. */
  sizes: number[];
  /** Cold builds per tool and size, and edits per dev server. */
  runs: number;
  /** Where corpora are cached and sites written. */
  dir: string;
  json: string;
  tools: ToolName[];
  /** Measure the dev servers' rebuild too. */
  dev: boolean;
  /** What the timed dev edit changes. @default "body" */
  devEdit?: DevEdit;
  /** apt-get install hugo when it is missing and we are root. */
  installHugo: boolean;
}

const TOOLS: Record<ToolName, Tool> = { folio, hugo, eleventy };

export async function runBench(options: BenchOptions, log: (line: string) => void): Promise<Results> {
  const timing = hasGnuTime() ? "gnu-time" : "wall-only";
  if (timing === "wall-only") log("/usr/bin/time is missing (Debian package `time`): measuring wall time only, no CPU time or peak memory.");
  const results: Results = { date: new Date().toISOString(), machine: machine(), timing, runs: options.runs, skipped: {}, sizes: [] };
  let tools = options.tools.map((name) => TOOLS[name]);
  if (options.tools.includes("hugo")) {
    const found = findHugo(options.installHugo, log);
    if ("version" in found) results.machine.hugo = found.version;
    else {
      log(`Hugo is left out: ${found.missing}.`);
      results.skipped.hugo = found.missing;
      tools = tools.filter((tool) => tool !== hugo);
    }
  }
  for (const pages of options.sizes) {
    const corpus = ensureCorpus(options.dir, pages, log);
    const figures: SizeFigures = { pages, drafts: corpus.drafts, expectedPosts: pages - corpus.drafts, corpusDir: corpus.dir, tools: {}, ratios: {} };
    results.sizes.push(figures);
    for (const tool of tools) tool.prepare(corpus);
    await measureSize(corpus, tools, options, figures, log);
    const [f, h, e] = [figures.tools.folio, figures.tools.hugo, figures.tools.eleventy];
    figures.ratios = { "folio/hugo": ratios(f, h), "folio/eleventy": ratios(f, e) };
    save(options.json, results); // after every size: a long run that is cut short keeps what it measured
  }
  return results;
}

async function measureSize(corpus: Corpus, tools: Tool[], options: BenchOptions, figures: SizeFigures, log: (line: string) => void) {
  const out = (tool: Tool) => join(options.dir, "out", tool.name);
  for (const tool of tools) figures.tools[tool.name] = { command: showCommand(tool.build(corpus, out(tool))), runs: [] };
  // Interleaved, so a slow spell of the machine falls on every tool alike.
  for (let round = 1; round <= options.runs; round++) {
    for (const tool of tools) {
      rmSync(out(tool), { recursive: true, force: true }); // cold: nothing left from the last build
      const run = buildOnce(tool, corpus, out(tool));
      figures.tools[tool.name]!.runs.push(run);
      const cpu = run.cpuSeconds === undefined ? "" : `, ${run.cpuSeconds.toFixed(2)} s CPU, ${run.peakMiB!.toFixed(0)} MiB`;
      log(`${corpus.pages} pages, ${tool.name} ${round}/${options.runs}: ${run.wallSeconds.toFixed(2)} s${cpu}${run.valid ? "" : ` INVALID: ${run.problems.join("; ")}`}`);
    }
  }
  for (const tool of tools) {
    rmSync(out(tool), { recursive: true, force: true });
    const figure = figures.tools[tool.name]!;
    figure.median = medians(figure.runs, corpus.pages);
    if (options.dev && tool.serve) await measureDev(tool, corpus, options.runs, figure, log, options.devEdit);
  }
}

function buildOnce(tool: Tool, corpus: Corpus, outDir: string): BuildRun {
  const m = measure(tool.build(corpus, outDir));
  const run = { wallSeconds: m.wallSeconds, cpuSeconds: m.cpuSeconds, peakMiB: m.peakMiB };
  if (m.exitCode !== 0) return { ...run, valid: false, problems: [`exit code ${m.exitCode}: ${m.outputTail}`] };
  const check = checkPages(outDir, corpus, tool.highlighted);
  return { ...run, valid: check.ok, problems: check.problems };
}

async function measureDev(tool: Tool, corpus: Corpus, edits: number, figure: ToolFigures, log: (line: string) => void, what?: DevEdit) {
  try {
    const { startSeconds, rebuildSeconds } = await measureDevRebuild(tool, corpus, edits, log, what);
    figure.dev = { startSeconds, rebuildSeconds, medianRebuildSeconds: median(rebuildSeconds)! };
  } catch (error) {
    figure.devError = (error as Error).message;
    log(`${corpus.pages} pages, ${tool.name} dev server FAILED: ${figure.devError}`);
  }
}

function machine(): Results["machine"] {
  const eleventyPackage = JSON.parse(readFileSync(join(REPO, "node_modules/@11ty/eleventy/package.json"), "utf8")) as { version: string };
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    eleventy: eleventyPackage.version,
  };
}

function save(path: string, results: Results) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
