// Hugo's details: a collapsible section, its summary and inner rendered as Markdown.
// https://gohugo.io/shortcodes/details/
import { arg, attrs, flag } from "./html.ts";
import type { ShortcodeContext } from "./types.ts";

export default function details(ctx: ShortcodeContext): string {
  const get = (name: string) => arg(ctx.call, name);
  const summary = ctx.renderMarkdown(get("summary") || "Details", { inline: true });
  const open = flag(get("open"), false) ? " open" : "";
  const body = ctx.renderMarkdown(ctx.call.inner ?? "");
  return `<details${attrs({ class: get("class"), name: get("name") })}${open}${attrs({ title: get("title") })}>\n<summary>${summary}</summary>\n${body}</details>`;
}
