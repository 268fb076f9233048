import { describe, expect, it } from "vitest";
import { minifierFor, minifyHTML } from "./minify.ts";

const all = { html: true, css: true, js: true };
const page = `<!DOCTYPE html>
<html lang="en">
  <head>
    <style>
      body { color : red ; }   /* a comment */
    </style>
    <script type="application/ld+json">{ "a": 1 }</script>
    <script>
      function greet(name) { const greeting = "hi " + name; return greeting; }
    </script>
  </head>
  <body>
    <!-- a comment -->
    <p>Some   <em>text</em> here.</p>
    <!-- raw HTML omitted -->
    <pre class="language-go"><code>func main() {
    fmt.Println("  spaced  ")
}
</code></pre>
    <input type="checkbox" disabled="disabled">
  </body>
</html>
`;

describe("minifyHTML", () => {
  it("collapses whitespace and drops comments, keeping Hugo's raw HTML mark", async () => {
    const out = await minifyHTML(page, all);
    expect(out).toContain('<!doctype html><html lang="en"><head>');
    expect(out).toContain("<p>Some <em>text</em> here.</p><!-- raw HTML omitted -->");
    expect(out).not.toContain("a comment");
    expect(out).toContain('<input type="checkbox" disabled="disabled">'.replace('="disabled"', ""));
  });

  it("keeps a <pre> exactly as it was", async () => {
    const out = await minifyHTML(page, all);
    const pre = (html: string) => /<pre[\s\S]*?<\/pre>/.exec(html)![0];
    expect(pre(out)).toBe(pre(page));
  });

  it("minifies inline styles and scripts, and leaves JSON-LD alone", async () => {
    const out = await minifyHTML(page, all);
    expect(out).toContain("<style>body{color:red}</style>");
    expect(out).toMatch(/<script>function greet\(\w\)\{return"hi "\+\w\}<\/script>/);
    expect(out).toContain('<script type="application/ld+json">{ "a": 1 }</script>');
  });

  it("leaves styles or scripts as they are when their part is off", async () => {
    const out = await minifyHTML(page, { html: true, css: false, js: false });
    expect(out).toContain("body { color : red ; }");
    expect(out).toContain("const greeting");
  });

  it("gives the same output every time", async () => {
    expect(await minifyHTML(page, all)).toBe(await minifyHTML(page, all));
  });
});

describe("minifierFor", () => {
  it("minifies CSS and JS files, and nothing else", async () => {
    expect(await minifierFor("css/site.css", all)!("a { color : red ; }  /* x */ b {margin: 0px}")).toBe("a{color:red}b{margin:0}");
    expect(await minifierFor("js/site.js", all)!("function f(long) { return long + 1; }\nf(1);")).toMatch(/^function f\(\w\)\{return \w\+1\}f\(1\)$/);
    expect(minifierFor("img/a.svg", all)).toBeUndefined();
    expect(minifierFor("index.html", { html: false, css: true, js: true })).toBeUndefined();
  });

  it("keeps a file it cannot minify as it was", async () => {
    expect(await minifierFor("js/broken.js", all)!("function (")).toBe("function (");
  });
});
