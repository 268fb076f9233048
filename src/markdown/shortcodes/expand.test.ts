import { describe, expect, it } from "vitest";
import { formatProblem } from "../../problems.ts";
import { createMarkdown } from "../index.ts";
import { builtInShortcodes } from "./builtins.ts";
import { located, render } from "./testPage.ts";
import type { Shortcode, ShortcodeRegistry } from "./types.ts";

/** The built-ins plus test shortcodes, as createShortcodes() would give them. */
function withShortcodes(extra: Record<string, [Shortcode, boolean]>): ShortcodeRegistry {
  const registry = new Map(builtInShortcodes);
  for (const [name, [render, paired]] of Object.entries(extra)) registry.set(name, { render, paired, source: `layouts/_shortcodes/${name}.ts` });
  return registry;
}

const md = createMarkdown({
  shortcodes: withShortcodes({
    box: [(ctx) => `<div class="box">${ctx.renderMarkdown(ctx.call.inner ?? "")}</div>`, true],
    md: [(ctx) => `## From a shortcode\n\n${ctx.call.inner ?? ""}`, true],
    boom: [() => { throw new Error("no luck"); }, false],
    call: [(ctx) => JSON.stringify(ctx.call), false],
  }),
});

describe("shortcodes in a page", () => {
  it("reports an unknown shortcode at its file line and column, with where shortcodes live", () => {
    const result = render("Intro.\n\nSee {{< nosuch arg >}} here.");
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/posts/trip/index.md:7:5: unknown shortcode "nosuch"
        hint: add layouts/_shortcodes/nosuch.njk or nosuch.ts, or use a built-in: figure, highlight, ref, relref, details, youtube, vimeo, param",
      ]
    `);
    expect(result.html).toBe("<p>Intro.</p>\n<p>See  here.</p>\n");
  });

  it.each([
    ["{{< details >}}\nnever closed", 'shortcode "details" is not closed'],
    ["{{< /details >}}", 'closing shortcode "details" has no opening tag'],
    ['{{< figure src="a" x >}}', 'shortcode "figure" mixes positional and named arguments'],
    ['{{< figure src="a >}}', 'unterminated quoted argument in shortcode "figure"'],
  ])("never lets the braces of a broken shortcode through: %j", (body, message) => {
    const result = render(body);
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([["error", message]]);
    expect(result.html).not.toContain("{{");
  });

  it("keeps problem lines right after shortcodes that span lines or write several", () => {
    const body = '{{< highlight go >}}\na\nb\nc\n{{< /highlight >}}\n\n{{% md %}}x{{% /md %}}\n\n<b>raw</b>\n\n```nosuch\nx\n```\n';
    expect(located(render(body, md))).toEqual([
      "content/posts/trip/index.md:13:1: warning: raw HTML omitted",
      'content/posts/trip/index.md:15:1: warning: unknown code language "nosuch"; the block is shown without highlighting',
    ]);
  });

  // Hugo keeps the paragraph around a block in text (`<p>a <div>…</div> b</p>`), which a browser takes apart (issue 8).
  it("drops the paragraph around a {{< >}} alone in it, and ends the paragraph at a block in text", () => {
    expect(render("{{< box >}}*x*{{< /box >}}", md).html).toBe('<div class="box"><p><em>x</em></p>\n</div>\n');
    expect(render("a {{< box >}}x{{< /box >}} b", md).html).toBe('<p>a</p>\n<div class="box"><p>x</p>\n</div>\n<p>b</p>\n');
  });

  it("renders {{% %}} output with the page: its headings get ids and join the page's", () => {
    const result = render("# Top\n\n{{% md %}}Some *text*.{{% /md %}}\n", md);
    expect(result.html).toBe('<h1 id="top">Top</h1>\n<h2 id="from-a-shortcode">From a shortcode</h2>\n<p>Some <em>text</em>.</p>\n');
    expect(result.headings.map((h) => h.id)).toEqual(["top", "from-a-shortcode"]);
  });

  it("runs nested shortcodes first, both kinds", () => {
    const { html, problems } = render("{{% md %}}{{< box >}}In {{% param place %}}{{< /box >}}{{% /md %}}\n", md);
    expect(problems).toEqual([]);
    expect(html).toBe('<h2 id="from-a-shortcode">From a shortcode</h2>\n<div class="box"><p>In Lisbon</p>\n</div>\n');
  });

  it("keeps HTML a {{% %}} shortcode wrote, but not raw HTML the author wrote", () => {
    const result = render("{{% details %}}x{{% /details %}}\n\n<div>mine</div>\n");
    expect(result.html).toBe("<details>\n<summary>Details</summary>\n<p>x</p>\n</details>\n<!-- raw HTML omitted -->\n");
    expect(located(result)).toEqual(["content/posts/trip/index.md:7:1: warning: raw HTML omitted"]);
  });

  it("gives a shortcode's output to heading ids and the heading list as text", () => {
    const result = render("## In {{< param place >}} & {{< figure src=\"a.png\" alt=\"\" >}}");
    expect(result.headings).toEqual([{ level: 2, id: "in-lisbon-", text: "In Lisbon &" }]);
  });

  it("counts the words of the output, and cuts summaries with it", () => {
    const result = createMarkdown({ summaryLength: 3, shortcodes: withShortcodes({}) }).render(
      "{{< details >}}one two three{{< /details >}}\n\nfour\n\n<!--more-->\n\nfive",
      { file: "x.md", firstLine: 1 },
    );
    expect(result.wordCount).toBe(6);
    expect(result.autoSummary).toBe("<details>\n<summary>Details</summary>\n<p>one two three</p>\n</details>\n");
    expect(result.beforeMore).toBe(`${result.autoSummary}<p>four</p>\n`);
  });

  it("reports a shortcode that throws, naming its file", () => {
    const result = render("x\n{{< boom >}}", md);
    expect(result.problems).toEqual([expect.objectContaining({ line: 6, column: 1, message: 'shortcode "boom" failed: no luck', hint: "fix layouts/_shortcodes/boom.ts" })]);
  });

  it("gives a shortcode its call: name, args, position in the file and order", () => {
    const html = render('a {{< call "x" >}}\n\n{{< call k="v" >}}', md).html;
    expect(html).toContain('{"name":"call","args":["x"],"markdownInner":false,"line":5,"column":3,"ordinal":0}');
    expect(html).toContain('{"name":"call","args":{"k":"v"},"markdownInner":false,"line":7,"column":1,"ordinal":1}');
  });

  it("shows escaped shortcodes as written, in text, code spans and fences", () => {
    expect(render("{{</* figure src=\"a\" */>}} `{{%/* param x */%}}`\n\n```\n{{</* x */>}}\n```").html).toBe(
      "<p>{{&lt; figure src=“a” &gt;}} <code>{{% param x %}}</code></p>\n<pre tabindex=\"0\"><code>{{&lt; x &gt;}}\n</code></pre>\n",
    );
  });

  it("leaves a body without shortcodes exactly as before", () => {
    const body = "# T\n\nText {{ not a shortcode }} and { { < x > } }.\n";
    expect(render(body).html).toBe(createMarkdown().render(body, { file: "x.md", firstLine: 1 }).html);
  });
});
