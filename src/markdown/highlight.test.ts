import Prism from "prismjs";
import { describe, expect, it } from "vitest";
import { highlight } from "./highlight.ts";
import { createMarkdown } from "./index.ts";

const md = createMarkdown();
const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\`\n`;

describe("code fences with Prism", () => {
  it.each([
    ["sh", 'echo "hi" | grep h'],
    ["yml", "key: [1, 2]"],
    ["ts", "const a: number = 1;"],
    ["dockerfile", "FROM node:20\nRUN npm ci"],
    ["console", "$ ls -la\ntotal 0"],
    ["golang", "package main"],
    ["Python", "def f(): pass"],
  ])("highlights %s at build time", (lang, code) => {
    const result = md.render(fence(lang, code), { file: "x.md", firstLine: 1 });
    const cls = `language-${lang.toLowerCase()}`;
    expect(result.html).toMatch(new RegExp(`^<pre class="${cls}" tabindex="0"><code class="${cls}">.*<span class="token `, "s"));
    expect(result.html).not.toContain("<script");
    expect(result.problems).toEqual([]);
  });

  // highlight.ts replaces Prism's encode with one that skips strings holding nothing to escape.
  it.each([
    ["javascript", "const a = `x ${b < c && d}` + '\u00a0<&>'; // a < b & c\u00a0d"],
    ["markup", '<a href="?x=1&amp;y=2" title="a < b">Fish &amp; chips\u00a0</a><!-- & < -->'],
    ["css", 'a[href^="&"]::before { content: "<\u00a0>"; }'],
    ["bash", 'if [ "$a" \\< "$b" ] && true; then echo "&"; fi'],
    ["javascript", "plain words only"],
  ])("writes %s exactly as Prism's own highlight", (lang, code) => {
    const prismEncode = (tokens: Prism.TokenStream): Prism.TokenStream =>
      tokens instanceof Prism.Token ? new Prism.Token(tokens.type, prismEncode(tokens.content), tokens.alias)
      : Array.isArray(tokens) ? (tokens.map(prismEncode) as Prism.TokenStream)
      : tokens.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\u00a0/g, " ");
    highlight("", lang); // loads the grammar
    expect(highlight(code, lang)).toBe(Prism.Token.stringify(prismEncode(Prism.tokenize(code, Prism.languages[lang]!)), lang));
  });

  it("escapes markup inside highlighted code", () => {
    const { html } = md.render(fence("html", "<script>alert(1)</script>"), { file: "x.md", firstLine: 1 });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;");
  });

  it("shows an unknown language escaped, with one warning at the fence's line", () => {
    const result = md.render(`Text.\n\n${fence("xyz", "<b>&</b>")}`, { file: "content/a.md", firstLine: 4 });
    expect(result.html).toBe(
      '<p>Text.</p>\n<pre class="language-xyz" tabindex="0"><code class="language-xyz">&lt;b&gt;&amp;&lt;/b&gt;\n</code></pre>\n',
    );
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "content/a.md",
          "hint": "use one of Prism's language names: https://prismjs.com/#supported-languages",
          "line": 6,
          "message": "unknown code language "xyz"; the block is shown without highlighting",
          "severity": "warning",
        },
      ]
    `);
  });

  it.each(["text", "plain", "plaintext", "txt", "none"])("leaves %s as plain text without a warning", (lang) => {
    const result = md.render(fence(lang, "a <b>"), { file: "x.md", firstLine: 1 });
    expect(result.html).toBe(`<pre class="language-${lang}" tabindex="0"><code class="language-${lang}">a &lt;b&gt;\n</code></pre>\n`);
    expect(result.problems).toEqual([]);
  });

  it("renders a fence without a language plainly", () => {
    const { html } = md.render(fence("", "x < y"), { file: "x.md", firstLine: 1 });
    expect(html).toBe('<pre tabindex="0"><code>x &lt; y\n</code></pre>\n');
  });

  it("reads the language from the first word, and Hugo's attributes from the braces after it", () => {
    const { html, problems } = md.render(fence("go {linenos=table,hl_lines=[1]}", "package main"), { file: "x.md", firstLine: 1 });
    expect(html).toMatch(
      /^<pre class="language-go" tabindex="0" data-linenos="table"><code class="language-go"><span class="line hl"><span class="ln" aria-hidden="true">1<\/span><span class="cl"><span class="token keyword">package/,
    );
    expect(problems).toEqual([]);
  });

  it("escapes the language in the class attribute", () => {
    const { html } = md.render(fence('a"b', "x"), { file: "x.md", firstLine: 1 });
    expect(html).toContain('class="language-a&quot;b"');
  });

  it("leaves indented code blocks plain", () => {
    const { html } = md.render("    <i>code</i>\n", { file: "x.md", firstLine: 1 });
    expect(html).toBe("<pre><code>&lt;i&gt;code&lt;/i&gt;\n</code></pre>\n");
  });
});

describe("highlight", () => {
  it("is undefined for a language Prism lacks", () => {
    expect(highlight("x", "no-such-language")).toBeUndefined();
    expect(highlight("x", "constructor")).toBeUndefined();
  });
});
