// A strict reading of the HTML folio writes, stricter than a browser's, so any slip in escaping shows:
// every element closed in order (void elements excepted), attributes double-quoted and unique, no stray
// `<`, every `&` a character reference, and no nesting a browser would silently rearrange.
// https://html.spec.whatwg.org/multipage/syntax.html

export interface Element {
  name: string;
  attrs: Record<string, string>;
  /** The raw text of a script or style element. */
  text?: string;
}

export interface HtmlReading {
  /** Every start tag, in order, attribute values decoded. */
  elements: Element[];
  /** What is not well-formed, each with a little of the text around it. */
  problems: string[];
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
// Elements whose text is raw: it ends only at their own end tag.
const RAW_TEXT = new Set(["script", "style"]);
// Start tags that close an open <p>: written inside one, a browser would move them out of it.
const CLOSES_P = new Set(["address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*>/y;
const ATTR = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
const DOCTYPE = /<!doctype html>/iy;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Reads `html` (a whole page or a fragment) strictly. */
export function readHtml(html: string): HtmlReading {
  const elements: Element[] = [];
  const problems: string[] = [];
  const stack: string[] = [];
  const fail = (at: number, message: string) => problems.push(`${message} at ${at}: …${JSON.stringify(html.slice(Math.max(0, at - 40), at + 40))}…`);
  // Text and attribute values: markdown-it, Prism and Nunjucks escape every &, so a bare one means something was not.
  const text = (from: number, to: number) => {
    const chunk = html.slice(from, to); // searched alone, so that a long page is read in linear time
    for (let amp = chunk.indexOf("&"); amp >= 0; amp = chunk.indexOf("&", amp + 1)) {
      REFERENCE.lastIndex = amp;
      if (!REFERENCE.test(chunk)) fail(from + amp, "an & that starts no character reference");
    }
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    text(i, lt < 0 ? html.length : lt);
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end < 0) fail(lt, "a comment that never ends");
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    DOCTYPE.lastIndex = lt;
    if (DOCTYPE.test(html)) {
      i = DOCTYPE.lastIndex;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      fail(lt, "a < that starts no tag");
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const [, closing, rawName, rawAttrs] = tag as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    if (closing) {
      if (rawAttrs) fail(lt, "an end tag with attributes");
      if (stack.at(-1) === name) stack.pop();
      else fail(lt, `</${name}> closes <${stack.at(-1) ?? "nothing"}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    const attrsAt = lt + 1 + rawName.length;
    for (const found of rawAttrs.matchAll(ATTR)) {
      const [whole, key, value = ""] = found as unknown as [string, string, string | undefined];
      const lower = key.toLowerCase();
      if (lower in attrs) fail(lt, `the attribute ${lower} twice`);
      const valueAt = attrsAt + found.index! + whole.length - value.length - 1;
      text(valueAt, valueAt + value.length);
      attrs[lower] = decode(value);
    }
    const element: Element = { name, attrs };
    elements.push(element);
    if (stack.at(-1) === "p" && CLOSES_P.has(name)) fail(lt, `<${name}> inside a <p>`);
    if (name === "a" && stack.includes("a")) fail(lt, "a link inside a link");
    if (VOID.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const end = lowerIndexOf(html, `</${name}`, i);
      if (end < 0) fail(lt, `<${name}> never closed`);
      element.text = html.slice(i, end < 0 ? html.length : end);
      i = end < 0 ? html.length : end;
    }
    stack.push(name);
  }
  for (const name of stack) fail(html.length, `<${name}> never closed`);
  return { elements, problems };
}

function lowerIndexOf(html: string, needle: string, from: number): number {
  const found = new RegExp(needle, "ig");
  found.lastIndex = from;
  return found.exec(html)?.index ?? -1;
}

function decode(value: string): string {
  return value.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z0-9]+);/g, (entity, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? entity;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * Markup that only an author's raw HTML could have put there, with raw HTML off: an event handler, a script
 * URL, or `marker` (a word every hostile sample carries) in an element's name, an attribute's name or
 * a script or style; with `allowed`, any element not in it. Escaped text, in text or in attribute values, is fine.
 */
export function authorMarkup(reading: HtmlReading, options: { marker?: RegExp; allowed?: ReadonlySet<string> } = {}): string[] {
  const { marker, allowed } = options;
  const found: string[] = [];
  for (const { name, attrs, text } of reading.elements) {
    if ((allowed && !allowed.has(name)) || marker?.test(name)) found.push(`<${name}>`);
    for (const [key, value] of Object.entries(attrs)) {
      if (key.startsWith("on") || marker?.test(key)) found.push(`<${name} ${key}>`);
      if (URL_ATTRS.has(key) && !safeURL(value, name === "img" && key === "src")) found.push(`<${name} ${key}="${value}">`);
    }
    if (text !== undefined && marker?.test(text) && !isJsonData(name, attrs, text)) found.push(`<${name}>${text}</${name}>`);
  }
  return found;
}

const URL_ATTRS = new Set(["href", "src", "action", "formaction", "srcdoc", "data", "poster", "xlink:href"]);

// As browsers read a scheme: case and ASCII whitespace and control characters do not matter.
function safeURL(value: string, image: boolean): boolean {
  const bare = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  if (image && /^data:image\/(gif|png|jpeg|webp);/.test(bare)) return true;
  return !/^(javascript|vbscript|data):/.test(bare);
}

// JSON-LD holds the page's text as data: any string may be in it, as long as it stays JSON.
function isJsonData(name: string, attrs: Record<string, string>, text: string): boolean {
  if (name !== "script" || attrs.type !== "application/ld+json") return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The elements markdown-it and folio's shortcodes write into a page's content, summary and table of contents. */
export const CONTENT_ELEMENTS: ReadonlySet<string> = new Set([
  "a", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2",
  "h3", "h4", "h5", "h6", "hr", "iframe", "img", "input", "label", "li", "nav", "ol", "p", "pre", "s", "section", "span",
  "strong", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
]);
