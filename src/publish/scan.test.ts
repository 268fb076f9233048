import { describe, expect, it } from "vitest";
import { scanPage } from "./scan.ts";

describe("scanPage", () => {
  it("reads links from href, src, srcset and poster, and ids, entity-decoded, in page order", () => {
    const html = `<a href="/a/?x=1&amp;y=2#top">a</a><img src='b.png' srcset="c.png 1x, d.png 2x"><video poster="e.png"></video><h2 id="intro">`;
    expect(scanPage(html)).toEqual({ links: ["/a/?x=1&y=2#top", "b.png", "c.png", "d.png", "e.png"], ids: ["intro"] });
  });

  it("follows a meta refresh, as Hugo's alias pages are written", () => {
    const html = `<link rel="canonical" href="https://example.org/a/"><meta http-equiv="refresh" content="0; url=https://example.org/a/">`;
    expect(scanPage(html).links).toEqual(["https://example.org/a/", "https://example.org/a/"]);
  });

  it("reads no links from scripts, styles, comments or code shown as text", () => {
    // Prism escapes only < and &, so a highlighted string can hold ` href="…"` as it is.
    const html = `<script>a.href="/x/"; b = ' href="/y/"';</script><style>a[href="/z/"]{}</style><!-- <a href="/c/"> --><pre class="language-sh"><code><span class="token string">'&lt;a href="/d/">'</span></code></pre><p><code>x href="/e/"</code></p>`;
    expect(scanPage(html)).toEqual({ links: [], ids: [] });
  });

  it("reads the ids of line numbers inside code blocks, which prose may link to", () => {
    expect(scanPage(`<pre><code><span class="ln" id="hl-0-3"><a href="#hl-0-3">3</a></span></code></pre>`)).toEqual({ links: [], ids: ["hl-0-3"] });
  });

  it("needs a space before the attribute, so data-href and the like are not links", () => {
    expect(scanPage(`<div data-href="/x/" data-id="y">`)).toEqual({ links: [], ids: [] });
  });

  it("reads attributes inside tags only: a quoted > does not end a tag, and text that looks like an attribute is text", () => {
    const html = `<a title="a > b" href="/x/" data-note='c > d' id="one">x</a><p>write title href="/y/" id="no" yourself</p><IMG SRC="/z.png">`;
    expect(scanPage(html)).toEqual({ links: ["/x/", "/z.png"], ids: ["one"] });
  });

  it("reads the same links again on the next page (the pattern keeps no position between pages)", () => {
    const html = `<a href="/a/">a</a><a href="/b/">b</a>`;
    expect(scanPage(html).links).toEqual(["/a/", "/b/"]);
    expect(scanPage(html).links).toEqual(["/a/", "/b/"]);
  });
});
