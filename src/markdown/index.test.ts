import { describe, expect, it } from "vitest";
import type { Problem } from "../types.ts";
import { createMarkdown } from "./index.ts";

const md = createMarkdown();
const html = (markdown: string) => md.render(markdown, { file: "x.md", firstLine: 1 }).html;

describe("Markdown features (Hugo's Goldmark defaults)", () => {
  it.each([
    ["typographer quotes", `"a" 'b' it's`, "<p>“a” ‘b’ it’s</p>\n"],
    ["typographer dashes and ellipsis", "a -- b --- c...", "<p>a – b — c…</p>\n"],
    ["no (c) or +- replacements", "(c) (tm) +-", "<p>(c) (tm) +-</p>\n"],
    ["strikethrough", "~~old~~", "<p><del>old</del></p>\n"],
    ["linkify with a scheme", "see https://gohugo.io.", '<p>see <a href="https://gohugo.io">https://gohugo.io</a>.</p>\n'],
    ["linkify www. as https", "www.example.com", '<p><a href="https://www.example.com">www.example.com</a></p>\n'],
    ["no linkify of bare file names", "run setup.py", "<p>run setup.py</p>\n"],
    // The quick search before linkify-it's own test (linkify.ts) must let every kind through, in any case.
    ["linkify an upper-case scheme", "see HTTPS://EXAMPLE.ORG/x now", '<p>see <a href="HTTPS://EXAMPLE.ORG/x">HTTPS://EXAMPLE.ORG/x</a> now</p>\n'],
    ["linkify WWW. in any case", "Visit Www.Example.com today", '<p>Visit <a href="https://Www.Example.com">Www.Example.com</a> today</p>\n'],
    ["linkify an e-mail address", "write to ada@example.org.", '<p>write to <a href="mailto:ada@example.org">ada@example.org</a>.</p>\n'],
    ["linkify ftp:", "ftp://files.example.org/a", '<p><a href="ftp://files.example.org/a">ftp://files.example.org/a</a></p>\n'],
    ["linkify inside emphasis", "a **bold http://x.org** b", '<p>a <strong>bold <a href="http://x.org">http://x.org</a></strong> b</p>\n'],
    ["definition lists", "Term\n: Meaning", "<dl>\n<dt>Term</dt>\n<dd>Meaning</dd>\n</dl>\n"],
    ["tables", "| a |\n|:-:|\n| b |", '<table>\n<thead>\n<tr>\n<th style="text-align:center">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align:center">b</td>\n</tr>\n</tbody>\n</table>\n'],
    ["javascript: links refused", "[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>\n"],
  ])("%s", (_name, markdown, expected) => {
    expect(html(markdown)).toBe(expected);
  });

  it("renders task lists with disabled checkboxes, each labelled by its text", () => {
    const out = html("- [ ] todo\n- [x] done");
    expect(out).toMatch(/<li class="task-list-item"><input type="checkbox"[^>]* id="task-item-0" disabled="disabled"><label class="task-list-item-label" for="task-item-0"> todo<\/label><\/li>/);
    expect(out).toMatch(/<input type="checkbox"[^>]* checked="checked" disabled="disabled"><label[^>]*> done/);
  });

  it("renders footnotes as Goldmark does", () => {
    expect(html("Text[^1].\n\n[^1]: Note.")).toBe(
      '<p>Text<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>.</p>\n' +
        '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n<li id="fn:1">\n' +
        '<p>Note.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n' +
        "</li>\n</ol>\n</div>\n",
    );
  });
});

describe("one renderer for many pages", () => {
  it("does not carry headings, ids, warnings or footnotes from one page to the next", () => {
    const first = md.render("# Same\n\n<b>x</b>\n\n```xyz\nx\n```\n\nA[^n].\n\n[^n]: One.", { file: "a.md", firstLine: 1 });
    const second = md.render("# Same\n\nB[^m].\n\n[^m]: Two.", { file: "b.md", firstLine: 1 });
    expect(first.problems).toHaveLength(2);
    expect(second.problems).toEqual([]);
    expect(second.headings).toEqual([{ level: 1, id: "same", text: "Same" }]);
    expect(second.html).toContain('<li id="fn:1">\n<p>Two.');
    expect(second.html).not.toContain("One.");
    expect(md.render("# Same", { file: "a.md", firstLine: 1 }).problems).toEqual([]);
  });
});

describe("renderSummaryField", () => {
  it("renders front matter Markdown, a single paragraph staying a <p>", () => {
    expect(md.renderSummaryField("A *short* summary -- really.", { file: "x.md", firstLine: 3 })).toBe(
      "<p>A <em>short</em> summary – really.</p>\n",
    );
  });

  it("omits raw HTML and reports it when given a list", () => {
    const problems: Problem[] = [];
    const out = md.renderSummaryField("Some <b>bold</b>", { file: "content/x.md", firstLine: 3 }, problems);
    expect(out).toBe("<p>Some <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n");
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(["content/x.md:3: raw HTML omitted"]);
  });
});
