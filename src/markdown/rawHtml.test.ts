import { describe, expect, it } from "vitest";
import { createMarkdown } from "./index.ts";

// Front matter of 4 lines, so the body starts on file line 5.
const ctx = { file: "content/posts/x.md", firstLine: 5 };

describe("raw HTML, unsafe = false (Hugo's default)", () => {
  const md = createMarkdown();

  it("replaces block and inline HTML with Hugo's comment and warns with the file line", () => {
    const result = md.render("Intro\n\n<div>\nblock\n</div>\n\nText <b>bold</b>.\n", ctx);
    expect(result.html).toBe(
      "<p>Intro</p>\n<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted -->.</p>\n",
    );
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "content/posts/x.md",
          "hint": "set unsafe = true under [markup] in folio.toml to allow raw HTML, or write it in Markdown",
          "line": 7,
          "message": "raw HTML omitted",
          "severity": "warning",
        },
        {
          "column": 1,
          "file": "content/posts/x.md",
          "hint": "set unsafe = true under [markup] in folio.toml to allow raw HTML, or write it in Markdown",
          "line": 11,
          "message": "raw HTML omitted",
          "severity": "warning",
        },
      ]
    `);
  });

  it("gives inline HTML the line of its block, once per line", () => {
    const lines = (markdown: string) => md.render(markdown, ctx).problems.map((p) => p.line);
    expect(lines("Para\nwith <kbd>Ctrl</kbd>+<kbd>C</kbd>\non three lines")).toEqual([5]);
    expect(lines("# Title <em>x</em>")).toEqual([5]);
    expect(lines("| a |\n|---|\n| <b>x</b> |")).toEqual([7]);
    expect(lines("- one\n- two <i>x</i>")).toEqual([6]);
  });

  it("leaves code alone", () => {
    const result = md.render("`<b>` and\n\n```html\n<b>x</b>\n```\n\n    <i>y</i>\n", ctx);
    expect(result.problems).toEqual([]);
    expect(result.html).not.toContain("omitted");
  });

  it("never warns about the <!--more--> divider", () => {
    expect(md.render("a\n\n<!--more-->\n\nb <!--more--> c", ctx).problems).toEqual([]);
  });
});

describe("raw HTML, unsafe = true", () => {
  it("passes HTML through without warnings", () => {
    const result = createMarkdown({ unsafe: true }).render("<div>\nblock\n</div>\n\nText <b>bold</b>.", ctx);
    expect(result.html).toBe("<div>\nblock\n</div>\n<p>Text <b>bold</b>.</p>\n");
    expect(result.problems).toEqual([]);
  });
});
