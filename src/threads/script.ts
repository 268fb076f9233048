// A build's threads run folio's code compiled into one JavaScript file rather than through tsx: tsx answers
// each module a thread imports from a loader thread of its own, which cost each thread about 0.5 s of its start
// and its loader thread as much again (CPU profile of a 4,000-post build); the one file loads in a few
// milliseconds. esbuild writes it in about 40 ms, once for each version of folio's source, into
// node_modules/.cache/folio/, where the packages it imports are found as from the source.
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { codeVersion } from "../code-version.ts";

/** The thread as TypeScript, through tsx: what runs when the compiled file cannot be written. */
export const TYPESCRIPT_THREAD = new URL("./thread.mjs", import.meta.url);

const DEFAULT_DIR = fileURLToPath(new URL("../../node_modules/.cache/folio/", import.meta.url));

/** The script of each folder, once made: the source does not change under a running process's feet. */
const made = new Map<string, URL>();

/** The script a thread runs: folio's thread compiled, in `dir`, made when this version of the source has none yet. */
export function threadScript(dir = DEFAULT_DIR): URL {
  const known = made.get(dir);
  if (known) return known;
  const name = `thread-${codeVersion().slice(0, 16)}.mjs`;
  const file = join(dir, name);
  try {
    mkdirSync(dir, { recursive: true });
    if (!readdirSync(dir).includes(name)) {
      // Loaded only to write the file: a build that finds it never loads esbuild.
      const { buildSync } = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
      // Written beside and renamed: two builds starting at once never run half a file.
      const partial = `${file}.${process.pid}.${Date.now()}.partial`;
      try {
        buildSync({
          entryPoints: [fileURLToPath(new URL("./thread.ts", import.meta.url))], outfile: partial,
          bundle: true, platform: "node", format: "esm", packages: "external", target: "node20", logLevel: "silent",
        });
        renameSync(partial, file);
      } finally {
        rmSync(partial, { force: true }); // what a failed compile left
      }
      // Older versions' scripts go.
      for (const old of readdirSync(dir)) if (old.startsWith("thread-") && old !== name && !old.endsWith(".partial")) rmSync(join(dir, old), { force: true });
    }
  } catch {
    return TYPESCRIPT_THREAD; // a read-only install, say: slower to start, the same work
  }
  const url = pathToFileURL(file);
  made.set(dir, url);
  return url;
}
