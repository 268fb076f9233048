// Problems are data until the very edge: stages return them, the CLI prints them.
import { isAbsolute, relative, sep } from "node:path";
import type { Problem } from "./types.ts";

/** Thrown when a build cannot go on; carries every problem found, not just the first. */
export class BuildError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      errors.length === 1
        ? formatProblem(errors[0]!)
        : `${errors.length} problems stop the build:\n${errors.map((p) => formatProblem(p)).join("\n")}`,
    );
    this.name = "BuildError";
    this.problems = problems;
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** `file:line:col: message` (editors make it clickable), then the hint on its own line. */
export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}:${p.column}: ${p.severity === "warning" ? "warning: " : ""}${p.message}`;
  return p.hint ? `${head}\n  hint: ${p.hint}` : head;
}

/** A path as messages print it: relative to `cwd` when inside it (clickable in editors), else absolute. */
export function displayPath(abs: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? abs : rel.split(sep).join("/");
}

/** Sort by file, then position, so output is stable whatever order files were read in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
