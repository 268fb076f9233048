// Markdown behaviour as data: each test/fixtures/markdown/<name>.md must render to <name>.html.
// The expected files were checked against Hugo 0.111's output for the same input; they differ
// only where folio means to: Prism instead of Chroma (code, code-lines), markdown-it refusing
// javascript: links (links), @mdit/plugin-tasklist's classes and labels (task-lists), a second <!--more-->
// (more), and shortcodes written as Hugo's current templates write them (shortcodes-*).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMarkdown, type RenderContext } from "./index.ts";

const dir = new URL("../../test/fixtures/markdown/", import.meta.url);
const names = readdirSync(dir)
  .filter((file) => file.endsWith(".md"))
  .map((file) => file.slice(0, -".md".length));

// The page every fixture is rendered as: a bundle with a photo, some params, and one other page to link to.
const urls: Record<string, string> = { "other.md": "/posts/other/", "/posts/other.md": "/posts/other/", "": "/posts/trip/" };
const page: Omit<RenderContext, "file"> = {
  firstLine: 1,
  page: {
    path: "posts/trip/index.md",
    url: "/posts/trip/",
    params: { place: "Lisbon <old town>", summary: "A *short* summary", author: { name: "Ann" }, tags: ["a", "b"] },
    resources: [{ name: "photo.jpg", url: "/posts/trip/photo.jpg", outputPath: "posts/trip/photo.jpg", sourcePath: "/content/posts/trip/photo.jpg" }],
  },
  site: { params: { tagline: "Hugo-style & fast" }, baseURL: "https://example.org/" },
  resolveRef: (target) => {
    const hash = target.indexOf("#");
    const url = urls[hash < 0 ? target : target.slice(0, hash)];
    return url === undefined ? undefined : url + (hash < 0 ? "" : target.slice(hash));
  },
};

describe("markdown fixtures", () => {
  const md = createMarkdown();

  it.each(names)("%s", (name) => {
    const markdown = readFileSync(new URL(`${name}.md`, dir), "utf8");
    const expected = readFileSync(new URL(`${name}.html`, dir), "utf8");
    const result = md.render(markdown, { ...page, file: `${name}.md` });
    expect(result.html).toBe(expected);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
