import { describe, expect, it } from "vitest";
import { absoluteLinks, unescapeAttribute } from "./absolute.ts";

describe("absoluteLinks", () => {
  const base = "https://example.org/blog/posts/a/";
  it.each([
    ['<a href="/blog/posts/b/">', '<a href="https://example.org/blog/posts/b/">'],
    ['<a href="#fn:1">', '<a href="https://example.org/blog/posts/a/#fn:1">'],
    ['<img src="photo.jpg" alt="">', '<img src="https://example.org/blog/posts/a/photo.jpg" alt="">'],
    ['<a href="../b/?x=1&amp;y=2">', '<a href="https://example.org/blog/posts/b/?x=1&amp;y=2">'],
    ['<a href="https://other.org/">', '<a href="https://other.org/">'],
    ['<a href="mailto:me@example.org">', '<a href="mailto:me@example.org">'],
    ['<video poster="p.png">', '<video poster="https://example.org/blog/posts/a/p.png">'],
    ['<p>href="/x/" as text</p>', '<p>href="/x/" as text</p>'],
  ])("%s", (html, expected) => {
    expect(absoluteLinks(html, base)).toBe(expected);
  });

  it("leaves links as they are when the base URL has no host", () => {
    expect(absoluteLinks('<a href="/x/">', "/x/")).toBe('<a href="/x/">');
  });

  it("reads the entities markdown-it and Nunjucks write in attributes", () => {
    expect(unescapeAttribute("a&amp;b&quot;c&lt;&gt;&#39;")).toBe("a&b\"c<>'");
  });
});
