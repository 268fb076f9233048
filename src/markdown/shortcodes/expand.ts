// Runs a body's shortcodes, innermost first as Hugo does, and writes the Markdown that markdown-it
// then parses: `{{% %}}` output in place of the call, `{{< >}}` output as a placeholder.
// Alongside, which body line each Markdown line came from, so problems point into the file.
// https://gohugo.io/content-management/shortcodes/#notation
import type { Severity } from "../../types.ts";
import type { SourceMap } from "../env.ts";
import { BUILT_IN_NAMES } from "./builtins.ts";
import { holdsBlock, type Placeholders } from "./placeholders.ts";
import { scanShortcodes, type CallNode, type Node } from "./scan.ts";
import type { ResolveRef, ShortcodeContext, ShortcodePage, ShortcodeRegistry, ShortcodeSite } from "./types.ts";

export interface Expanded extends SourceMap {
  text: string;
}

export interface ExpandContext {
  registry: ShortcodeRegistry;
  page: ShortcodePage | undefined;
  site: ShortcodeSite | undefined;
  resolveRef: ResolveRef | undefined;
  placeholders: Placeholders;
  /** 1-based file line of body line 0. */
  firstLine: number;
  /** Records a problem at a 0-based body line. */
  report(severity: Severity, line: number, column: number, message: string, hint: string | undefined): void;
  renderMarkdown(markdown: string, source: SourceMap, inline: boolean): string;
}

export function unknownHint(name: string): string {
  return `add layouts/_shortcodes/${name}.njk or ${name}.ts, or use a built-in: ${BUILT_IN_NAMES.join(", ")}`;
}

/** The body as Markdown with every shortcode run; problems go to `cx.report`. */
export function expandBody(body: string, cx: ExpandContext): Expanded {
  const { nodes, problems } = scanShortcodes(body, (name) => cx.registry.get(name)?.paired, unknownHint);
  for (const p of problems) cx.report("error", p.line, p.column, p.message, p.hint);
  return expandNodes(nodes, 0, nodes.length, cx);
}

/** Nodes [from, to) as Markdown; a call with an inner takes the nodes up to its innerEnd. */
function expandNodes(nodes: Node[], from: number, to: number, cx: ExpandContext): Expanded {
  const out = sourceBuilder();
  for (let i = from; i < to; ) {
    const node = nodes[i]!;
    if (node.kind === "text") {
      out.write(node.text, node.line, true);
      i++;
      continue;
    }
    const inner = node.innerEnd === undefined ? undefined : expandNodes(nodes, i + 1, node.innerEnd, cx);
    const output = run(node, inner, cx);
    const next = node.innerEnd ?? i + 1;
    // `{{% %}}` output holding a block goes between blank lines of its own: sharing a line or an HTML block with
    // the author's text, that text's lines would be left out as raw HTML and the site's kept, tags unbalanced.
    const ownLines = node.markdown && holdsBlock(output);
    if (ownLines && !out.atLineStart()) out.write("\n\n", node.line, false);
    out.write(node.markdown ? output : cx.placeholders.add(output), node.line, false);
    const after = next < to ? nodes[next]! : undefined;
    if (ownLines && after?.kind === "text" && !/^[ \t]*\n[ \t]*\n/.test(after.text)) out.write("\n\n", node.line, false);
    i = next;
  }
  return out.done();
}

function run(call: CallNode, inner: Expanded | undefined, cx: ExpandContext): string {
  const definition = cx.registry.get(call.name);
  if (definition === undefined || call.failed) return ""; // already reported by the scan
  const report = (severity: Severity, message: string, hint?: string) => cx.report(severity, call.line, call.column, message, hint);
  const rendered: string[] = [];
  const ctx: ShortcodeContext = {
    call: { name: call.name, args: call.args, inner: inner?.text, markdownInner: call.markdown, line: cx.firstLine + call.line, column: call.column, ordinal: call.ordinal },
    page: cx.page,
    site: cx.site,
    resolveRef: cx.resolveRef,
    renderMarkdown(markdown, options) {
      // The inner as given keeps its own line map; any other text is placed at the call.
      const source = inner !== undefined && markdown === inner.text ? inner : { lines: [call.line], trusted: [] };
      const html = cx.renderMarkdown(markdown, source, options?.inline ?? false);
      if (html.includes("\n")) rendered.push(html);
      return html;
    },
    fail(message, hint) {
      report("error", message, hint);
      return "";
    },
    warn: (message, hint) => report("warning", message, hint),
    plainText: (text) => cx.placeholders.text(text),
  };
  let output: string;
  try {
    output = String(definition.render(ctx) ?? "");
  } catch (error) {
    const hint = definition.source === "built-in" ? "this is a bug in folio's built-in shortcode: please report it" : `fix ${definition.source}`;
    report("error", `shortcode "${call.name}" failed: ${error instanceof Error ? error.message : String(error)}`, hint);
    return "";
  }
  // `{{% %}}` output is parsed as Markdown, where a blank line inside rendered HTML (a code block,
  // two paragraphs) would end the HTML block early: what renderMarkdown gave stays whole.
  if (call.markdown) {
    for (const html of rendered) if (output.includes(html)) output = output.split(html).join(cx.placeholders.add(html));
  }
  return output;
}

/** Joins text and output, mapping each resulting line to its body line and marking lines only output wrote. */
function sourceBuilder() {
  const parts: string[] = [];
  const lines = [0];
  const trusted = [true];
  let lineIsEmpty = true;
  return {
    write(text: string, line: number, verbatim: boolean) {
      parts.push(text);
      for (let start = 0, k = 0; ; k++) {
        const newline = text.indexOf("\n", start);
        const end = newline < 0 ? text.length : newline;
        if (end > start) {
          if (lineIsEmpty) lines[lines.length - 1] = verbatim ? line + k : line;
          lineIsEmpty = false;
          if (verbatim && /\S/.test(text.slice(start, end))) trusted[trusted.length - 1] = false;
        }
        if (newline < 0) return;
        lines.push(verbatim ? line + k + 1 : line);
        trusted.push(true);
        lineIsEmpty = true;
        start = newline + 1;
      }
    },
    /** Whether nothing has been written on the current line yet. */
    atLineStart: () => lineIsEmpty,
    done: (): Expanded => ({ text: parts.join(""), lines, trusted }),
  };
}
