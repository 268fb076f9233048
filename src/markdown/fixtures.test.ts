// Markdown behaviour as data: each test/fixtures/markdown/<name>.md must render to <name>.html.
// The expected files were checked against Hugo 0.111's output for the same input; they differ
// only where folio means to: Prism instead of Chroma (code), markdown-it refusing javascript:
// links (links), @mdit/plugin-tasklist's classes (task-lists), and a second <!--more--> (more).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "./index.ts";

const dir = new URL("../../test/fixtures/markdown/", import.meta.url);
const names = readdirSync(dir)
  .filter((file) => file.endsWith(".md"))
  .map((file) => file.slice(0, -".md".length));

describe("markdown fixtures", () => {
  const md = createMarkdown();

  it.each(names)("%s", (name) => {
    const markdown = readFileSync(new URL(`${name}.md`, dir), "utf8");
    const expected = readFileSync(new URL(`${name}.html`, dir), "utf8");
    expect(md.render(markdown, { file: `${name}.md`, firstLine: 1 }).html).toBe(expected);
  });
});
