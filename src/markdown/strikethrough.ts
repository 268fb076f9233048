// `~~text~~` as Goldmark writes it, `<del>` (markdown-it writes `<s>`), for Hugo themes' CSS.
// https://github.com/yuin/goldmark#strikethrough-extension
import type { MarkdownIt } from "markdown-it";

export function strikethroughPlugin(md: MarkdownIt): void {
  md.renderer.rules.s_open = () => "<del>";
  md.renderer.rules.s_close = () => "</del>";
}
