import { describe, expect, it } from "vitest";
import { render } from "./testPage.ts";

const FIGURE = '{{< figure src="a.png" alt="A" >}}';
const IMG = '<figure><img src="a.png" alt="A"></figure>\n';

// Issue 8 (found by the property tests): Hugo writes <p>text<figure>…</figure></p>, which a browser takes apart.
describe("a shortcode's block written mid-paragraph", () => {
  it.each([
    ["alone: the paragraph is replaced, as in Hugo", FIGURE, IMG],
    ["between words: ends the paragraph and starts another", `Before ${FIGURE} after.`, `<p>Before</p>\n${IMG}<p>after.</p>\n`],
    ["inside emphasis: closed before, opened again after", `*Em ${FIGURE} still em* out`, `<p><em>Em</em></p>\n${IMG}<p><em>still em</em> out</p>\n`],
    ["with only markup beside it: no empty paragraph", `**${FIGURE}**`, IMG],
    ["in a quote", `> q ${FIGURE} r`, `<blockquote>\n<p>q</p>\n${IMG}<p>r</p>\n</blockquote>\n`],
    ["in a loose list item", `- a ${FIGURE} b\n\n- c`, `<ul>\n<li>\n<p>a</p>\n${IMG}<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>\n`],
    // A tight list item has no <p>: the block may stay in the line.
    ["in a tight list item: left in place", `- a ${FIGURE} b`, `<ul>\n<li>a <figure><img src="a.png" alt="A"></figure> b</li>\n</ul>\n`],
    ["a highlighted code block", "a {{< highlight go >}}x{{< /highlight >}} b", '<p>a</p>\n<pre class="language-go" tabindex="0"><code class="language-go">x\n</code></pre>\n<p>b</p>\n'],
  ])("%s", (_, markdown, html) => {
    expect(render(markdown).html).toBe(html);
  });

  it("leaves inline output in its paragraph", () => {
    expect(render('In {{< param "place" >}} today.').html).toBe("<p>In Lisbon today.</p>\n");
  });
});

// Issue 8 (found by the property tests): linkify takes a placeholder written right after a URL into the link's
// href, where the figure's markup would end the attribute and `src` words would become attributes of the link.
describe("a shortcode's output inside a tag", () => {
  it("is the text of its output, escaped, never markup", () => {
    const { html } = render('https://example.org/{{< figure src="x onmouseover=alert(1) y" alt="a" >}}');
    expect(html).toBe('<p><a href="https://example.org/">https://example.org/</a></p>\n<figure><img src="x onmouseover=alert(1) y" alt="a"></figure>\n');
  });

  it("still writes a ref's URL into the link it makes", () => {
    expect(render('[a]({{< ref "other.md" >}}) and ![b {{< param "place" >}}](photo.jpg)').html).toBe(
      '<p><a href="https://example.org/blog/posts/other/">a</a> and <img src="/blog/posts/trip/photo.jpg" alt="b Lisbon"></p>\n',
    );
  });
});

describe("a shortcode's block after a backslash", () => {
  // The escape rule cuts `\HAHA…` into two tokens until text_join puts them together.
  it("ends the paragraph all the same", () => {
    expect(render(`a\\${FIGURE} b`).html).toBe(`<p>a\\</p>\n${IMG}<p>b</p>\n`);
  });
});

// Issue 8 (found by the property tests): a `{{% %}}` block sharing a line with the author's text lost its first
// line as raw HTML and kept the rest, leaving a stray </details>.
describe("a {{% %}} shortcode's block beside the author's text", () => {
  const DETAILS = "<details>\n<summary>s</summary>\n<p>x</p>\n</details>\n";
  it.each([
    ["on one line", 'a {{% details summary="s" %}}x{{% /details %}} b', `<p>a</p>\n${DETAILS}<p>b</p>\n`],
    ["over lines, text right below", 'a {{% details summary="s" %}}\nx\n{{% /details %}}\nb', `<p>a</p>\n${DETAILS}<p>b</p>\n`],
    ["on lines of its own, text right below", '{{% details summary="s" %}}\nx\n{{% /details %}}\nb', `${DETAILS}<p>b</p>\n`],
  ])("goes between blank lines of its own: %s", (_, markdown, html) => {
    const result = render(markdown);
    expect(result.html).toBe(html);
    expect(result.problems).toEqual([]);
  });

  it("keeps the author's raw HTML after it out, at its own line", () => {
    const result = render('{{% details summary="s" %}}\nx\n{{% /details %}}\nb <i>raw</i>');
    expect(result.html).toBe(`${DETAILS}<p>b <!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>\n`);
    expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(["8: raw HTML omitted"]);
  });
});

describe("a shortcode's block in a footnote", () => {
  it("ends the footnote's paragraph, and the back link stays in the last one", () => {
    expect(render('x[^1]\n\n[^1]: a {{< figure src="a.png" alt="A" >}} b').html).toContain(
      `<li id="fn:1">\n<p>a</p>\n${IMG}<p>b&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>`,
    );
  });
});
