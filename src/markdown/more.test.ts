import { describe, expect, it } from "vitest";
import { createMarkdown } from "./index.ts";

const md = createMarkdown();
const render = (markdown: string) => md.render(markdown, { file: "x.md", firstLine: 1 });

describe("<!--more--> summary divider", () => {
  it("splits the page at a divider on its own line and leaves it out of the HTML", () => {
    const result = render("First.\n\n  <!--more-->  \n\nSecond.\n");
    expect(result.beforeMore).toBe("<p>First.</p>\n");
    expect(result.html).toBe("<p>First.</p>\n<p>Second.</p>\n");
  });

  it("ends the paragraph at an inline divider, as Hugo does", () => {
    const result = render("One <!--more--> two.\n");
    expect(result.beforeMore).toBe("<p>One</p>\n");
    expect(result.html).toBe("<p>One</p>\n<p>two.</p>\n");
  });

  // Issue 8 (found by the property tests): `*a <!--more--> b*` made <p><em>a</p><p>b</em></p>.
  it("closes emphasis and links open at an inline divider, and opens them again after it", () => {
    expect(render("*One <!--more--> two*\n").html).toBe("<p><em>One</em></p>\n<p><em>two</em></p>\n");
    expect(render("[a <!--more--> b](https://example.org/) c\n").html).toBe('<p><a href="https://example.org/">a</a></p>\n<p><a href="https://example.org/">b</a> c</p>\n');
    expect(render("*<!--more-->*\n").html).toBe("");
  });

  it("is undefined without a divider", () => {
    expect(render("Just text.").beforeMore).toBeUndefined();
  });

  it("is plain text in code spans and code blocks", () => {
    const result = render("`<!--more-->`\n\n```\n<!--more-->\n```\n");
    expect(result.beforeMore).toBeUndefined();
    expect(result.html).toBe(
      '<p><code>&lt;!--more--&gt;</code></p>\n<pre tabindex="0"><code>&lt;!--more--&gt;\n</code></pre>\n',
    );
  });

  it("closes the blocks a nested divider sits in, so the HTML is well formed", () => {
    const result = render("> - a\n>\n>   <!--more-->\n>\n>   b\n\nafter");
    expect(result.beforeMore).toBe("<blockquote>\n<ul>\n<li>\n<p>a</p>\n</li>\n</ul>\n</blockquote>\n");
  });

  it("splits at the first divider and drops later ones", () => {
    const result = render("a\n\n<!--more-->\n\nb\n\n<!--more-->\n\nc");
    expect(result.beforeMore).toBe("<p>a</p>\n");
    expect(result.html).toBe("<p>a</p>\n<p>b</p>\n<p>c</p>\n");
  });
});
