import { describe, expect, it } from "vitest";
import type { Heading } from "../types.ts";
import { tableOfContents } from "./toc.ts";

// Expected HTML is Hugo 0.111's .TableOfContents for the same Markdown headings, byte for byte.
// https://gohugo.io/methods/page/tableofcontents/
const h = (level: number, text: string, id = text.toLowerCase()): Heading => ({ level, id, text });
const lines = (...l: string[]) => l.join("\n");

describe("tableOfContents", () => {
  it.each([
    [
      "nests h3 under h2 and leaves h1 out (# Top, ## A, ### A1, ### A2, ## B)",
      [h(1, "Top"), h(2, "A"), h(3, "A1"), h(3, "A2"), h(2, "B")],
      {},
      lines(
        '<nav id="TableOfContents">',
        "  <ul>",
        '    <li><a href="#a">A</a>',
        "      <ul>",
        '        <li><a href="#a1">A1</a></li>',
        '        <li><a href="#a2">A2</a></li>',
        "      </ul>",
        "    </li>",
        '    <li><a href="#b">B</a></li>',
        "  </ul>",
        "</nav>",
      ),
    ],
    [
      "gives a skipped level a link-less <li> (## A, #### A-four, ## B; endLevel 4)",
      [h(2, "A"), h(4, "A-four"), h(2, "B")],
      { endLevel: 4 },
      lines(
        '<nav id="TableOfContents">',
        "  <ul>",
        '    <li><a href="#a">A</a>',
        "      <ul>",
        "        <li>",
        "          <ul>",
        '            <li><a href="#a-four">A-four</a></li>',
        "          </ul>",
        "        </li>",
        "      </ul>",
        "    </li>",
        '    <li><a href="#b">B</a></li>',
        "  </ul>",
        "</nav>",
      ),
    ],
    [
      "gives a first heading below startLevel a link-less parent (### First three, ## Then two, ### two-three)",
      [h(3, "First three", "first-three"), h(2, "Then two", "then-two"), h(3, "two-three")],
      {},
      lines(
        '<nav id="TableOfContents">',
        "  <ul>",
        "    <li>",
        "      <ul>",
        '        <li><a href="#first-three">First three</a></li>',
        "      </ul>",
        "    </li>",
        '    <li><a href="#then-two">Then two</a>',
        "      <ul>",
        '        <li><a href="#two-three">two-three</a></li>',
        "      </ul>",
        "    </li>",
        "  </ul>",
        "</nav>",
      ),
    ],
    [
      "starts a new <ul> after each heading above startLevel (## a, # X, ## b, ### b1, # Y, # Z, ## c)",
      [h(2, "a"), h(1, "X"), h(2, "b"), h(3, "b1"), h(1, "Y"), h(1, "Z"), h(2, "c")],
      {},
      lines(
        '<nav id="TableOfContents">',
        "  <ul>",
        '    <li><a href="#a">a</a></li>',
        "  </ul>",
        "",
        "  <ul>",
        '    <li><a href="#b">b</a>',
        "      <ul>",
        '        <li><a href="#b1">b1</a></li>',
        "      </ul>",
        "    </li>",
        "  </ul>",
        "",
        "  <ul>",
        '    <li><a href="#c">c</a></li>',
        "  </ul>",
        "</nav>",
      ),
    ],
    [
      "counts levels from startLevel 3 (### a, ## X, ### b)",
      [h(3, "a"), h(2, "X"), h(3, "b")],
      { startLevel: 3, endLevel: 4 },
      lines('<nav id="TableOfContents">', "  <ul>", '    <li><a href="#a">a</a></li>', "  </ul>", "", "  <ul>", '    <li><a href="#b">b</a></li>', "  </ul>", "</nav>"),
    ],
    ["lists only h2 after an h1 (# One, ## Two)", [h(1, "One"), h(2, "Two")], {}, lines('<nav id="TableOfContents">', "  <ul>", '    <li><a href="#two">Two</a></li>', "  </ul>", "</nav>")],
  ])("%s, as Hugo", (_, headings, options, expected) => {
    expect(tableOfContents(headings, options)).toBe(expected);
  });

  it.each([
    // Hugo prints `<nav id="TableOfContents"></nav>`; "" lets a layout write {{ if .TableOfContents }}.
    ["a page without headings", [], {}],
    // Hugo prints nested empty `<li>`s for these, its headings below endLevel still making levels.
    ["a page with headings only outside the range (# Only top, #### deep)", [h(1, "Only top"), h(4, "deep")], {}],
    ["a range that is empty", [h(2, "a")], { startLevel: 3, endLevel: 2 }],
  ])("is \"\" for %s, where Hugo prints a nav without links", (_, headings, options) => {
    expect(tableOfContents(headings, options)).toBe("");
  });

  it("leaves out headings below endLevel instead of Hugo's empty <li></li> (## B, #### B deep)", () => {
    expect(tableOfContents([h(2, "B"), h(4, "B deep")])).toBe(lines('<nav id="TableOfContents">', "  <ul>", '    <li><a href="#b">B</a></li>', "  </ul>", "</nav>"));
  });

  it("escapes text and ids", () => {
    expect(tableOfContents([h(2, 'C & <D> "q"', 'c--d-"q"')])).toContain('<li><a href="#c--d-&quot;q&quot;">C &amp; &lt;D&gt; &quot;q&quot;</a></li>');
  });
});
