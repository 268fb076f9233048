// What stops the dev server's site, for the terminal and the browser alike: the loader's problems, or an
// error from rendering (a layout's mistake), placed at its file and line when the error says where.
import { isAbsolute, resolve } from "node:path";
import { displayPath, formatProblem } from "../problems.ts";
import type { Problem } from "../types.ts";

export interface Failure {
  /** Display path of the file at fault, when known. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

export const fromProblem = ({ file, line, column, message, hint }: Problem): Failure => ({ file, line, column, message, hint });

/** `file:line:col: message` and the hint, as every folio problem is printed; a message alone when unplaced. */
export function formatFailure(failure: Failure): string {
  const { file, line, column, message, hint } = failure;
  if (file && line) return formatProblem({ severity: "error", file, line, column: column ?? 1, message, ...(hint ? { hint } : {}) });
  return `folio: ${message}${hint ? `\n  hint: ${hint}` : ""}`;
}

// Nunjucks places its errors as "(path) [Line 4, Column 7]\n  message"; a nested template adds one such head per level.
const NUNJUCKS_PLACE = /\(([^()\n]+)\) \[Line (\d+), Column (\d+)\]/g;

/** An error Eleventy threw while writing (it wraps the template engine's error), as one Failure. */
export function fromRenderError(error: unknown, cwd: string = process.cwd(), hint = "fix the layout; the page comes back when it is saved"): Failure {
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && chain.length < 10; e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as Error).cause) {
    chain.push(e);
    if (!(e instanceof Error)) break;
  }
  const innermost = chain.at(-1);
  // The innermost error that says where: Eleventy's own wrapper may hold Nunjucks' place, its cause only the words.
  const texts = chain.map((e) => (e instanceof Error ? e.message : String(e)));
  const text = [...texts].reverse().find((t) => t.match(NUNJUCKS_PLACE) !== null) ?? texts.at(-1)!;
  const placed = [...text.matchAll(NUNJUCKS_PLACE)].at(-1); // the innermost template is the one at fault
  if (placed && placed[1] !== "unknown path") {
    const [head, path, line, column] = placed;
    const file = displayPath(isAbsolute(path!) ? path! : resolve(cwd, path!), cwd);
    const rest = text.slice(placed.index + head.length);
    return { file, line: Number(line), column: Number(column), message: tidy(rest), hint };
  }
  const code = (innermost as NodeJS.ErrnoException | undefined)?.code;
  const message = chain.map((e) => tidy(e instanceof Error ? e.message : String(e))).filter((m, i, all) => m && all.indexOf(m) === i).join(": ");
  return { message: `the site could not be written: ${message}`, ...(code ? { hint: `the system said ${code}` } : {}) };
}

/** A message on one line, without the "Error: " Nunjucks repeats. */
const tidy = (message: string) => message.replace(/^\s*(Template render error:\s*)?(Error:\s*)?/, "").replace(/\s*\n\s*/g, " ").trim();
