import { describe, expect, it } from "vitest";
import { createMarkdown } from "./index.ts";

const ctx = { file: "content/posts/x.md", firstLine: 5 };
const count = (html: string, tag: string) => html.split(tag).length - 1;

// Issue 8: 10,000-deep lists and quotes neither overflow the stack nor lose text without a word.
describe("nesting past markdown-it's maxNesting", () => {
  const md = createMarkdown();

  it.each([
    ["lists", "- ".repeat(10_000), "<ul>", "</ul>"],
    ["quotes", "> ".repeat(10_000), "<blockquote>", "</blockquote>"],
  ])("keeps 10,000-deep %s balanced and warns once where the text is cut", (_, markers, open, close) => {
    const result = md.render(`Before.\n\n${markers}deep\n\n${markers}again\n`, ctx);
    expect(count(result.html, open)).toBe(count(result.html, close));
    expect(count(result.html, open)).toBeGreaterThan(40);
    expect(result.html).toContain("<p>Before.</p>");
    expect(result.html).not.toContain("deep");
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`)).toEqual([
      "content/posts/x.md:7:1: warning: nesting stops at 100 levels (a list counts two, a quote one): what lies deeper is left out",
    ]);
  });

  it("says nothing when everything fits", () => {
    const result = md.render(`${"- ".repeat(49)}fits\n\n${"> ".repeat(99)}fits too\n`, ctx);
    expect(result.html).toContain("fits too");
    expect(result.html).toMatch(/<li>fits<\/li>/);
    expect(result.problems).toEqual([]);
  });
});
