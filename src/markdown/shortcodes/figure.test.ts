import { describe, expect, it } from "vitest";
import { createMarkdown } from "../index.ts";
import { located, render } from "./testPage.ts";

describe("figure", () => {
  it("writes Hugo's elements: link around the image, title, Markdown caption, attribution", () => {
    const { html, problems } = render(
      '{{< figure src="/a.png" link="/big.png" target="_blank" rel="noopener" alt="A" title="T" caption="C *em*" class="c" width="10" height="20" loading="lazy" attr="By **me**" attrlink="https://me.example" >}}',
    );
    expect(html).toBe(
      '<figure class="c"><a href="/big.png" target="_blank" rel="noopener"><img src="/a.png" alt="A" width="10" height="20" loading="lazy"></a>' +
        '<figcaption><h4>T</h4><p>C <em>em</em> <a href="https://me.example">By <strong>me</strong></a></p></figcaption></figure>\n',
    );
    expect(problems).toEqual([]);
  });

  it("escapes title and alt, and renders the caption as Markdown without raw HTML", () => {
    const { html } = render(`{{< figure src="a.png" alt="x\\" onerror=\\"alert(1)" title="<script>alert(1)</script>" caption="A <b>b</b> *c*" >}}`);
    expect(html).toContain('alt="x&quot; onerror=&quot;alert(1)"');
    expect(html).toContain("<h4>&lt;script&gt;alert(1)&lt;/script&gt;</h4>");
    expect(html).toContain("<p>A <!-- raw HTML omitted -->b<!-- raw HTML omitted --> <em>c</em></p>");
    expect(render('{{< figure src="a.png" alt="" caption="<script>alert(1)</script>" >}}').html).not.toContain("<script");
  });

  it("takes the alt from the caption's text when there is no alt", () => {
    expect(render('{{< figure src="a.png" caption="A *caption* &amp; more" >}}').html).toContain('alt="A caption &amp; more"');
  });

  it("writes a bundle resource's URL under the base URL's path", () => {
    expect(render('{{< figure src="photo.jpg" alt="" >}}').html).toBe('<figure><img src="/blog/posts/trip/photo.jpg" alt=""></figure>\n');
    expect(render('{{< figure src="./photo.jpg" alt="" >}}').html).toContain('src="/blog/posts/trip/photo.jpg"');
    expect(render('{{< figure src="other.jpg" alt="" >}}').html).toContain('src="other.jpg"');
  });

  it("warns about an image without alt text, and lets alt=\"\" mark it decorative", () => {
    expect(located(render('{{< figure src="a.png" >}}'))).toEqual(['content/posts/trip/index.md:5:1: warning: figure "a.png" has no alt text']);
    expect(render('{{< figure src="a.png" alt="" >}}').problems).toEqual([]);
  });

  it.each([
    ['src="javascript:alert(1)"', "src"],
    ['src="data:text/html;base64,PHNjcmlwdD4="', "src"],
    ['src="a.png" link=" JavaScript:alert(1)"', "link"],
    ['src="a.png" attr="x" attrlink="vbscript:x"', "attrlink"],
    ['src="a.png" link="data:image/png;base64,AAAA"', "link"],
  ])("refuses %s", (args, name) => {
    const result = render(`{{< figure ${args} alt="" >}}`);
    expect(result.html).not.toMatch(/script:|data:/i);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining(`figure's ${name} `)]);
    expect(result.problems[0]!.severity).toBe("error");
  });

  it("allows an inline data:image source", () => {
    expect(render('{{< figure src="data:image/png;base64,AAAA" alt="" >}}').problems).toEqual([]);
  });

  it("needs a src", () => {
    expect(located(render("{{< figure alt=\"x\" >}}"))).toEqual(["content/posts/trip/index.md:5:1: figure needs a src"]);
  });

  it("keeps raw HTML in the caption when unsafe = true", () => {
    expect(render('{{< figure src="a.png" caption="<b>b</b>" >}}', createMarkdown({ unsafe: true })).html).toContain("<p><b>b</b></p>");
  });
});
