// A page body as text and shortcode calls, in one pass. The nodes stay in one flat list: a call
// with a closing tag marks where its inner ends, so its inner is the nodes between, nested calls
// included, and an unclosed call costs nothing to undo. Whether a call needs a closing tag is the
// shortcode's to say (Hugo decides by whether its template uses .Inner): the scan asks as it goes.
// https://gohugo.io/content-management/shortcodes/#notation
import { findTag, readTag, type TagProblem } from "./tag.ts";

export interface TextNode {
  kind: "text";
  text: string;
  /** 0-based body line on which the text starts. */
  line: number;
}

export interface CallNode {
  kind: "call";
  name: string;
  args: string[] | Record<string, string>;
  /** `{{% %}}`: the output is Markdown. */
  markdown: boolean;
  /** 0-based body line and 1-based column of the opening `{{`. */
  line: number;
  column: number;
  ordinal: number;
  /** With a closing tag, the index after the call's last inner node; its inner starts right after it. */
  innerEnd: number | undefined;
  /** Already reported as wrong: it renders as nothing. */
  failed: boolean;
}

export type Node = TextNode | CallNode;

export interface ScanProblem extends TagProblem {
  line: number;
  column: number;
}

/** `true`/`false`: a known shortcode that does or does not take inner content; undefined: unknown. */
export type IsPaired = (name: string) => boolean | undefined;

// Deeper nesting is a mistake, and would only exhaust the stack of the recursive expansion.
export const MAX_DEPTH = 50;

export function scanShortcodes(src: string, isPaired: IsPaired, unknownHint: (name: string) => string): { nodes: Node[]; problems: ScanProblem[] } {
  const nodes: Node[] = [];
  const problems: ScanProblem[] = [];
  const stack: CallNode[] = [];
  // Open calls by name: a closing tag with no opening is known at once, and one that has an
  // opening pops every call it passes, so the stack costs linear time in all.
  const open = new Map<string, number>();
  const position = lineCounter(src);
  const report = (at: { line: number; column: number }, problem: TagProblem) => problems.push({ line: at.line, column: at.column, ...problem });
  let ordinal = 0;
  let textStart = 0;

  const addText = (end: number) => {
    if (end > textStart) nodes.push({ kind: "text", text: src.slice(textStart, end), line: position(textStart).line });
  };
  // An unclosed call keeps no inner: the nodes after it simply stay its parent's.
  const pop = (closed: boolean) => {
    const call = stack.pop()!;
    open.set(call.name, open.get(call.name)! - 1);
    if (closed) call.innerEnd = nodes.length;
    else if (isPaired(call.name)) {
      call.failed = true;
      const [o, c] = call.markdown ? ["{{%", "%}}"] : ["{{<", ">}}"];
      report(call, { message: `shortcode "${call.name}" is not closed`, hint: `close it with ${o} /${call.name} ${c}, or self-close it: ${o} ${call.name} /${c}` });
    }
  };

  for (let at = findTag(src, 0); at >= 0; at = findTag(src, textStart)) {
    addText(at);
    const where = position(at);
    const tag = readTag(src, at);
    textStart = tag.end;
    if (tag.kind === "error") {
      report(where, tag);
    } else if (tag.kind === "escaped") {
      nodes.push({ kind: "text", text: tag.literal, line: where.line });
    } else if (tag.kind === "open") {
      const paired = isPaired(tag.name);
      const call: CallNode = { kind: "call", name: tag.name, args: tag.args, markdown: src[at + 2] === "%", ...where, ordinal: ordinal++, innerEnd: undefined, failed: false };
      nodes.push(call);
      if (tag.problem) report(where, tag.problem);
      if (paired === undefined) report(where, { message: `unknown shortcode "${tag.name}"`, hint: unknownHint(tag.name) });
      call.failed = tag.problem !== undefined || paired === undefined;
      // An unknown shortcode may still have a closing tag: it is taken as paired so that tag is no second error.
      if (paired === false || tag.selfClosing) continue;
      if (stack.length >= MAX_DEPTH) {
        call.failed = true;
        report(where, { message: `shortcodes are nested more than ${MAX_DEPTH} deep`, hint: "close the shortcodes opened before this one" });
        continue;
      }
      stack.push(call);
      open.set(call.name, (open.get(call.name) ?? 0) + 1);
    } else if (open.get(tag.name)) {
      while (stack.at(-1)!.name !== tag.name) pop(false);
      pop(true);
    } else {
      const hint = isPaired(tag.name) === false ? `"${tag.name}" takes no inner content: remove this closing tag` : "remove it, or open the shortcode before it";
      report(where, { message: `closing shortcode "${tag.name}" has no opening tag`, hint });
    }
  }
  addText(src.length);
  while (stack.length > 0) pop(false);
  return { nodes, problems };
}

/** Line and column of increasing offsets, counted once over the text. */
function lineCounter(src: string): (offset: number) => { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  let next = src.indexOf("\n");
  return (offset) => {
    while (next >= 0 && next < offset) {
      line++;
      lineStart = next + 1;
      next = src.indexOf("\n", lineStart);
    }
    return { line, column: offset - lineStart + 1 };
  };
}
