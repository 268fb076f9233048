// Hugo's code block options, from a fence's attributes (```go {linenos=table,hl_lines=[2,"4-5"]})
// or the highlight shortcode's option string ("linenos=table,hl_lines=8 15-17"). Options folio
// does not use (style, noclasses, …) are ignored, as are values it cannot read.
// https://gohugo.io/content-management/syntax-highlighting/#options

export interface CodeOptions {
  /** Line numbers, and how CSS lays them out; undefined for none. */
  lineNos: "table" | "inline" | undefined;
  /** Number of the first line. @default 1 */
  lineNoStart: number;
  /** Lines to emphasize, counted from 1 whatever lineNoStart is, as in Hugo. */
  hlLines: Set<number>;
  /** Line numbers as links to the line (Hugo's anchorLineNos). */
  anchorLineNos: boolean;
  /** Prefix of those anchors' ids; undefined: the caller's default. */
  lineAnchors: string | undefined;
}

type RawOptions = Map<string, string | string[]>;

// key=value, where value is [a, "b"], "quoted", 'quoted' or a bare word; `.class` and `#id` are skipped.
const ATTRIBUTE = /([\w-]+)\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*'|[^\s,}]+)/g;
const ARRAY_ITEM = /"([^"]*)"|'([^']*)'|[^\s,[\]"']+/g;

/** The options in a fence's info string after the language; undefined when it has no `{…}`. */
export function fenceOptions(info: string): CodeOptions | undefined {
  const open = info.indexOf("{");
  const close = info.lastIndexOf("}");
  if (open < 0 || close < open) return undefined;
  const raw: RawOptions = new Map();
  for (const [, key, value] of info.slice(open + 1, close).matchAll(ATTRIBUTE)) {
    raw.set(key!.toLowerCase(), value!.startsWith("[") ? [...value!.matchAll(ARRAY_ITEM)].map((m) => m[1] ?? m[2] ?? m[0]) : unquote(value!));
  }
  return codeOptions(raw);
}

/** The highlight shortcode's options: `key=value` pairs split by commas (or spaces before a key). */
export function highlightOptions(text: string): CodeOptions {
  const raw: RawOptions = new Map();
  for (const pair of text.split(/\s*,\s*|\s+(?=[\w-]+\s*=)/)) {
    const eq = pair.indexOf("=");
    if (eq > 0) raw.set(pair.slice(0, eq).trim().toLowerCase(), unquote(pair.slice(eq + 1).trim()));
  }
  return codeOptions(raw);
}

/** Whether the code needs one element per line. */
export function wantsLines(options: CodeOptions | undefined): options is CodeOptions {
  return options !== undefined && (options.lineNos !== undefined || options.hlLines.size > 0);
}

function codeOptions(raw: RawOptions): CodeOptions {
  const text = (key: string) => {
    const value = raw.get(key);
    return Array.isArray(value) ? value.join(" ") : value;
  };
  const start = Number(text("linenostart"));
  return {
    lineNos: lineNos(text("linenos")),
    lineNoStart: Number.isInteger(start) && start >= 0 ? start : 1,
    hlLines: lineSet(raw.get("hl_lines")),
    anchorLineNos: text("anchorlinenos") === "true",
    lineAnchors: text("lineanchors") || undefined,
  };
}

// `linenos=true` gives a table: Hugo's lineNumbersInTable defaults to true.
function lineNos(value: string | undefined): CodeOptions["lineNos"] {
  if (value === "table" || value === "true") return "table";
  if (value === "inline") return "inline";
  return undefined;
}

/** `[2, "4-5"]` or `"2 4-5"` → {2, 4, 5}. Ranges are capped so a typo cannot allocate millions. */
function lineSet(value: string | string[] | undefined): Set<number> {
  const lines = new Set<number>();
  const items = Array.isArray(value) ? value.flatMap((item) => item.split(/[\s,]+/)) : (value ?? "").split(/[\s,]+/);
  for (const item of items) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(item);
    if (!range) continue;
    const from = Number(range[1]);
    const to = Math.min(Number(range[2] ?? from), from + 10_000);
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}

function unquote(value: string): string {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}
