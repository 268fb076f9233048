import { describe, expect, it } from "vitest";
import { pageSummary, readingTime } from "./summary.ts";

// Hugo's precedence: https://gohugo.io/content-management/summaries/
describe("pageSummary", () => {
  const html = "<p>One.</p>\n<p>Two.</p>\n";

  it.each([
    ["the <!--more--> divider over everything", "<p>One.</p>\n", "<p>Field.</p>\n", "<p>One.</p>\n", true],
    ["the summary field over the automatic summary", undefined, "<p>Field.</p>\n", "<p>Field.</p>\n", true],
    ["the automatic summary when there is nothing else", undefined, undefined, "<p>One.</p>\n", true],
    ["a divider at the very start: an empty summary", "", "<p>Field.</p>\n", "", true],
    ["a divider after all the content: not truncated", html, undefined, html, false],
    ["a summary field equal to the content: not truncated", undefined, html, html, false],
  ])("takes %s", (_, beforeMore, field, summary, truncated) => {
    expect(pageSummary({ html, beforeMore, autoSummary: "<p>One.</p>\n" }, field)).toEqual({ summary, truncated });
  });

  it("points its links to the page's own anchors at the page, for lists and feeds to show it", () => {
    const withNote = '<p>One<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>, <a href="#two">two</a>, <a href="/x/#y">x</a>.</p>\n';
    const full = `${withNote}<p>Two.</p>\n`;
    expect(pageSummary({ html: full, beforeMore: undefined, autoSummary: withNote }, undefined, "/blog/posts/a/")).toEqual({
      summary: '<p>One<sup id="fnref:1"><a href="/blog/posts/a/#fn:1" class="footnote-ref">1</a></sup>, <a href="/blog/posts/a/#two">two</a>, <a href="/x/#y">x</a>.</p>\n',
      truncated: true,
    });
    expect(pageSummary({ html: withNote, beforeMore: undefined, autoSummary: withNote }, undefined, "/a/").truncated).toBe(false);
  });

  it("is not truncated when the automatic summary is the whole content", () => {
    expect(pageSummary({ html, beforeMore: undefined, autoSummary: html }, undefined)).toEqual({ summary: html, truncated: false });
  });

  it("ignores a difference in surrounding white space only", () => {
    expect(pageSummary({ html: "<p>One.</p>\n", beforeMore: undefined, autoSummary: "<p>One.</p>" }, undefined).truncated).toBe(false);
  });

  it("gives an empty page an empty, untruncated summary", () => {
    expect(pageSummary({ html: "", beforeMore: undefined, autoSummary: "" }, undefined)).toEqual({ summary: "", truncated: false });
  });
});

// Hugo: (words + 212) / 213 in integer division, so any word at all is a minute.
describe("readingTime", () => {
  it.each([
    [0, 0],
    [1, 1],
    [212, 1],
    [213, 1],
    [214, 2],
    [222, 2],
    [426, 2],
    [427, 3],
  ])("%i words → %i minutes", (words, minutes) => {
    expect(readingTime(words)).toBe(minutes);
  });
});
