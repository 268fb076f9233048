import { describe, expect, it } from "vitest";
import type { Output } from "../content/outputs.ts";
import { blankPage } from "../content/page.ts";
import { paginate } from "../content/pagination.ts";
import type { Page } from "../types.ts";
import { chooseLayouts, layoutCandidates } from "./layouts.ts";

// Hugo's lookup order with the flat names of its newer template system: https://gohugo.io/templates/lookup-order/
const page = (kind: Page["kind"], section: string, fields: Partial<Page> = {}): Page => ({
  ...blankPage({ kind, dir: section, url: "/x/", outputPath: "x/index.html" }, "T"),
  kind,
  section,
  ...fields,
});
const output = (p: Page, fields: Partial<Output> = {}): Output => ({ outputPath: p.outputPath, page: p, pager: undefined, redirectTo: undefined, ...fields });

describe("layoutCandidates", () => {
  it.each([
    // Hugo's .Type of the home page is "page" (checked with Hugo 0.111).
    ["home", page("home", ""), ["page/home.njk", "page/list.njk", "home.njk", "list.njk"]],
    ["a section", page("section", "posts"), ["posts/section.njk", "posts/list.njk", "section.njk", "list.njk"]],
    ["a nested section: type is the top section", page("section", "posts", { path: "posts/2024/_index.md" }), ["posts/section.njk", "posts/list.njk", "section.njk", "list.njk"]],
    ["a page in a section", page("page", "posts"), ["posts/single.njk", "single.njk"]],
    ["a root page: type page", page("page", ""), ["page/single.njk", "single.njk"]],
    ["a taxonomy", page("taxonomy", "tags"), ["tags/taxonomy.njk", "tags/list.njk", "taxonomy.njk", "list.njk"]],
    ["a term", page("term", "tags"), ["tags/term.njk", "tags/list.njk", "term.njk", "list.njk"]],
    ["a page with a type", page("page", "posts", { type: "review" }), ["review/single.njk", "single.njk"]],
    ["a root page with a type", page("page", "", { type: "review" }), ["review/single.njk", "single.njk"]],
    ["a page with a layout", page("page", "posts", { layout: "wide" }), ["posts/wide.njk", "posts/single.njk", "wide.njk", "single.njk"]],
    ["a page with a type and a layout", page("page", "posts", { type: "review", layout: "wide" }), ["review/wide.njk", "review/single.njk", "wide.njk", "single.njk"]],
    [
      "a section with a layout",
      page("section", "posts", { layout: "gallery" }),
      ["posts/gallery.njk", "posts/section.njk", "posts/list.njk", "gallery.njk", "section.njk", "list.njk"],
    ],
    ["an unsafe layout ../x: ignored", page("page", "posts", { layout: "../x" }), ["posts/single.njk", "single.njk"]],
    ["an unsafe layout a/b: ignored", page("page", "posts", { layout: "a/b" }), ["posts/single.njk", "single.njk"]],
    ["a layout with a dot: ignored", page("page", "posts", { layout: "wide.njk" }), ["posts/single.njk", "single.njk"]],
    ["an unsafe type a/b: only the root", page("page", "posts", { type: "a/b" }), ["single.njk"]],
    ["an unsafe type ../x with a layout: only the root", page("page", "posts", { type: "../x", layout: "wide" }), ["wide.njk", "single.njk"]],
  ])("%s", (_, p, expected) => {
    expect(layoutCandidates(p)).toEqual(expected);
  });

  // Regression test, for what was wrong: the safe-name check is ASCII-only (`\w`), so a section named with other letters loses its layouts
  // folder silently; Hugo 0.111 looks in layouts/<section>/ for any section name.
  it("looks in the folder of a section named with non-ASCII letters", () => {
    expect(layoutCandidates(page("page", "blög"))).toEqual(["blög/single.njk", "single.njk"]);
  });
});

