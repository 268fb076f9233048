// The Markdown stage: a page body in, HTML, headings, summaries, word count and warnings out,
// matching Hugo's defaults (Goldmark). Create the renderer once; it is reused for every page.
import { tasklist } from "@mdit/plugin-tasklist";
import MarkdownIt from "markdown-it";
import deflist from "markdown-it-deflist";
import type { Problem, RenderedMarkdown } from "../types.ts";
import { contentLinksPlugin } from "./contentLinks.ts";
import { createEnv, type RenderEnv, type SourceMap } from "./env.ts";
import { fencePlugin } from "./fence.ts";
import { footnotePlugin } from "./footnote.ts";
import { headingIdsPlugin } from "./headingIds.ts";
import { linkifyPlugin } from "./linkify.ts";
import { morePlugin } from "./more.ts";
import { nestingPlugin } from "./nesting.ts";
import { resourceLinksPlugin } from "./resourceLinks.ts";
import { rawHtmlPlugin } from "./rawHtml.ts";
import { builtInShortcodes, type ResolveRef, type ShortcodePage, type ShortcodeRegistry, type ShortcodeSite } from "./shortcodes/index.ts";
import { expandBody } from "./shortcodes/expand.ts";
import { createPlaceholders } from "./shortcodes/placeholders.ts";
import { shortcodesPlugin } from "./shortcodes/plugin.ts";
import { strikethroughPlugin } from "./strikethrough.ts";
import { autoSummary, beforeMore, renderBlocks, type RenderTokens } from "./summary.ts";
import { typographerPlugin } from "./typographer.ts";

export interface MarkdownOptions {
  /** Hugo's markup.goldmark.renderer.unsafe: allow raw HTML. @default false */
  unsafe?: boolean;
  /** Hugo's summaryLength, in words. @default 70 */
  summaryLength?: number;
  /** Shortcodes pages may use, from createShortcodes() (once per build). @default the built-ins only */
  shortcodes?: ShortcodeRegistry;
}

export interface RenderContext {
  /** Display path for messages, e.g. `content/posts/x.md`. */
  file: string;
  /** 1-based file line where the Markdown starts. */
  firstLine: number;
  /** The page being rendered, for shortcodes (params, bundle resources). */
  page?: ShortcodePage;
  site?: ShortcodeSite;
  /**
   * Resolves a ref/relref target as written (`other.md`, `/posts/x.md`, `x.md#heading`, `../y/index.md`)
   * to the target's site-relative URL (with the #fragment kept), or undefined when no page matches.
   */
  resolveRef?: ResolveRef;
}

export interface Markdown {
  /** Renders a page body, running its shortcodes first. */
  render(body: string, ctx: RenderContext): RenderedMarkdown;
  /**
   * Renders a front matter `summary` as Markdown (a single paragraph stays a `<p>`).
   * Its warnings, if any, are added to `problems` when given.
   */
  renderSummaryField(markdown: string, ctx: RenderContext, problems?: Problem[]): string;
}

// Hugo writes shortcode syntax only with these; a body without them skips the shortcode pass.
const SHORTCODE = /\{\{[<%]/;

export function createMarkdown(options: MarkdownOptions = {}): Markdown {
  const { unsafe = false, summaryLength = 70, shortcodes = builtInShortcodes } = options;

  // GFM tables and strikethrough are in markdown-it's default preset. `html: true` so raw HTML
  // is recognised; rawHtmlPlugin then keeps it or leaves it out.
  const md = new MarkdownIt("default", { html: true, linkify: true, typographer: true })
    .use(nestingPlugin) // a warning where maxNesting leaves deep lists and quotes out
    .use(strikethroughPlugin) // <del>, as Goldmark
    .use(linkifyPlugin) // scheme, www. and e-mail links only
    .use(typographerPlugin) // quotes, dashes, ellipses; no (c) or +-
    .use(footnotePlugin) // markdown-it-footnote in Goldmark's HTML
    .use(deflist)
    .use(tasklist) // each checkbox labelled by its text, for screen readers
    .use(fencePlugin) // Prism at build time, Hugo's line numbers
    .use(morePlugin) // <!--more-->
    .use(rawHtmlPlugin, { unsafe })
    .use(headingIdsPlugin) // after the typographer, so heading text has its quotes
    .use(shortcodesPlugin) // placeholders in code and heading ids; needs highlight and heading_ids
    .use(contentLinksPlugin) // links to other pages' Markdown files, and site paths under the base URL
    .use(resourceLinksPlugin); // links to bundle files, wherever the text is shown

  /** Markdown a shortcode asks for, rendered as the page is, its problems and heading ids shared. */
  function renderFragment(markdown: string, source: SourceMap, inline: boolean, page: RenderEnv): string {
    const env: RenderEnv = { ...createEnv(page.file, page.firstLine), problems: page.problems, ids: page.ids, source, placeholders: page.placeholders };
    const tokens = md.parse(markdown, env);
    // Hugo's markdownify: a lone paragraph is written without its <p>.
    const lone = inline && tokens.length === 3 && tokens[0]!.type === "paragraph_open";
    const html = lone ? md.renderer.renderInline(tokens[1]!.children ?? [], md.options, env) : md.renderer.render(tokens, md.options, env);
    return env.placeholders!.restore(html);
  }

  /** The body as markdown-it will parse it: shortcodes run, their problems recorded in `env`. */
  function expand(body: string, ctx: RenderContext, env: RenderEnv): string {
    if (!SHORTCODE.test(body)) return body;
    env.placeholders = createPlaceholders();
    const expanded = expandBody(body, {
      registry: shortcodes,
      page: ctx.page,
      site: ctx.site,
      resolveRef: ctx.resolveRef,
      placeholders: env.placeholders,
      firstLine: ctx.firstLine,
      report: (severity, line, column, message, hint) =>
        env.problems.push({ severity, file: ctx.file, line: ctx.firstLine + line, column, message, ...(hint ? { hint } : {}) }),
      renderMarkdown: (markdown, source, inline) => renderFragment(markdown, source, inline, env),
    });
    env.source = expanded;
    return expanded.text;
  }

  return {
    render(body, ctx) {
      const env: RenderEnv = { ...createEnv(ctx.file, ctx.firstLine), ...(ctx.page ? { page: ctx.page } : {}), ...(ctx.site ? { baseURL: ctx.site.baseURL } : {}), ...(ctx.resolveRef ? { resolveRef: ctx.resolveRef } : {}) };
      const tokens = md.parse(expand(body, ctx, env), env);
      const restore = env.placeholders?.restore ?? ((html: string) => html);
      const renderTokens: RenderTokens = (slice) => restore(md.renderer.render(slice, md.options, env));
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
      const env: RenderEnv = { ...createEnv(ctx.file, ctx.firstLine), ...(ctx.page ? { page: ctx.page } : {}), ...(ctx.site ? { baseURL: ctx.site.baseURL } : {}), ...(ctx.resolveRef ? { resolveRef: ctx.resolveRef } : {}) };
      const html = md.render(markdown, env);
      problems?.push(...env.problems.sort((a, b) => a.line - b.line));
      return html;
    },
  };
}
