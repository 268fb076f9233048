import { describe, expect, it } from "vitest";
import { located, render } from "./testPage.ts";

describe("highlight shortcode", () => {
  it("writes the code as a fence with the same options would be", () => {
    const shortcode = render('{{< highlight go "linenos=table,hl_lines=2 3-4,linenostart=10" >}}\npackage main\n\nfunc a() {}\nfunc b() {}\n{{< /highlight >}}');
    const fence = render("```go {linenos=table,hl_lines=[2,\"3-4\"],linenostart=10}\npackage main\n\nfunc a() {}\nfunc b() {}\n```");
    expect(shortcode.html).toBe(fence.html);
    expect(shortcode.html).toContain('<span class="line hl"><span class="ln" aria-hidden="true">12</span>');
    expect(shortcode.problems).toEqual([]);
  });

  it("removes the indentation shared by the lines, and the newlines around the code", () => {
    const { html } = render("{{< highlight text >}}\n\n    a\n      b\n{{< /highlight >}}");
    expect(html).toBe('<pre class="language-text" tabindex="0"><code class="language-text">a\n  b\n</code></pre>\n');
  });

  it("escapes code, and writes nested shortcodes' output as text", () => {
    const { html } = render('{{< highlight html >}}<b title="{{< param place >}}">{{< /highlight >}}');
    expect(html).not.toContain("<b ");
    expect(html).toContain("Lisbon");
  });

  it("shows the braces of an escaped shortcode", () => {
    expect(render("{{< highlight text >}}{{</* figure src=\"x\" */>}}{{< /highlight >}}").html).toContain("{{&lt; figure src=&quot;x&quot; &gt;}}");
  });

  it("ignores options it does not know", () => {
    expect(render('{{< highlight go "style=emacs, noclasses=false" >}}x{{< /highlight >}}').html).toBe(
      '<pre class="language-go" tabindex="0"><code class="language-go">x\n</code></pre>\n',
    );
  });

  it("warns about an unknown language at the shortcode's line", () => {
    const result = render("Text.\n\n{{< highlight nosuch >}}\n<x>\n{{< /highlight >}}");
    expect(result.html).toBe('<p>Text.</p>\n<pre class="language-nosuch" tabindex="0"><code class="language-nosuch">&lt;x&gt;\n</code></pre>\n');
    expect(located(result)).toEqual(['content/posts/trip/index.md:7:1: warning: unknown code language "nosuch"; the block is shown without highlighting']);
  });

  it("anchors its line numbers apart from the page's fences", () => {
    const { html } = render('```sh {linenos=true,anchorlinenos=true}\na\n```\n\n{{< highlight sh "linenos=inline,anchorlinenos=true" >}}b{{< /highlight >}}');
    expect(html).toContain('id="hl-0-1"');
    expect(html).toContain('id="hl-s0-1"');
  });
});
