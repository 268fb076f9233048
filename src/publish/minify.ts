// Production output minified with html-minifier-terser (clean-css for CSS, terser for JS, inline or in files).
// https://github.com/terser/html-minifier-terser#options-quick-reference
import type { Options } from "html-minifier-terser";
import type { PublishSettings } from "./settings.ts";

export type MinifySettings = PublishSettings["minify"];

// Loaded on first use: a build that minifies nothing never pays for terser and clean-css.
let library: Promise<typeof import("html-minifier-terser")> | undefined;
const load = () => (library ??= import("html-minifier-terser"));

/** Which files of the output are minified, and how. */
export function minifierFor(path: string, settings: MinifySettings): ((text: string) => Promise<string>) | undefined {
  if (settings.html && /\.html?$/i.test(path)) return (text) => minifyHTML(text, settings);
  if (settings.css && /\.css$/i.test(path)) return (text) => minifyWrapped(text, "style", { minifyCSS: true });
  if (settings.js && /\.m?js$/i.test(path)) return (text) => minifyWrapped(text, "script", { minifyJS: true });
  return undefined;
}

// Elements whose text the HTML pass leaves alone: a <pre> is kept exactly anyway, and every page carries the
// same inline style and scripts. Parsing them on every page was most of the cost (14 ms of a 34 kB page; 2 ms without).
const OPAQUE = /<(pre|style|script)(?=[\s>])[^>]*>[\s\S]*?<\/\1\s*>/gi;
const IGNORE = "<!-- htmlmin:ignore -->"; // the library's own marker: what is between two is written as it is
const JS_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i;

export async function minifyHTML(html: string, settings: MinifySettings): Promise<string> {
  const { minify } = await load();
  const blocks = [...html.matchAll(OPAQUE)];
  const prepared = await Promise.all(blocks.map(([block, tag]) => prepare(block, tag!.toLowerCase(), settings)));
  let marked = "";
  let at = 0;
  blocks.forEach((match, i) => {
    marked += `${html.slice(at, match.index)}${IGNORE}${prepared[i]}${IGNORE}`;
    at = match.index + match[0].length;
  });
  marked += html.slice(at);
  return minify(marked, {
    collapseWhitespace: true,
    removeComments: true,
    // The library's defaults, and Hugo's mark where raw HTML was left out, which tells a reader of the HTML why.
    ignoreCustomComments: [/^!/, /^\s*#/, /^\s*raw HTML omitted\s*$/],
    collapseBooleanAttributes: true,
    useShortDoctype: true,
    // Quotes kept: the output stays readable, and the link check reads attributes as it wrote them.
    removeAttributeQuotes: false,
    continueOnParseError: true,
  });
}

/** A style or script element with its text minified, once per distinct text; a <pre> as it is. */
async function prepare(block: string, tag: string, settings: MinifySettings): Promise<string> {
  if (tag === "pre") return block;
  const open = block.slice(0, block.indexOf(">") + 1);
  const text = block.slice(open.length, block.lastIndexOf("</"));
  const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(open)?.[1] ?? "";
  const minifies = tag === "style" ? settings.css : settings.js && JS_TYPE.test(type) && !/\ssrc\s*=/i.test(open);
  if (!minifies || text.trim() === "") return block;
  return `${open}${await once(text, tag as "style" | "script")}</${tag}>`;
}

const done = new Map<string, Promise<string>>();
/** An element's text, minified; remembered for the next page, up to a few hundred distinct texts. */
function once(text: string, element: "style" | "script"): Promise<string> {
  const key = `${element}\u0000${text}`;
  let result = done.get(key);
  if (result === undefined) {
    result = minifyWrapped(text, element, element === "style" ? { minifyCSS: true } : { minifyJS: true });
    if (done.size < 256) done.set(key, result);
  }
  return result;
}

/** A CSS or JS text, through the same library: wrapped in its element, minified, unwrapped. */
async function minifyWrapped(text: string, element: "style" | "script", options: Options): Promise<string> {
  const { minify } = await load();
  const open = `<${element}>`;
  const close = `</${element}>`;
  const out = await minify(`${open}${text}${close}`, options);
  return out.startsWith(open) && out.endsWith(close) ? out.slice(open.length, -close.length) : text;
}
