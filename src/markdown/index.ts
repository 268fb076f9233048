// The Markdown stage: a page body in, HTML, headings, summaries, word count and warnings out,
// matching Hugo's defaults (Goldmark). Create the renderer once; it is reused for every page.
import { tasklist } from "@mdit/plugin-tasklist";
import MarkdownIt from "markdown-it";
import deflist from "markdown-it-deflist";
import type { Problem, RenderedMarkdown } from "../types.ts";
import { createEnv } from "./env.ts";
import { fencePlugin } from "./fence.ts";
import { footnotePlugin } from "./footnote.ts";
import { headingIdsPlugin } from "./headingIds.ts";
import { linkifyPlugin } from "./linkify.ts";
import { morePlugin } from "./more.ts";
import { rawHtmlPlugin } from "./rawHtml.ts";
import { strikethroughPlugin } from "./strikethrough.ts";
import { autoSummary, beforeMore, renderBlocks, type RenderTokens } from "./summary.ts";
import { typographerPlugin } from "./typographer.ts";

export interface MarkdownOptions {
  /** Hugo's markup.goldmark.renderer.unsafe: allow raw HTML. @default false */
  unsafe?: boolean;
  /** Hugo's summaryLength, in words. @default 70 */
  summaryLength?: number;
}

export interface RenderContext {
  /** Display path for messages, e.g. `content/posts/x.md`. */
  file: string;
  /** 1-based file line where the Markdown starts. */
  firstLine: number;
}

export interface Markdown {
  /** Renders a page body. */
  render(body: string, ctx: RenderContext): RenderedMarkdown;
  /**
   * Renders a front matter `summary` as Markdown (a single paragraph stays a `<p>`).
   * Its warnings, if any, are added to `problems` when given.
   */
  renderSummaryField(markdown: string, ctx: RenderContext, problems?: Problem[]): string;
}

export function createMarkdown(options: MarkdownOptions = {}): Markdown {
  const { unsafe = false, summaryLength = 70 } = options;

  // GFM tables and strikethrough are in markdown-it's default preset. `html: true` so raw HTML
  // is recognised; rawHtmlPlugin then keeps it or leaves it out.
  const md = new MarkdownIt("default", { html: true, linkify: true, typographer: true })
    .use(strikethroughPlugin) // <del>, as Goldmark
    .use(linkifyPlugin) // scheme, www. and e-mail links only
    .use(typographerPlugin) // quotes, dashes, ellipses; no (c) or +-
    .use(footnotePlugin) // markdown-it-footnote in Goldmark's HTML
    .use(deflist)
    .use(tasklist, { label: false })
    .use(fencePlugin) // Prism at build time
    .use(morePlugin) // <!--more-->
    .use(rawHtmlPlugin, { unsafe })
    .use(headingIdsPlugin); // last, so heading text has the typographer's quotes

  return {
    render(body, ctx) {
      const env = createEnv(ctx.file, ctx.firstLine);
      const tokens = md.parse(body, env);
      const renderTokens: RenderTokens = (slice) => md.renderer.render(slice, md.options, env);
      const blocks = renderBlocks(tokens, renderTokens);
      return {
        html: blocks.map((block) => block.html).join(""),
        beforeMore: beforeMore(tokens, blocks, renderTokens),
        autoSummary: autoSummary(blocks, summaryLength),
        wordCount: blocks.reduce((sum, block) => sum + block.words, 0),
        headings: env.headings,
        problems: env.problems.sort((a, b) => a.line - b.line),
      };
    },

    renderSummaryField(markdown, ctx, problems) {
      const env = createEnv(ctx.file, ctx.firstLine);
      const html = md.render(markdown, env);
      problems?.push(...env.problems.sort((a, b) => a.line - b.line));
      return html;
    },
  };
}
