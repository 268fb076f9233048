// Hugo's ref and relref: the URL of another page, named by its content path, so links survive a
// change of slug or URL. ref gives the absolute URL, relref the one under the base URL's path.
// https://gohugo.io/shortcodes/ref/ https://gohugo.io/shortcodes/relref/
import { absURL, arg, escapeHtml, relURL } from "./html.ts";
import type { ShortcodeContext } from "./types.ts";

const HINT = 'paths are relative to the page or to content/: "other.md", "/posts/x.md", "x.md#heading", "../y/index.md"';

function resolve(ctx: ShortcodeContext, absolute: boolean): string {
  const name = ctx.call.name;
  const target = arg(ctx.call, "path", 0);
  if (!target) return ctx.fail(`${name} needs a page path`, `{{< ${name} "posts/other.md" >}}`);
  const url = ctx.resolveRef?.(target, ctx.page?.path ?? "");
  if (url === undefined) return ctx.fail(`${name} "${target}" does not match any page`, HINT);
  return escapeHtml(absolute ? absURL(url, ctx.site?.baseURL) : relURL(url, ctx.site?.baseURL));
}

export function ref(ctx: ShortcodeContext): string {
  return resolve(ctx, true);
}

export function relref(ctx: ShortcodeContext): string {
  return resolve(ctx, false);
}
