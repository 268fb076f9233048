import { describe, expect, it } from "vitest";
import type { RenderItem } from "../eleventy/layouts.ts";
import { blankPage } from "../content/page.ts";
import type { Page } from "../types.ts";
import { linkProblems } from "./sources.ts";

const page = (file: string, url: string, fields: Partial<Page> = {}): Page => ({ ...blankPage({ kind: "page", dir: "posts", url, outputPath: "" }, url), file, ...fields });
const item = (outputPath: string, p: Page, fields: Partial<RenderItem> = {}): RenderItem => ({ outputPath, page: p, pager: undefined, redirectTo: undefined, template: "single.njk", ...fields });

const sources: Record<string, string> = {
  "content/posts/a.md": "+++\ntitle = \"A\"\n+++\nSee [b](b.md) and [the view](../trip/index.md#the-vew).\n\n![x](/img/nope.png)\n",
  "content/posts/b.md": "+++\n+++\nIntro with [a relative link](../a/).\n",
};
const a = page("content/posts/a.md", "/posts/a/");
const b = page("content/posts/b.md", "/posts/b/");
const home = { ...blankPage({ kind: "home", dir: "", url: "/", outputPath: "index.html" }, "Home"), pages: [a, b] };
const items = [
  item("posts/a/index.html", a),
  item("posts/b/index.html", b),
  item("index.html", home, { template: "list.njk", pager: { number: 1, total: 1, url: "/", items: [a, b] } as never }),
];
const ctx = { items, baseURL: "https://example.org/blog/", publicDir: "public", read: (file: string) => sources[file] };
const broken = (from: string, link: string, reason = "no file", suggestion?: string) => ({ from, link, reason, suggestion });

describe("linkProblems", () => {
  it("names the Markdown file, line and column that wrote the link, and the nearest target", () => {
    const problems = linkProblems([broken("posts/a/index.html", "b.md", "no file of the site is at /blog/posts/a/b.md", "/blog/posts/b/")], ctx);
    expect(problems).toEqual([{
      severity: "error", file: "content/posts/a.md", line: 4, column: 9,
      message: 'the link "b.md" leads nowhere: no file of the site is at /blog/posts/a/b.md',
      hint: "did you mean /blog/posts/b/?",
    }]);
  });

  it("finds a rewritten link by its fragment, and a site path without the base path the build added", () => {
    const problems = linkProblems([broken("posts/a/index.html", "/blog/posts/trip/#the-vew", "no id", "#the-view"), broken("posts/a/index.html", "/blog/img/nope.png")], ctx);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[4, 46], [6, 6]]);
  });

  it("finds a link in the summary a list shows, and explains why a relative link breaks there", () => {
    const [problem] = linkProblems([broken("index.html", "../a/", "it leads outside the site, whose base path is /blog/")], ctx);
    expect(problem).toMatchObject({ file: "content/posts/b.md", line: 3, column: 30, message: 'the link "../a/" on /blog/ leads nowhere: it leads outside the site, whose base path is /blog/' });
    expect(problem!.hint).toMatch(/relative link breaks where the summary is shown/);
  });

  it("reports one mistake shown on several pages once, from the page that wrote it", () => {
    const same = linkProblems([broken("index.html", "/blog/img/nope.png"), broken("posts/a/index.html", "/blog/img/nope.png")], ctx);
    expect(same).toHaveLength(1);
    expect(same[0]!.message).toBe('the link "/blog/img/nope.png" leads nowhere: no file');
  });

  it("finds a link whole: #the-vew is not found inside #the-view", () => {
    const read = () => "See [one](#the-view).\nThen [two](#the-vew).\n";
    const [problem] = linkProblems([broken("posts/a/index.html", "#the-vew")], { ...ctx, read });
    expect([problem!.line, problem!.column]).toEqual([2, 12]);
  });

  it("names the layout when no Markdown wrote the link", () => {
    const [problem] = linkProblems([broken("posts/a/index.html", "/blog/css/gone.css")], ctx);
    expect(problem).toMatchObject({ file: "content/posts/a.md", line: 1, column: 1, message: 'the link "/blog/css/gone.css" (written by layouts/single.njk) leads nowhere: no file' });
  });

  it("names the public/ file a link is in", () => {
    const [problem] = linkProblems([broken("extra/page.html", "/blog/x/")], { ...ctx, read: () => '<html>\n<a href="/blog/x/">' });
    expect(problem).toMatchObject({ file: "public/extra/page.html", line: 2, column: 10 });
  });

  describe("in a bundle", () => {
    const resources = ["view.jpg", "img/map.png"].map((name) => ({ name, url: `/posts/trip/${name}`, outputPath: "", sourcePath: "" }));
    const trip = page("content/posts/trip/index.md", "/posts/trip/", { resources });
    const text = "+++\n+++\n![The view](view.jpeg) ![](./img/mapp.png) ![](missing.gif) [up](../other.png) [elsewhere](/img/x.png)\n";
    const bundle = { ...ctx, items: [item("posts/trip/index.html", trip)], read: () => text };
    const problems = linkProblems(
      ["view.jpeg", "./img/mapp.png", "missing.gif", "../other.png", "/blog/img/x.png"].map((link) => broken("posts/trip/index.html", link, `no file of the site is at /blog/posts/trip/${link}`)),
      bundle,
    );

    it("says a missing file of the page's own is not in its bundle, naming the nearest one or the files there are", () => {
      expect(problems.slice(0, 3)).toEqual([
        { severity: "error", file: "content/posts/trip/index.md", line: 3, column: 13, message: 'the bundle file "view.jpeg" does not exist: content/posts/trip/ holds no such file', hint: 'did you mean "view.jpg"?' },
        { severity: "error", file: "content/posts/trip/index.md", line: 3, column: 28, message: 'the bundle file "img/mapp.png" does not exist: content/posts/trip/ holds no such file', hint: 'did you mean "img/map.png"?' },
        { severity: "error", file: "content/posts/trip/index.md", line: 3, column: 48, message: 'the bundle file "missing.gif" does not exist: content/posts/trip/ holds no such file', hint: "the bundle's files: view.jpg, img/map.png" },
      ]);
    });

    it("leaves links out of the bundle, and site paths, to the general message", () => {
      expect(problems.slice(3).map((p) => p.message)).toEqual([
        'the link "../other.png" leads nowhere: no file of the site is at /blog/posts/trip/../other.png',
        'the link "/blog/img/x.png" leads nowhere: no file of the site is at /blog/posts/trip//blog/img/x.png',
      ]);
    });
  });

  it("shows 50 and counts the rest", () => {
    const many = Array.from({ length: 60 }, (_, i) => broken("posts/a/index.html", `/blog/gone-${i}/`));
    const problems = linkProblems(many, ctx);
    expect(problems).toHaveLength(51);
    expect(problems[50]!.message).toBe("and 10 more broken links");
  });
});
