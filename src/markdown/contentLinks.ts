// Links between pages as authors write them: `[x](../other.md)` and `[x](other.md#heading)` point at the other
// page's URL (resolved as Hugo's ref), and a site path (`/posts/x/`, `![](/img/a.png)`) is put under the base
// URL's path unless it is already there, so both work under any base URL, wherever the text is shown. Bundle
// files are resourceLinks'.
// https://gohugo.io/methods/shortcode/ref/
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { basePath, relURL } from "../urls.ts";
import type { RenderEnv } from "./env.ts";

const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const CONTENT_FILE = /\.(md|markdown)$/i;

export function contentLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push("content_links", (state) => {
    const env = state.env as RenderEnv;
    const bundleFiles = new Set(env.page?.resources.map((r) => r.name));
    const rewrite = (token: Token, attr: "src" | "href") => {
      const url = token.attrGet(attr);
      if (!url || EXTERNAL.test(url) || url.startsWith("#")) return;
      const cut = url.search(/[?#]/);
      const path = cut < 0 ? url : url.slice(0, cut);
      const hash = url.indexOf("#");
      let name: string;
      try {
        name = decodeURI(path);
      } catch {
        return;
      }
      if (CONTENT_FILE.test(name) && !bundleFiles.has(name.replace(/^\.\//, "")) && env.resolveRef && env.page?.path !== undefined) {
        // Left as written when no page matches: the link check names it, with the file and line.
        const target = env.resolveRef(name + (hash < 0 ? "" : url.slice(hash)), env.page.path);
        if (target !== undefined) token.attrSet(attr, relURL(target, env.baseURL));
      } else if (url.startsWith("/") && !url.startsWith(basePath(env.baseURL))) {
        // Already under the base path: written so, or by a `{{% relref %}}`.
        token.attrSet(attr, relURL(url, env.baseURL));
      }
    };
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === "image") rewrite(token, "src");
        else if (token.type === "link_open") rewrite(token, "href");
      }
    }
  });
}
