// The results as a table for the terminal: one row per corpus size and tool.
import type { Ratios, Results, ToolFigures } from "./results.ts";
import type { ToolName } from "./tool.ts";

const HEADINGS = ["pages", "tool", "wall s", "CPU s", "ms/page", "peak MiB", "dev rebuild s", "folio/tool wall", "CPU", "memory", "rebuild"];

const fixed = (value: number | undefined, digits = 2) => (value === undefined ? "–" : value.toFixed(digits));

export function formatTable(results: Results): string {
  const { machine: m } = results;
  const lines = [
    `${results.date.slice(0, 10)}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, ${m.hugo ? `Hugo ${m.hugo.match(/v[\d.]+/)?.[0]}` : "no Hugo"}, Eleventy ${m.eleventy}`,
    `Median of ${results.runs} cold build${results.runs === 1 ? "" : "s"} per tool and size${results.timing === "wall-only" ? " (wall time only: /usr/bin/time is missing)" : ""}; dev rebuild: median of ${results.runs} edit${results.runs === 1 ? "" : "s"} of one post.`,
    "",
  ];
  const rows: string[][] = [HEADINGS];
  for (const size of results.sizes) {
    let first = true;
    for (const [name, figures] of Object.entries(size.tools) as [ToolName, ToolFigures][]) {
      const md = figures.median;
      const ratio: Ratios | undefined = name === "folio" ? undefined : size.ratios[`folio/${name}`];
      rows.push([
        first ? size.pages.toLocaleString("en-US") : "",
        name,
        md ? fixed(md.wallSeconds) : "INVALID",
        fixed(md?.cpuSeconds),
        fixed(md?.msPerPage),
        fixed(md?.peakMiB, 0),
        figures.dev ? fixed(figures.dev.medianRebuildSeconds) : figures.devError ? "FAILED" : "",
        ...(ratio ? [fixed(ratio.wall), fixed(ratio.cpu), fixed(ratio.peak), ratio.devRebuild === undefined ? "" : fixed(ratio.devRebuild)] : []),
      ]);
      first = false;
    }
  }
  const widths = HEADINGS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  for (const row of rows) {
    lines.push(row.map((cell, column) => (column === 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ").trimEnd());
  }
  const problems = invalidRuns(results);
  if (problems.length) lines.push("", ...problems);
  for (const [name, why] of Object.entries(results.skipped)) lines.push(`${name} was left out: ${why}.`);
  return lines.join("\n");
}

/** One line per run that failed its checks, and per dev server that failed. */
export function invalidRuns(results: Results): string[] {
  const lines: string[] = [];
  for (const size of results.sizes) {
    for (const [name, figures] of Object.entries(size.tools) as [ToolName, ToolFigures][]) {
      figures.runs.forEach((run, i) => {
        if (!run.valid) lines.push(`INVALID: ${size.pages} pages, ${name} run ${i + 1}: ${run.problems.join("; ")}`);
      });
      if (figures.devError) lines.push(`FAILED: ${size.pages} pages, ${name} dev server: ${figures.devError.split("\n")[0]}`);
    }
  }
  return lines;
}
