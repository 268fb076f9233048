// User shortcodes, in Hugo's one place for them: layouts/_shortcodes/ (Hugo ≥ 0.146's name).
// `name.njk` is a Nunjucks template, autoescaped, seeing args, inner, innerHTML, page and site;
// `name.ts` or `name.js` exports `default (ctx: ShortcodeContext) => string`.
// https://gohugo.io/templates/shortcode/
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import nunjucks, { type Environment, type Template } from "nunjucks";
import { BuildError, displayPath } from "../../problems.ts";
import type { Problem } from "../../types.ts";
import type { Shortcode, ShortcodeDefinition } from "./types.ts";

export const SHORTCODES_DIR = "_shortcodes";

const FILE = /^([A-Za-z0-9_-]+)\.(njk|ts|js)$/;

/** Loads every shortcode in `<layoutsDir>/_shortcodes/`, compiling templates once; throws a BuildError listing all that fail. */
export async function loadUserShortcodes(layoutsDir: string): Promise<Map<string, ShortcodeDefinition>> {
  const dir = join(layoutsDir, SHORTCODES_DIR);
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  // Includes resolve from layouts/, as the site's other templates do.
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(layoutsDir, { noWatch: true }), { autoescape: true });
  const shortcodes = new Map<string, ShortcodeDefinition>();
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const file of files.sort()) {
    const match = FILE.exec(file);
    if (!match) continue;
    const [, name, ext] = match as unknown as [string, string, string];
    const path = join(dir, file);
    const source = displayPath(path);
    const other = seen.get(name);
    if (other) {
      problems.push(problem(source, `shortcode "${name}" is defined twice, here and in ${other}`, "keep one of the two files"));
      continue;
    }
    seen.set(name, source);
    const loaded = ext === "njk" ? await loadTemplate(path, source, env) : await loadModule(path, source);
    if ("message" in loaded) problems.push(loaded);
    else shortcodes.set(name, loaded);
  }
  if (problems.length > 0) throw new BuildError(problems);
  return shortcodes;
}

async function loadTemplate(path: string, source: string, env: Environment): Promise<ShortcodeDefinition | Problem> {
  const text = await readFile(path, "utf8");
  let template: Template;
  try {
    template = new nunjucks.Template(text, env, source, true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /\[Line (\d+), Column (\d+)\]/.exec(message);
    return problem(source, message.replace(/^.*\]\s*/s, "") || message, "fix the template's Nunjucks syntax: https://mozilla.github.io/nunjucks/templating.html", at ? Number(at[1]) : 1, at ? Number(at[2]) : 1);
  }
  // Rendering the inner costs a Markdown render: done only for templates that use it.
  const usesInnerHTML = /\binnerHTML\b/.test(text);
  const render: Shortcode = (ctx) =>
    template.render({
      args: ctx.call.args,
      inner: ctx.call.inner,
      innerHTML: usesInnerHTML && ctx.call.inner !== undefined ? ctx.renderMarkdown(ctx.call.inner) : undefined,
      page: ctx.page,
      site: ctx.site,
    });
  // As Hugo decides by .Inner: a template that uses the inner needs a closing (or self-closing) tag.
  return { render, paired: /\binner(HTML)?\b/.test(text), source };
}

/**
 * The command line and a build's threads run folio compiled to JavaScript (src/compiled.mjs), without tsx: a
 * shortcode in code (TypeScript, or JavaScript that imports TypeScript) brings it in, on its first load.
 */
const compiled = !import.meta.url.endsWith(".ts");
let typeScript: Promise<void> | undefined;

async function loadModule(path: string, source: string): Promise<ShortcodeDefinition | Problem> {
  let module: { default?: unknown; paired?: unknown };
  try {
    if (compiled) await (typeScript ??= import("tsx/esm/api").then(({ register }) => void register()));
    // Node keeps a module once imported: an edited .ts or .js shortcode is seen after a restart.
    module = (await import(pathToFileURL(path).href)) as typeof module;
  } catch (error) {
    return problem(source, `cannot load shortcode: ${error instanceof Error ? error.message : String(error)}`, "fix the module so it imports cleanly");
  }
  if (typeof module.default !== "function") {
    return problem(source, "a shortcode module needs a default export", "export default function (ctx: ShortcodeContext): string { … }");
  }
  const render = module.default as Shortcode;
  // `export const paired = true` says it takes inner content; without it, using `inner` says so.
  const paired = typeof module.paired === "boolean" ? module.paired : /\binner\b/.test(String(render));
  return { render, paired, source };
}

function problem(file: string, message: string, hint: string, line = 1, column = 1): Problem {
  return { severity: "error", file, line, column, message, hint };
}
