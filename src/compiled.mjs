// folio's code compiled to JavaScript, once for each version of its source: the command line and a build's
// threads run it instead of the TypeScript through tsx, whose loader answers every module a process imports from
// a thread of its own (on a build of 4,000 posts, about 0.5 s of CPU time on each thread, and as much again on
// their loaders' threads). esbuild writes it in about 0.2 s into node_modules/.cache/folio/, where the packages
// it imports are found as from the source.
//
// JavaScript, not TypeScript: the launcher (src/cli/folio.mjs) runs this before anything can load TypeScript,
// and the compiled code imports this very file, left out of it, so that both see one state.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SRC = fileURLToPath(new URL("./", import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
// FOLIO_COMPILED_DIR moves it (a test makes it unwritable, to run the TypeScript).
const DEFAULT_DIR = process.env.FOLIO_COMPILED_DIR || fileURLToPath(new URL("../node_modules/.cache/folio/", import.meta.url));

/** The compiled entry points, by the name of the file each becomes. */
const ENTRIES = { main: "cli/main.ts", index: "index.ts", thread: "threads/thread.ts" };

/** A version a process no longer uses is removed this long after it was written: a process running it may still load a chunk. */
const KEEP_OLD_MS = 60 * 60 * 1000;

let version;

/**
 * A hash of folio's source (src/, tests left out), by content, not modification time, which a fresh checkout
 * changes: an upgrade or a local change to folio is a new version. Worked out once a process (about 5 ms).
 * @returns {string}
 */
export function codeVersion() {
  if (version !== undefined) return version;
  const hash = createHash("sha1");
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith(".test.ts")).sort();
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(SRC, file))).update("\0");
  return (version = hash.digest("hex"));
}

/** The folder of each cache folder, once made: the source does not change under a running process's feet. */
const made = new Map();

/**
 * The folder holding this version of folio compiled, made in `dir` when it has none yet; undefined when it
 * cannot be (a read-only install, say), and the caller runs the TypeScript.
 * @param {string} [dir]
 * @returns {string | undefined}
 */
export function compiledDir(dir = DEFAULT_DIR) {
  if (made.has(dir)) return made.get(dir);
  // Named by the source's version and its place: two checkouts sharing one node_modules (a symbolic link, a
  // worktree) each get the folder that imports their own src/compiled.mjs.
  const name = createHash("sha1").update(codeVersion()).update("\0").update(SRC).digest("hex").slice(0, 16);
  const folder = join(dir, name);
  let result;
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(folder)) {
      compile(folder);
      removeOld(dir, name);
    }
    result = folder;
  } catch {
    result = undefined;
  }
  made.set(dir, result);
  return result;
}

/**
 * The URL of one compiled entry point: `main` (the command line), `index` (the plugin) or `thread`.
 * @param {"main" | "index" | "thread"} entry
 * @param {string} [dir]
 * @returns {URL | undefined}
 */
export function compiledEntry(entry, dir) {
  const folder = compiledDir(dir);
  return folder === undefined ? undefined : pathToFileURL(join(folder, `${entry}.mjs`));
}

function compile(folder) {
  // Loaded only to compile: a process that finds the folder never loads esbuild.
  const { buildSync } = createRequire(import.meta.url)("esbuild");
  // Written beside and renamed: two processes starting at once never run half of it.
  const partial = `${folder}.${process.pid}.${Date.now()}.partial`;
  try {
    const { outputFiles } = buildSync({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(SRC, path)])),
      outdir: partial, write: false, outExtension: { ".js": ".mjs" },
      bundle: true, splitting: true, format: "esm", platform: "node", target: "node20", packages: "external", logLevel: "silent",
      external: ["*/compiled.mjs"], // this file: one module, one state, for the launcher and the compiled code
    });
    // Imported from src/*/ as "../compiled.mjs"; from the compiled folder, by its URL: a relative path would
    // resolve from the folder's real path, which is another checkout's when node_modules is a link to it.
    const self = JSON.stringify(pathToFileURL(THIS_FILE).href);
    mkdirSync(partial, { recursive: true });
    for (const file of outputFiles) writeFileSync(file.path, file.text.replace(/(["'])\.\.\/compiled\.mjs\1/g, self));
    try {
      renameSync(partial, folder);
    } catch (error) {
      // Another process finished first: its folder is the same code.
      if (!existsSync(folder)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

function removeOld(dir, current) {
  for (const old of readdirSync(dir)) {
    if (old === current) continue;
    const path = join(dir, old);
    // The threads' script of earlier versions of folio was a file of this folder.
    const stale = /^thread-[0-9a-f]+\.mjs$/.test(old) || (/^[0-9a-f]{16}(\..*\.partial)?$/.test(old) && Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS);
    if (stale) rmSync(path, { recursive: true, force: true });
  }
}

let running = false;
let hooked = false;

/**
 * Runs the command line compiled, when it can be: what the launcher does.
 * @returns {Promise<boolean>} false when it cannot be compiled, and nothing was run
 */
export async function runCompiled() {
  const main = compiledEntry("main");
  if (main === undefined) return false;
  running = true;
  await import(main.href);
  return true;
}

/**
 * Lets a site's Eleventy config, which imports folio's plugin as TypeScript (`./src/index.ts`), load in the
 * compiled command line: that import is given the compiled plugin, the very module the command line runs (its
 * settings for this run are keyed by Eleventy's config object), and other TypeScript the config imports is
 * compiled as it loads. Called once Eleventy's modules are loaded, before it reads the config, so that the
 * packages loaded before do not pass through the hooks. Under tsx (tests, the TypeScript fallback) it does nothing.
 */
export function hookConfigImports() {
  if (!running || hooked) return;
  hooked = true;
  register("./cli/config-hooks.mjs", import.meta.url, {
    data: { plugin: pathToFileURL(join(SRC, "index.ts")).href, compiled: compiledEntry("index").href },
  });
}

/** The threads' script as TypeScript, through tsx: what a thread runs when folio cannot be compiled. */
export const TYPESCRIPT_THREAD = new URL("./threads/thread.mjs", import.meta.url);

/**
 * The script a build's thread runs: folio's thread compiled, or else the TypeScript.
 * @param {string} [dir]
 * @returns {URL}
 */
export function threadScript(dir) {
  return compiledEntry("thread", dir) ?? TYPESCRIPT_THREAD;
}
