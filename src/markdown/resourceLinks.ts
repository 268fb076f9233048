// Links and images that name a file of the page's bundle (`![](photo.jpg)`) point at where it is published,
// so they still work where the page's text is shown elsewhere: lists, feeds, summaries.
// https://gohugo.io/content-management/page-resources/
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { relURL } from "../urls.ts";
import type { RenderEnv } from "./env.ts";

// Only a relative path can name a bundle file: no scheme, no leading slash, not a bare #fragment.
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#)/i;

export function resourceLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push("resource_links", (state) => {
    const env = state.env as RenderEnv;
    const resources = env.page?.resources;
    if (!resources || resources.length === 0) return;
    const byName = new Map(resources.map((r) => [r.name, r.url]));
    const rewrite = (token: Token, attr: "src" | "href") => {
      const url = token.attrGet(attr);
      if (!url || !RELATIVE.test(url)) return;
      const cut = url.search(/[?#]/);
      const [path, rest] = cut < 0 ? [url, ""] : [url.slice(0, cut), url.slice(cut)];
      let name: string;
      try {
        // Segment by segment, so that `photo%20%231.jpg` names `photo #1.jpg` (decodeURI keeps %23 and %3F).
        name = path.split("/").map(decodeURIComponent).join("/").replace(/^\.\//, "");
      } catch {
        return;
      }
      const published = byName.get(name);
      if (published !== undefined) token.attrSet(attr, relURL(published, env.baseURL) + rest);
    };
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === "image") rewrite(token, "src");
        else if (token.type === "link_open") rewrite(token, "href");
      }
    }
  });
}
