// Hugo's highlight: `{{< highlight go "linenos=table,hl_lines=8 15-17" >}}code{{< /highlight >}}`,
// written as a fence with the same options would be. https://gohugo.io/shortcodes/highlight/
import { renderCodeBlock, UNKNOWN_LANGUAGE_HINT, unknownLanguage } from "../codeBlock.ts";
import { highlightOptions } from "../codeOptions.ts";
import { arg } from "./html.ts";
import type { ShortcodeContext } from "./types.ts";

export default function highlight(ctx: ShortcodeContext): string {
  const lang = (arg(ctx.call, "lang", 0) ?? "").toLowerCase();
  const options = highlightOptions(arg(ctx.call, "options", 1) ?? "");
  // Hugo's .InnerDeindent, trimmed of the newlines after the opening tag and before the closing one.
  const code = deindent(ctx.plainText(ctx.call.inner ?? "").replace(/^\n+|\n+$/g, ""));
  const block = renderCodeBlock(`${code}\n`, lang, options, `hl-s${ctx.call.ordinal}`);
  if (block.unknown) ctx.warn(unknownLanguage(lang), UNKNOWN_LANGUAGE_HINT);
  return block.html.trimEnd();
}

/** Removes the indentation all non-blank lines share. */
function deindent(code: string): string {
  const lines = code.split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return common === 0 ? code : lines.map((line) => line.slice(common)).join("\n");
}
