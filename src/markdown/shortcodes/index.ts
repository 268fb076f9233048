// Hugo's shortcodes in Markdown: `{{< name args >}}` for HTML, `{{% name %}}` for Markdown.
// The registry is made once per build; built-ins live beside this file, one per file, and user
// shortcodes in layouts/_shortcodes/. https://gohugo.io/content-management/shortcodes/
import { builtInShortcodes } from "./builtins.ts";
import type { ShortcodeRegistry } from "./types.ts";
import { loadUserShortcodes } from "./user.ts";

export { BUILT_IN_NAMES, builtInShortcodes } from "./builtins.ts";
export { SHORTCODES_DIR } from "./user.ts";
export type {
  RenderMarkdownOptions,
  ResolveRef,
  Shortcode,
  ShortcodeCall,
  ShortcodeContext,
  ShortcodeDefinition,
  ShortcodePage,
  ShortcodeRegistry,
  ShortcodeSite,
} from "./types.ts";

export interface ShortcodesOptions {
  /** The folder holding `_shortcodes/`; when given, user shortcodes load from it. */
  layoutsDir?: string;
}

/** The built-ins, with the user's shortcodes added; a user shortcode replaces a built-in of its name. */
export async function createShortcodes(options: ShortcodesOptions = {}): Promise<ShortcodeRegistry> {
  if (options.layoutsDir === undefined) return builtInShortcodes;
  return new Map([...builtInShortcodes, ...(await loadUserShortcodes(options.layoutsDir))]);
}
