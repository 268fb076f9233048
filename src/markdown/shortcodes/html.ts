// Small helpers the built-in shortcodes share: reading arguments as Hugo's .Get does, and writing
// attributes so nothing from an argument can break out of its quotes or smuggle in a script URL.
import { escapeHtml } from "markdown-it/lib/common/utils.mjs";
import type { ShortcodeCall, ShortcodePage } from "./types.ts";

export { escapeHtml };

/** Hugo's .Get: a named argument (keys case-insensitive), or the positional one at `index`. */
export function arg(call: ShortcodeCall, name: string, index?: number): string | undefined {
  if (Array.isArray(call.args)) return index === undefined ? undefined : call.args[index];
  const key = Object.keys(call.args).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : call.args[key];
}

/** Hugo's boolean arguments: "true"/"1" and "false"/"0"; anything else keeps the default. */
export function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return fallback;
}

/** ` key="value"` for each value that is set and not empty (Hugo's `with`), escaped. */
export function attrs(pairs: Record<string, string | undefined>): string {
  let out = "";
  for (const [key, value] of Object.entries(pairs)) {
    if (value !== undefined && value !== "") out += ` ${key}="${escapeHtml(value)}"`;
  }
  return out;
}

export { absURL, isSafeURL, relURL } from "../../urls.ts";

/** The URL of the page bundle's resource named `src` (`photo.jpg`, `./img/a.png`), if there is one. */
export function resourceURL(page: ShortcodePage | undefined, src: string): string | undefined {
  const name = src.replace(/^\.\//, "");
  return page?.resources.find((resource) => resource.name === name)?.url;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** What a reader sees of some HTML: tags dropped, common entities decoded (Hugo's plainify, then unescaped). */
export function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
