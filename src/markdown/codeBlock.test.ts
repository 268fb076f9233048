import { describe, expect, it } from "vitest";
import { renderCodeBlock, splitLines } from "./codeBlock.ts";
import { fenceOptions, highlightOptions } from "./codeOptions.ts";
import { createMarkdown } from "./index.ts";

describe("Hugo's code block options", () => {
  it.each([
    ['go {linenos=table,hl_lines=[2,"4-5"],linenostart=10}', { lineNos: "table", lineNoStart: 10, hlLines: [2, 4, 5] }],
    ['go {linenos=inline hl_lines=[3,"6-8"] style=emacs}', { lineNos: "inline", lineNoStart: 1, hlLines: [3, 6, 7, 8] }],
    ['py {hl_lines="1 3-4"}', { lineNos: undefined, lineNoStart: 1, hlLines: [1, 3, 4] }],
    ["sh {linenos=true, LineNoStart=5}", { lineNos: "table", lineNoStart: 5, hlLines: [] }],
    ["sh {linenos=false .class #id}", { lineNos: undefined, lineNoStart: 1, hlLines: [] }],
    ["sh {linenostart=abc,hl_lines=[x]}", { lineNos: undefined, lineNoStart: 1, hlLines: [] }],
  ])("fence %s", (info, expected) => {
    const options = fenceOptions(info)!;
    expect({ lineNos: options.lineNos, lineNoStart: options.lineNoStart, hlLines: [...options.hlLines] }).toEqual(expected);
  });

  it("has none without braces", () => {
    expect(fenceOptions("go")).toBeUndefined();
  });

  it.each([
    ["linenos=table,hl_lines=8 15-17,linenostart=199", "table", 199, [8, 15, 16, 17]],
    ["linenos=inline, hl_lines=3 6-7, style=emacs", "inline", 1, [3, 6, 7]],
    ["linenos=inline hl_lines=2 anchorlinenos=true", "inline", 1, [2]],
    ["", undefined, 1, []],
  ])("shortcode %j", (text, lineNos, lineNoStart, hlLines) => {
    const options = highlightOptions(text);
    expect([options.lineNos, options.lineNoStart, [...options.hlLines]]).toEqual([lineNos, lineNoStart, hlLines]);
  });

  it("caps a line range, so a typo cannot stall the build", () => {
    expect(fenceOptions("go {hl_lines=[\"1-999999999\"]}")!.hlLines.size).toBe(10_001);
  });
});

describe("one element per line", () => {
  it("closes a token spanning lines at each line's end and opens it again on the next", () => {
    const html = '<span class="token comment">/* a\nb\nc */</span> x\n';
    expect(splitLines(html)).toEqual(['<span class="token comment">/* a</span>', '<span class="token comment">b</span>', '<span class="token comment">c */</span> x']);
  });

  it("handles nested tokens and blank lines", () => {
    expect(splitLines('<span class="a"><span class="b">x\n\ny</span></span>\n')).toEqual([
      '<span class="a"><span class="b">x</span></span>',
      '<span class="a"><span class="b"></span></span>',
      '<span class="a"><span class="b">y</span></span>',
    ]);
  });

  it("numbers lines from linenostart, marks hl_lines counted from the block's first line, and hides numbers from copying", () => {
    const { html } = renderCodeBlock("a\nb\n", "text", fenceOptions("text {linenos=inline,hl_lines=[2],linenostart=7}"), "hl-0");
    expect(html).toBe(
      '<pre class="language-text" tabindex="0" data-linenos="inline"><code class="language-text">' +
        '<span class="line"><span class="ln" aria-hidden="true">7</span><span class="cl">a\n</span></span>' +
        '<span class="line hl"><span class="ln" aria-hidden="true">8</span><span class="cl">b\n</span></span></code></pre>\n',
    );
  });

  it("makes line numbers anchors, with Hugo's ids", () => {
    const md = createMarkdown();
    const { html } = md.render("```sh\nx\n```\n\n```sh {linenos=table,anchorlinenos=true}\na\n```", { file: "x.md", firstLine: 1 });
    expect(html).toContain('<span class="ln" id="hl-1-1" aria-hidden="true"><a href="#hl-1-1" tabindex="-1">1</a></span>');
  });

  it("keeps every line's HTML balanced for a real multi-line Prism token", () => {
    const { html } = renderCodeBlock("const s = `a\nb`;\n/* c\nd */\n", "js", fenceOptions("js {linenos=table}"), "hl-0");
    const lines = html.split('<span class="line">').slice(1);
    expect(lines).toHaveLength(4);
    // Each chunk closes one span more than it opens: the line's own, whose opening was split off.
    for (const line of lines) expect(line.match(/<\/span>/g)!.length).toBe(line.match(/<span\b/g)!.length + 1);
  });
});
