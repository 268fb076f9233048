import { describe, expect, it } from "vitest";
import { headingAnchors, splitTitle, tableScroll } from "./body.ts";

describe("headingAnchors", () => {
  it("follows each h2–h6 with a link to it, named by the heading's text, the heading itself unchanged", () => {
    expect(headingAnchors('<h2 id="key-differences"><strong>Key</strong> &amp; more</h2>\n<p>x</p>\n<h1 id="t">T</h1>')).toBe(
      '<div class="heading"><h2 id="key-differences"><strong>Key</strong> &amp; more</h2><a class="anchor" href="#key-differences" data-pagefind-ignore>' +
        '<span class="visually-hidden">Section titled Key &amp; more</span><span aria-hidden="true">#</span></a></div>\n<p>x</p>\n<h1 id="t">T</h1>',
    );
  });

  it("leaves code that shows heading markup alone: it is escaped", () => {
    const code = '<pre><code>&lt;h2 id="x"&gt;x&lt;/h2&gt;</code></pre>';
    expect(headingAnchors(code)).toBe(code);
  });
});

describe("tableScroll", () => {
  const open = (name: string) => `<div class="table-scroll" tabindex="0" role="region" aria-label="${name}">`;

  it("puts each table in a focusable, named box that scrolls, nested tables too", () => {
    expect(tableScroll("<table><tr><td>x</td></tr></table>")).toBe(`${open("Table")}<table><tr><td>x</td></tr></table></div>`);
    expect(tableScroll("<table><tr><td><TABLE class=x></TABLE></td></tr></table>")).toBe(`${open("Table 1")}<table><tr><td>${open("Table 2")}<TABLE class=x></TABLE></div></td></tr></table></div>`);
    expect(tableScroll("<p>no table</p>")).toBe("<p>no table</p>");
  });

  it("names each of several boxes apart, as landmarks must be", () => {
    expect(tableScroll("<table></table><p>x</p><table></table>")).toBe(`${open("Table 1")}<table></table></div><p>x</p>${open("Table 2")}<table></table></div>`);
  });
});

describe("splitTitle", () => {
  it("takes a leading h1 out of the body", () => {
    expect(splitTitle('<h1 id="a">A <em>b</em></h1>\n<p>Text</p>\n<h1 id="c">C</h1>\n')).toEqual({ title: '<h1 id="a">A <em>b</em></h1>', body: '<p>Text</p>\n<h1 id="c">C</h1>\n' });
  });

  it.each(["<p>Text</p>\n<h1>Later</h1>\n", "<h2 id=\"x\">X</h2>\n", ""])("leaves %j whole", (html) => {
    expect(splitTitle(html)).toEqual({ title: "", body: html });
  });
});
