// What the benchmark needs to know of each site generator: its own files, its build and its dev server.
import { fileURLToPath } from "node:url";
import type { Corpus } from "./cache.ts";

export type ToolName = "folio" | "hugo" | "eleventy";

export const TOOL_NAMES: readonly ToolName[] = ["folio", "hugo", "eleventy"];

/** The repository root: folio runs from here, so the repository's layouts and public/ are used. */
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface Command {
  command: string;
  args: string[];
  cwd: string;
}

export interface Tool {
  name: ToolName;
  /** Writes the tool's own files for the corpus (settings, layouts, project) into `<corpus>/<name>/`. */
  prepare(corpus: Corpus): void;
  build(corpus: Corpus, outDir: string): Command;
  /** The dev server on 127.0.0.1:`port`, showing drafts as `folio serve` does; absent: not measured. */
  serve?(corpus: Corpus, port: number, outDir: string): Command;
  /** Text that every post's page holds once its code block is highlighted. */
  highlighted: string;
}

/** A command line as a reader would type it, for logs and the JSON. */
export const showCommand = (c: Command): string => [c.command, ...c.args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
