import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "./index.ts";
import { countWords } from "./summary.ts";

const ctx = { file: "x.md", firstLine: 1 };

describe("word count", () => {
  it("counts the seed post as Hugo does: 222 words", () => {
    const seed = readFileSync(new URL("../../test/fixtures/markdown/seed-docker-vs-kube.md", import.meta.url), "utf8");
    expect(createMarkdown().render(seed, ctx).wordCount).toBe(222);
  });

  it.each([
    ["<p>one <b>two</b> three</p>", 3],
    ["<p>in<b>side</b></p>", 1],
    ["<p>a</p>\n<p>b</p>", 2],
    ["<td>a</td>\n<td>b</td>", 2],
    ["<p>note&#160;<a href=\"#r\">&#x21a9;</a></p>", 1],
    ["<!-- raw HTML omitted -->", 0],
    ["<a title=\"x > y\">link</a>", 1],
    ["", 0],
    // Not tags: a quote never closed, a < with no >; a comment ends at its first >.
    ["<a title=\"x>y", 2],
    ["a < b", 3],
    ["<p>a<!-- x > y -->b</p>", 3],
    // Go's spaces: U+2003 and U+0085 split, U+FEFF does not.
    ["a\u2003b\u0085c\ufeffd", 3],
  ])("%j has %i words", (html, words) => {
    expect(countWords(html)).toBe(words);
  });

  it("separates words at block boundaries", () => {
    expect(createMarkdown().render("# Title\nText\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |", ctx).wordCount).toBe(8);
  });
});

describe("automatic summary", () => {
  const md = createMarkdown({ summaryLength: 5 });

  it("takes whole blocks up to the one in which the count reaches summaryLength", () => {
    const result = md.render("One two.\n\nThree four five six.\n\nSeven.", ctx);
    expect(result.autoSummary).toBe("<p>One two.</p>\n<p>Three four five six.</p>\n");
  });

  it("stops at a block that reaches the length exactly", () => {
    expect(md.render("# One two\n\nThree four five\n\nSix", ctx).autoSummary).toBe(
      '<h1 id="one-two">One two</h1>\n<p>Three four five</p>\n',
    );
  });

  it("is the whole page, footnotes left out, when the page is shorter", () => {
    const result = md.render("Short[^1] page.\n\n[^1]: A note with words.", ctx);
    expect(result.autoSummary).toBe(
      '<p>Short<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> page.</p>\n',
    );
    // "Short1" "page." and "A" "note" "with" "words.&#160;&#x21a9;&#xfe0e;", as in Hugo's .Plain.
    expect(result.wordCount).toBe(6);
  });

  it("keeps a long list whole", () => {
    const result = md.render("- a b c\n- d e f\n- g h i\n\nAfter.", ctx);
    expect(result.autoSummary).toBe("<ul>\n<li>a b c</li>\n<li>d e f</li>\n<li>g h i</li>\n</ul>\n");
  });

  it("defaults to 70 words", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    const result = createMarkdown().render(`${words(60)}\n\n${words(20)}\n\n${words(5)}`, ctx);
    expect(result.autoSummary.match(/<p>/g)).toHaveLength(2);
  });
});
