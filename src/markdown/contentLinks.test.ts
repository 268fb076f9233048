import { describe, expect, it } from "vitest";
import { createRefResolver } from "../content/refs.ts";
import { render } from "./shortcodes/testPage.ts";

// The page is content/posts/trip/index.md under https://example.org/blog/ (see shortcodes/testPage.ts).
const resolveRef = createRefResolver([
  { path: "posts/trip/index.md", url: "/posts/trip/" },
  { path: "posts/other.md", url: "/posts/other/" },
  { path: "about/index.md", url: "/about/" },
  { path: "notes.md", url: "/notes/" },
]);
const link = (markdown: string) => /(?:href|src)="([^"]*)"/.exec(render(markdown, undefined, { resolveRef }).html)?.[1];

describe("links between pages, under a base URL's path", () => {
  it.each([
    ["[x](../other.md)", "/blog/posts/other/"],
    ["[x](./../other.md#setup)", "/blog/posts/other/#setup"],
    ["[x](../../about/index.md)", "/blog/about/"],
    ["[x](/posts/other.md)", "/blog/posts/other/"],
    ["[x](notes.md)", "/blog/notes/"], // a file name unique in the site, as Hugo's ref finds it
    ["[x](../Other.md)", "/blog/posts/other/"], // in any case, as Hugo's ref
    ["[x](../other.markdown)", "../other.markdown"], // no such file: left for the link check
    ["[x](/posts/x/)", "/blog/posts/x/"],
    ["![x](/img/a.png)", "/blog/img/a.png"],
    ["[x](/blog/posts/x/)", "/blog/posts/x/"], // already under the base path, as {{% relref %}} writes it
    ["[x](photo.jpg)", "/blog/posts/trip/photo.jpg"], // the bundle's file: resourceLinks
    ["[x](#intro)", "#intro"],
    ["[x](../other/)", "../other/"],
    ["[x](https://example.org/a.md)", "https://example.org/a.md"],
    ["[x](//cdn.example.org/a.md)", "//cdn.example.org/a.md"],
  ])("%s → %s", (markdown, href) => {
    expect(link(markdown)).toBe(href);
  });

  it("leaves site paths alone when the base URL has no path", () => {
    expect(/href="([^"]*)"/.exec(render("[x](/posts/x/)", undefined, { resolveRef, site: { params: {}, baseURL: "https://example.org/" } }).html)?.[1]).toBe("/posts/x/");
  });
});
