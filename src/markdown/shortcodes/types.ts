// Shortcode types, shared by the scanner, the built-ins and user shortcodes. Type-only.
// Hugo's model: https://gohugo.io/templates/shortcode/
import type { Resource } from "../../types.ts";

/** The page being rendered, as shortcodes see it. */
export interface ShortcodePage {
  /** Content path: `posts/foo.md`. */
  path: string;
  /** Site-relative URL: `/posts/foo/`. */
  url: string;
  params: Record<string, unknown>;
  resources: Resource[];
}

export interface ShortcodeSite {
  params: Record<string, unknown>;
  baseURL: string;
}

/** Resolves a ref target as written (`other.md`, `/posts/x.md#h`) to a site-relative URL, #fragment kept. */
export type ResolveRef = (target: string, fromPath: string) => string | undefined;

/** One use of a shortcode in a page. */
export interface ShortcodeCall {
  name: string;
  /** Positional (`{{< x "a" b >}}`) or named (`{{< x k="v" >}}`), never both. */
  args: string[] | Record<string, string>;
  /**
   * What stands between the opening and closing tags, nested shortcodes already run (Hugo's .Inner);
   * undefined for a call without a closing tag.
   */
  inner: string | undefined;
  /** Called as `{{% %}}`: the output is Markdown, rendered with the page. */
  markdownInner: boolean;
  /** 1-based file line and column of the opening `{{`. */
  line: number;
  column: number;
  /** 0-based position among the page's shortcodes, in the order they open. */
  ordinal: number;
}

export interface RenderMarkdownOptions {
  /** Hugo's markdownify: a lone paragraph loses its `<p>`. @default false */
  inline?: boolean;
}

export interface ShortcodeContext {
  call: ShortcodeCall;
  page: ShortcodePage | undefined;
  site: ShortcodeSite | undefined;
  /** Renders Markdown as the page's body is rendered (Hugo's .Page.RenderString). */
  renderMarkdown(markdown: string, options?: RenderMarkdownOptions): string;
  resolveRef: ResolveRef | undefined;
  /** Records an error at the call's position; returns "" to return from the shortcode. */
  fail(message: string, hint?: string): string;
  /** Records a warning at the call's position. */
  warn(message: string, hint?: string): void;
  /** `text` with the output of nested `{{< >}}` shortcodes as a reader sees it, for code. */
  plainText(text: string): string;
}

/** Returns HTML (for `{{< >}}`) or Markdown and HTML (for `{{% %}}`). */
export type Shortcode = (ctx: ShortcodeContext) => string;

export interface ShortcodeDefinition {
  render: Shortcode;
  /**
   * Takes inner content, so a call must be closed (`{{< x >}}…{{< /x >}}`) or self-closed
   * (`{{< x />}}`), as Hugo requires of templates that use .Inner.
   */
  paired: boolean;
  /** Where it is defined, for messages: "built-in" or a display path. */
  source: string;
}

/** Shortcodes by name; made once per build by createShortcodes(). */
export type ShortcodeRegistry = ReadonlyMap<string, ShortcodeDefinition>;
