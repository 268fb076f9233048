// The page shortcode tests render: a bundle with one photo, a few params, and two pages to link to.
import type { RenderedMarkdown } from "../../types.ts";
import { createMarkdown, type Markdown, type RenderContext } from "../index.ts";

const urls = new Map([
  ["other.md", "/posts/other/"],
  ["/posts/other.md", "/posts/other/"],
  ["../about/index.md", "/about/"],
  ["", "/posts/trip/"],
]);

export const context: RenderContext = {
  file: "content/posts/trip/index.md",
  // Front matter of four lines: the body starts on file line 5.
  firstLine: 5,
  page: {
    path: "posts/trip/index.md",
    url: "/posts/trip/",
    params: { place: "Lisbon", author: { name: "Ann", links: { site: "https://ann.example" } }, draft: false },
    resources: [{ name: "photo.jpg", url: "/posts/trip/photo.jpg", outputPath: "posts/trip/photo.jpg", sourcePath: "/site/content/posts/trip/photo.jpg" }],
  },
  site: { params: { tagline: "Notes & more", place: "Site place" }, baseURL: "https://example.org/blog/" },
  resolveRef: (target) => {
    const hash = target.indexOf("#");
    const url = urls.get(hash < 0 ? target : target.slice(0, hash));
    return url === undefined ? undefined : url + (hash < 0 ? "" : target.slice(hash));
  },
};

const shared = createMarkdown();

export function render(body: string, md: Markdown = shared, ctx: Partial<RenderContext> = {}): RenderedMarkdown {
  return md.render(body, { ...context, ...ctx });
}

/** Problems as the CLI prints them: `file:line:col: message`. */
export function located(result: RenderedMarkdown): string[] {
  return result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity === "warning" ? "warning: " : ""}${p.message}`);
}
