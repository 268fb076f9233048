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
