// The page the dev server sends instead of any page of the site while the site has errors: each error
// with its file and line and the lines around it, so the author sees in the browser what the terminal says.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { escapeHtml } from "markdown-it/lib/common/utils.mjs";
import type { Failure } from "./failure.ts";
import { injectReload } from "./reload.ts";

/** Lines shown before and after the line at fault. */
const CONTEXT = 2;

/** A file's text for an excerpt, or undefined when it cannot (or should not) be read. */
export function readSource(file: string, cwd: string = process.cwd()): string | undefined {
  try {
    const path = resolve(cwd, file);
    if (!statSync(path).isFile() || statSync(path).size > 5_000_000) return undefined;
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** `build`: the dev server's build the page shows (see reload.ts); `read` gives a file's text for excerpts. */
export function errorPage(failures: readonly Failure[], { build, read = (file) => readSource(file) }: { build?: number; read?: (file: string) => string | undefined } = {}): string {
  const count = failures.length === 1 ? "an error" : `${failures.length} errors`;
  const items = failures.map((failure) => {
    const place = failure.file ? `${failure.file}${failure.line ? `:${failure.line}:${failure.column ?? 1}` : ""}` : "";
    const excerpt = failure.file && failure.line ? excerptOf(read(failure.file), failure.line) : "";
    return `<li>
${place ? `<p class="place"><code>${escapeHtml(place)}</code></p>\n` : ""}<p class="message">${escapeHtml(failure.message)}</p>
${failure.hint ? `<p class="hint">hint: ${escapeHtml(failure.hint)}</p>\n` : ""}${excerpt}</li>`;
  });
  return injectReload(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>folio: the site has ${count}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4rem; color: #a40000; }
ol { padding-left: 1.2rem; }
li { margin-bottom: 1.5rem; }
.place code { font-weight: bold; }
.hint { color: #444; }
pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; }
.at { background: #ffe0e0; display: inline-block; min-width: 100%; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } h1 { color: #ff8a80; } .hint { color: #bbb; } pre { background: #262626; } .at { background: #4a1f1f; } }
</style>
</head>
<body>
<main>
<h1>The site has ${count}</h1>
<p>The dev server keeps running. Fix the file and save it: this page reloads by itself.</p>
<ol>
${items.join("\n")}
</ol>
</main>
</body>
</html>
`, build);
}

/** The lines around `line` (1-based), the line itself marked. */
function excerptOf(text: string | undefined, line: number): string {
  if (text === undefined) return "";
  const lines = text.split(/\r?\n/);
  if (line > lines.length) return "";
  const from = Math.max(1, line - CONTEXT);
  const to = Math.min(lines.length, line + CONTEXT);
  const width = String(to).length;
  const shown = [];
  for (let n = from; n <= to; n++) {
    const text = `${String(n).padStart(width)} | ${lines[n - 1]!.slice(0, 300)}`;
    shown.push(n === line ? `<span class="at">${escapeHtml(text)}</span>` : escapeHtml(text));
  }
  return `<pre>${shown.join("\n")}</pre>\n`;
}