describe("chooseLayouts", () => {
  const post = page("page", "posts", { file: "content/posts/a.md" });

  it.each([
    ["the type folder's layout first", ["single.njk", "posts/single.njk"], "posts/single.njk"],
    ["the root layout when the type folder has none", ["single.njk", "docs/single.njk"], "single.njk"],
    ["only what is there", ["posts/single.njk"], "posts/single.njk"],
  ])("takes %s", (_, available, template) => {
    const { items, problems } = chooseLayouts([output(post)], new Set(available));
    expect(items.map((i) => i.template)).toEqual([template]);
    expect(problems).toEqual([]);
  });

  it("keeps the output's fields and chooses per page", () => {
    const wide = page("page", "posts", { layout: "wide", outputPath: "posts/b/index.html" });
    const { items } = chooseLayouts([output(post), output(wide)], new Set(["single.njk", "wide.njk"]));
    expect(items).toEqual([{ ...output(post), template: "single.njk" }, { ...output(wide), template: "wide.njk" }]);
  });

  it("renders redirects with alias.njk, whatever the page's layouts", () => {
    const { items, problems } = chooseLayouts([output(post, { redirectTo: "/posts/a/", outputPath: "old/index.html" })], new Set(["alias.njk"]));
    expect(items.map((i) => [i.outputPath, i.template])).toEqual([["old/index.html", "alias.njk"]]);
    expect(problems).toEqual([]);
  });

  it("renders an output with a layout of its own (404.html) with that layout, and leaves it out without one, as Hugo", () => {
    const home = page("home", "");
    const notFound = output(home, { outputPath: "404.html", layout: "404.njk" });
    expect(chooseLayouts([notFound], new Set(["list.njk", "404.njk"]))).toEqual({ items: [{ ...notFound, template: "404.njk" }], problems: [] });
    expect(chooseLayouts([notFound], new Set(["list.njk"]))).toEqual({ items: [], problems: [] });
  });

  it("reports a missing alias.njk once, however many redirects", () => {
    const redirects = ["old/index.html", "older/index.html"].map((outputPath) => output(post, { redirectTo: "/posts/a/", outputPath }));
    expect(chooseLayouts(redirects, new Set(["single.njk"])).problems).toEqual([
      { severity: "error", file: "layouts/alias.njk", line: 1, column: 1, message: "no layout for redirects", hint: "add layouts/alias.njk (folio ships one)" },
    ]);
  });

  it("reports a page without a layout in its file, listing the candidates, and leaves it out", () => {
    expect(chooseLayouts([output(post)], new Set(["list.njk"]))).toEqual({
      items: [],
      problems: [
        {
          severity: "error", file: "content/posts/a.md", line: 1, column: 1,
          message: "no layout for this page: looked for layouts/posts/single.njk, layouts/single.njk",
          hint: "add layouts/single.njk, or set layout or type to one that exists",
        },
      ],
    });
  });

  it("reports a section without an _index.md against the root layout it could use", () => {
    expect(chooseLayouts([output(page("section", "posts"))], new Set(["single.njk"])).problems).toEqual([
      {
        severity: "error", file: "layouts/list.njk", line: 1, column: 1,
        message: "no layout for this section page: looked for layouts/posts/section.njk, layouts/posts/list.njk, layouts/section.njk, layouts/list.njk",
        hint: "add layouts/list.njk, or set layout or type to one that exists",
      },
    ]);
  });

  it("reports each page without a layout in its own file", () => {
    const other = page("page", "posts", { file: "content/posts/b.md" });
    const { problems } = chooseLayouts([output(post), output(other)], new Set());
    expect(problems.map((p) => p.file)).toEqual(["content/posts/a.md", "content/posts/b.md"]);
  });

  // Regression test, for what was wrong: each pager of a list is an output, so a list of three pagers without a layout gives three
  // identical problems (same file, line and message) where the user has one thing to fix.
  it("reports a list without a layout once, however many pagers it has", () => {
    const list = page("section", "posts", { file: "content/posts/_index.md" });
    const pagers = paginate([post, post, post], 1, "/posts/").map((pager) => output(list, { outputPath: `${pager.url.slice(1)}index.html`, pager }));
    expect(chooseLayouts(pagers, new Set(["single.njk"])).problems).toHaveLength(1);
  });
});
