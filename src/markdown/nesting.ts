// Lists and quotes nested past markdown-it's maxNesting (100 levels; a list takes two, a quote one) are left
// out by its block parser, which is what keeps 10,000-deep input from overflowing the stack and the HTML
// balanced. This says so, once per page, instead of losing the text without a word.
// https://github.com/markdown-it/markdown-it/blob/master/lib/parser_block.mjs
import type { MarkdownIt, StateBlock } from "markdown-it";
import { warn, type RenderEnv } from "./env.ts";

export function nestingPlugin(md: MarkdownIt): void {
  const tokenize = md.block.tokenize.bind(md.block);
  const warned = new WeakSet<object>();
  // Set by every preset (the default's is 100) though @types/markdown-it leaves it out.
  const maxNesting = (md.options as { maxNesting?: number }).maxNesting ?? 100;
  md.block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
    // The same test markdown-it makes before it skips the rest of a container.
    if (state.level >= maxNesting && !warned.has(state.env as object)) {
      const line = state.skipEmptyLines(startLine);
      if (line < endLine && state.sCount[line]! >= state.blkIndent) {
        warned.add(state.env as object);
        const message = `nesting stops at ${maxNesting} levels (a list counts two, a quote one): what lies deeper is left out`;
        warn(state.env as RenderEnv, line, message, "nest lists and quotes less deeply");
      }
    }
    tokenize(state, startLine, endLine);
  };
}
