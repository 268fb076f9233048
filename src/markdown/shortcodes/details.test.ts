import { describe, expect, it } from "vitest";
import { located, render } from "./testPage.ts";

describe("details", () => {
  it("renders summary and inner as Markdown, with Hugo's attributes in Hugo's order", () => {
    const { html, problems } = render('{{< details summary="See *more*" open=true class="faq" name="g" title="T" >}}\nInner **text**.\n{{< /details >}}');
    expect(problems).toEqual([]);
    expect(html).toBe('<details class="faq" name="g" open title="T">\n<summary>See <em>more</em></summary>\n<p>Inner <strong>text</strong>.</p>\n</details>\n');
  });

  it.each([
    ["", false],
    ["open=false", false],
    ["open=0", false],
    ["open=1", true],
    ['open="true"', true],
  ])("%s → open %s", (arg, open) => {
    expect(render(`{{< details ${arg} >}}x{{< /details >}}`).html.startsWith("<details open>")).toBe(open);
  });

  it('defaults the summary to "Details" and escapes attributes', () => {
    expect(render('{{< details class="a\\"b" >}}x{{< /details >}}').html).toBe('<details class="a&quot;b">\n<summary>Details</summary>\n<p>x</p>\n</details>\n');
  });

  it("as {{% %}}, keeps its HTML and renders the inner as Markdown", () => {
    const { html, problems } = render("{{% details %}}**bold**{{% /details %}}\n");
    expect(html).toBe("<details>\n<summary>Details</summary>\n<p><strong>bold</strong></p>\n</details>\n");
    expect(problems).toEqual([]);
  });

  it("as {{% %}}, keeps an inner with blank lines whole", () => {
    const { html } = render("{{% details %}}\nOne.\n\n```sh\na\n\nb\n```\n{{% /details %}}\n\nAfter.");
    expect(html).toBe(
      '<details>\n<summary>Details</summary>\n<p>One.</p>\n<pre class="language-sh" tabindex="0"><code class="language-sh">a\n\nb\n</code></pre>\n</details>\n<p>After.</p>\n',
    );
  });

  it("needs a closing tag, or a self-closing one", () => {
    expect(located(render("Intro.\n\n{{< details >}}\nNo end."))).toEqual(['content/posts/trip/index.md:7:1: shortcode "details" is not closed']);
    expect(render('{{< details summary="Empty" />}}').problems).toEqual([]);
  });

  it("omits raw HTML written in its inner, and warns at its line", () => {
    const result = render("{{< details >}}\nText <b>x</b>.\n{{< /details >}}");
    expect(result.html).toContain("<p>Text <!-- raw HTML omitted -->x<!-- raw HTML omitted -->.</p>");
    expect(located(result)).toEqual(["content/posts/trip/index.md:6:1: warning: raw HTML omitted"]);
  });
});
