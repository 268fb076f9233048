// The dev server's output folder starts empty: what an earlier run wrote there (the page of a post deleted
// since, a file removed from public/ while no server ran) would otherwise go on being served as if it were
// still part of the site. Only a folder the dev server made is emptied, never one it merely was pointed at.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { displayPath } from "../problems.ts";

/** Marks a folder as the dev server's own, to empty when it starts again. */
export const DEV_MARK = ".folio-dev";

/**
 * Empties `outputDir` if the dev server made it (its mark inside, or it is the default folder, `.folio/dev`),
 * then makes and marks it. Returns a line to tell the user when the folder holds files the dev server did
 * not make, which stay.
 */
export function freshDevOutput(outputDir: string, defaultDir: string): string | undefined {
  const dir = resolve(outputDir);
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  const ours = dir === resolve(defaultDir) || entries.includes(DEV_MARK);
  if (entries.length > 0 && !ours) return `folio: ${displayPath(dir)} was not made by the dev server: what was in it before stays, and is served`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, DEV_MARK), "Made by `folio serve`, which empties this folder each time it starts.\n");
  return undefined;
}
