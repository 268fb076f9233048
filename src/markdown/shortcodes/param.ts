// Hugo's param: a front matter parameter of the page, else the site's [params]; dotted keys
// (`author.name`) reach into tables. Keys match without regard to case, as Hugo's do.
// https://gohugo.io/shortcodes/param/
import { arg, escapeHtml } from "./html.ts";
import type { ShortcodeContext } from "./types.ts";

export default function param(ctx: ShortcodeContext): string {
  const key = arg(ctx.call, "key", 0);
  if (!key) return ctx.fail("param needs a key", `{{< param "description" >}} or {{< param "author.name" >}}`);
  const value = lookup(ctx.page?.params, key) ?? lookup(ctx.site?.params, key);
  if (value === undefined) return ctx.fail(`param "${key}" not found`, `set ${key} in the page's front matter or under [params] in folio.toml`);
  if (typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
    const first = Object.keys(value as Record<string, unknown>)[0] ?? "key";
    return ctx.fail(`param "${key}" is a table, not a value`, `name one of its keys: {{< param "${key}.${first}" >}}`);
  }
  return escapeHtml(format(value));
}

function lookup(params: Record<string, unknown> | undefined, key: string): unknown {
  let value: unknown = params;
  for (const part of key.toLowerCase().split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    const found = Object.keys(record).find((k) => k.toLowerCase() === part);
    value = found === undefined ? undefined : record[found];
  }
  return value ?? undefined;
}

function format(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(format).join(", ");
  return String(value);
}
