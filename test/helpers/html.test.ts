// The strict reader the escaping, hostile and property tests rely on: it must see what they look for.
import { describe, expect, it } from "vitest";
import { authorMarkup, CONTENT_ELEMENTS, readHtml } from "./html.ts";

describe("readHtml", () => {
  it("reads well-formed HTML without a problem", () => {
    const html = '<!doctype html><html lang="en"><head><title>a &amp; b</title><script type="module">if (a < b && c) {}</script></head><body><p>x <img src="a.png" alt="&quot;"><br></p><!-- c --></body></html>';
    expect(readHtml(html).problems).toEqual([]);
    expect(readHtml(html).elements.find((e) => e.name === "img")?.attrs).toEqual({ src: "a.png", alt: '"' });
  });

  it.each([
    ["an unclosed element", "<div><p>x</p>", "<div> never closed"],
    ["misnested elements", "<em><strong>x</em></strong>", "</em> closes <strong>"],
    ["a stray <", "<p>a < b</p>", "a < that starts no tag"],
    ["a bare &", "<p>a & b</p>", "an & that starts no character reference"],
    ["an unquoted attribute", "<a href=x>y</a>", "a < that starts no tag"],
    ["a doubled attribute", '<a href="x" href="y">z</a>', "the attribute href twice"],
    ["a block in a paragraph", "<p><div>x</div></p>", "<div> inside a <p>"],
    ["a link in a link", '<a href="x"><a href="y">z</a></a>', "a link inside a link"],
    ["a script never closed", "<script>x", "<script> never closed"],
  ])("finds %s", (_, html, problem) => {
    expect(readHtml(html).problems.map((p) => p.replace(/ at \d+:.*$/s, ""))).toContain(problem);
  });
});

describe("authorMarkup", () => {
  const MARKER = /evil|alert\(/i;
  it.each([
    ["an event handler", '<img src="x" onerror="x()">', '<img onerror>'],
    ["a script URL", '<a href=" JavaScript:x">y</a>', '<a href=" JavaScript:x">'],
    ["an SVG data image", '<img src="data:image/svg+xml,x">', '<img src="data:image/svg+xml,x">'],
    ["a marked element", "<evil-tag></evil-tag>", "<evil-tag>"],
    ["a marked script", "<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["a JSON-LD block closed early", '<script type="application/ld+json">{"name": "</script><script>alert(1)</script>', "<script>alert(1)</script>"],
  ])("finds %s", (_, html, found) => {
    expect(authorMarkup(readHtml(html), { marker: MARKER })).toContain(found);
  });

  it("lets escaped text, raster data images and JSON-LD data be", () => {
    const html = '<p title="&lt;script&gt;alert(1)">&lt;evil-tag&gt;</p><img src="data:image/png;base64,AA" alt="x"><script type="application/ld+json">{"name":"alert(1) <\\/script>"}</script>';
    expect(authorMarkup(readHtml(html), { marker: MARKER })).toEqual([]);
  });

  it("finds any element outside the allowed ones", () => {
    expect(authorMarkup(readHtml("<p><marquee>x</marquee></p>"), { allowed: CONTENT_ELEMENTS })).toEqual(["<marquee>"]);
  });
});
