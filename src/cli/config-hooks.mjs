// Module hooks of the compiled command line (src/compiled.mjs, `hookConfigImports`), on Node's hooks thread:
// a site's Eleventy config imports folio's plugin as TypeScript, which Node 20 cannot load, and the plugin must
// be the module the command line runs. https://nodejs.org/docs/latest-v20.x/api/module.html#customization-hooks
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

let plugin;
let compiled;

/** @param {{ plugin: string, compiled: string }} data */
export function initialize(data) {
  ({ plugin, compiled } = data);
}

const TYPESCRIPT = /\.m?ts$/;

export async function resolve(specifier, context, next) {
  let resolved;
  try {
    resolved = await next(specifier, context);
  } catch (error) {
    // As under tsx: a relative import may leave out the `.ts` of the file.
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
    resolved = await next(`${specifier}.ts`, context);
  }
  return resolved.url === plugin ? { url: compiled, format: "module", shortCircuit: true } : resolved;
}

let transformSync;

export async function load(url, context, next) {
  if (!url.startsWith("file:") || !TYPESCRIPT.test(new URL(url).pathname)) return next(url, context);
  // Any other TypeScript the config imports (a helper of the site's, say): compiled alone, as tsx would.
  transformSync ??= createRequire(import.meta.url)("esbuild").transformSync;
  const path = fileURLToPath(url);
  const { code } = transformSync(await readFile(path, "utf8"), { loader: "ts", format: "esm", sourcefile: path, sourcemap: "inline", target: "node20" });
  return { format: "module", source: code, shortCircuit: true };
}
