import { describe, expect, it } from "vitest";
import type { BuildOptions, Page, Resource } from "../types.ts";
import type { Alias } from "./aliases.ts";
import { defaultBuildOptions } from "./fields.ts";
import { planOutputs, type Output } from "./outputs.ts";
import { blankPage } from "./page.ts";
import { outputPathOf } from "./paths.ts";

// Hugo's pagers (/posts/page/2/, /posts/page/1/ → /posts/) and build options:
// https://gohugo.io/templates/pagination/ https://gohugo.io/content-management/build-options/
const at = (kind: Page["kind"], url: string, fields: Partial<Page> = {}): Page => ({
  ...blankPage({ kind, dir: "", url, outputPath: outputPathOf(decodeURI(url)) }, url),
  ...fields,
});
const page = (file: string, url: string, fields: Partial<Page> = {}) => at("page", url, { file: `content/${file}`, path: file, ...fields });
const resource = (outputPath: string): Resource => ({ name: outputPath.replace(/^.*\//, ""), url: `/${outputPath}`, outputPath, sourcePath: `/site/content/${outputPath}` });
const build = (fields: Partial<BuildOptions>): BuildOptions => ({ ...defaultBuildOptions, ...fields });
/** An output in one line: `path`, then `pager N` or `→ redirect`. */
const shown = (outputs: Output[]) => outputs.map((o) => `${o.outputPath}${o.pager ? ` pager ${o.pager.number}` : ""}${o.redirectTo ? ` → ${o.redirectTo}` : ""}`);
const plan = (regular: Page[], lists: Page[] = [], aliases = new Map<Page, Alias[]>(), pagerSize = 2) => planOutputs(regular, lists, aliases, pagerSize);

describe("planOutputs", () => {
  it("writes a rendered page and publishes its bundle's files", () => {
    const photo = resource("posts/trip/photo.jpg");
    const trip = page("posts/trip/index.md", "/posts/trip/", { resources: [photo] });
    const { outputs, resources, problems } = plan([trip]);
    expect(outputs).toEqual([{ outputPath: "posts/trip/index.html", page: trip, pager: undefined, redirectTo: undefined }]);
    expect(resources).toEqual([photo]);
    expect(problems).toEqual([]);
  });

  it.each([
    ["render never, publishResources true: the files only", build({ render: "never", publishResources: true }), [], ["posts/trip/photo.jpg"]],
    ["render never, publishResources false: nothing", build({ render: "never", publishResources: false }), [], []],
    ["render link, publishResources false: nothing", build({ render: "link", publishResources: false }), [], []],
    ["render always, list never: written", build({ list: "never" }), ["posts/trip/index.html"], ["posts/trip/photo.jpg"]],
    // Hugo would publish only the files a layout asks for; folio publishes them all, as Markdown may link them.
    ["render always, publishResources false: written with its files", build({ publishResources: false }), ["posts/trip/index.html"], ["posts/trip/photo.jpg"]],
  ])("%s", (_, options, written, files) => {
    const trip = page("posts/trip/index.md", "/posts/trip/", { build: options, resources: [resource("posts/trip/photo.jpg")] });
    const result = plan([trip]);
    expect(shown(result.outputs)).toEqual(written);
    expect(result.resources.map((r) => r.outputPath)).toEqual(files);
  });

  it("writes each pager of a list, and /page/1/ as a redirect to the list", () => {
    const posts = at("section", "/posts/", { pages: [page("a.md", "/a/"), page("b.md", "/b/"), page("c.md", "/c/")] });
    const { outputs } = plan([], [posts]);
    expect(shown(outputs)).toEqual(["posts/index.html pager 1", "posts/page/2/index.html pager 2", "posts/page/1/index.html → /posts/"]);
    expect(outputs.map((o) => o.page)).toEqual([posts, posts, posts]);
    expect(outputs[1]!.pager!.items.map((p) => p.path)).toEqual(["c.md"]);
  });

  it.each([
    ["an empty home page: one empty pager, Hugo's 404.html and the search page", at("home", "/"), ["index.html pager 1", "page/1/index.html → /", "404.html", "search/index.html"]],
    ["a term page, paginated", at("term", "/tags/go/", { pages: [page("a.md", "/a/"), page("b.md", "/b/"), page("c.md", "/c/")] }), ["tags/go/index.html pager 1", "tags/go/page/2/index.html pager 2", "tags/go/page/1/index.html → /tags/go/"]],
    ["a Unicode term, its files unencoded", at("term", "/tags/%C3%BCber/"), ["tags/über/index.html pager 1", "tags/über/page/1/index.html → /tags/%C3%BCber/"]],
    ["a taxonomy page, not paginated", at("taxonomy", "/tags/", { pages: [page("a.md", "/a/"), page("b.md", "/b/"), page("c.md", "/c/")] }), ["tags/index.html"]],
  ])("writes %s", (_, list, expected) => {
    expect(shown(plan([], [list]).outputs)).toEqual(expected);
  });

  it("publishes a list's own files", () => {
    const cover = resource("posts/cover.jpg");
    expect(plan([], [at("section", "/posts/", { resources: [cover] })]).resources).toEqual([cover]);
  });

  it("writes each alias as a redirect to its page", () => {
    const a = page("posts/a.md", "/posts/a/");
    const aliases = new Map([[a, [{ url: "/old/", outputPath: "old/index.html" }, { url: "/x/file.html", outputPath: "x/file.html" }]]]);
    const { outputs } = plan([a], [], aliases);
    expect(shown(outputs)).toEqual(["posts/a/index.html", "old/index.html → /posts/a/", "x/file.html → /posts/a/"]);
    expect(outputs[1]!.page).toBe(a);
  });
});

it("writes 404.html and the search page with the home page, each in a layout of its own", () => {
  const home = at("home", "/");
  const own = plan([], [home, at("section", "/posts/")]).outputs.filter((o) => o.layout !== undefined);
  expect(own).toEqual([
    { outputPath: "404.html", page: home, pager: undefined, redirectTo: undefined, layout: "404.njk" },
    { outputPath: "search/index.html", page: home, pager: undefined, redirectTo: undefined, layout: "search.njk" },
  ]);
});

it("leaves /search/ to a page of the site's own", () => {
  const home = at("home", "/");
  const mine = page("search.md", "/Search/");
  const { outputs, problems } = plan([mine], [home]);
  expect(outputs.filter((o) => o.outputPath.toLowerCase() === "search/index.html").map((o) => o.page)).toEqual([mine]);
  expect(problems).toEqual([]);
});

describe("planOutputs collisions", () => {
  const hint = "give one of them another slug, url or alias";
  const problem = (file: string, message: string) => ({ severity: "error", file, line: 1, column: 1, message, hint });

  it("names both pages, in the later one's file", () => {
    const { problems } = plan([page("a.md", "/x/"), page("b.md", "/x/")]);
    expect(problems).toEqual([problem("content/b.md", "this page and content/a.md both want the URL /x/")]);
  });

  it("names a page's alias and the page already there, in the alias's page's file", () => {
    const a = page("posts/a.md", "/posts/a/");
    const b = page("posts/b.md", "/posts/b/");
    const { problems } = plan([a, b], [], new Map([[a, [{ url: "/posts/b/", outputPath: "posts/b/index.html" }]]]));
    expect(problems).toEqual([problem("content/posts/a.md", "this page's alias and content/posts/b.md both want the URL /posts/b/")]);
  });

  it("names a page and a generated list page, in the page's file", () => {
    const { problems } = plan([page("about.md", "/posts/")], [at("section", "/posts/")]);
    expect(problems).toEqual([problem("content/about.md", "this page and the section page /posts/ both want the URL /posts/")]);
  });

  it("names a page and a list's pager", () => {
    const posts = at("section", "/posts/", { file: "content/posts/_index.md", pages: [page("a.md", "/a/"), page("b.md", "/b/"), page("c.md", "/c/")] });
    const { problems } = plan([page("p2.md", "/posts/page/2/")], [posts]);
    expect(problems).toEqual([problem("content/posts/_index.md", "this page and content/p2.md both want the URL /posts/page/2/")]);
  });

  it("names a page and a bundle file, in the page's file", () => {
    const trip = page("posts/trip/index.md", "/posts/trip/", { resources: [resource("posts/trip/index.html")] });
    expect(plan([trip]).problems).toEqual([
      problem("content/posts/trip/index.md", "this page and the bundle file /site/content/posts/trip/index.html both want the URL /posts/trip/"),
    ]);
  });

  it("names an alias and a file URL as written", () => {
    const a = page("a.md", "/feed.html");
    const b = page("b.md", "/b/");
    const { problems } = plan([a, b], [], new Map([[b, [{ url: "/feed.html", outputPath: "feed.html" }]]]));
    expect(problems).toEqual([problem("content/b.md", "this page's alias and content/a.md both want the URL /feed.html")]);
  });

  it("reports every later claimant against the first", () => {
    const { problems } = plan([page("a.md", "/x/"), page("b.md", "/x/"), page("c.md", "/x/")]);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ["content/b.md", "this page and content/a.md both want the URL /x/"],
      ["content/c.md", "this page and content/a.md both want the URL /x/"],
    ]);
  });

  // Regression test, for what was wrong: when neither side has a file (a section without _index.md, content/posts/index.html in its folder),
  // the problem's file is the bundle file's description, so the CLI prints
  // "the bundle file /site/…/index.html:1:1: the bundle file /site/…/index.html and the section page /posts/ …".
  it("reports a bundle file against a generated list page at the bundle file's path", () => {
    const posts = at("section", "/posts/", { resources: [resource("posts/index.html")] });
    expect(plan([], [posts]).problems[0]!.file).toBe("/site/content/posts/index.html");
  });

  it("finds none among distinct paths", () => {
    expect(plan([page("a.md", "/a/"), page("b.md", "/b/")], [at("home", "/", { file: "content/_index.md" })]).problems).toEqual([]);
  });
});

describe("planOutputs site files: feeds, sitemap, robots.txt", () => {
  const all = { feeds: true, sitemap: true, robots: true };
  const files = (p: ReturnType<typeof planOutputs>) => p.files.map((f) => `${f.outputPath} ${f.format} ${f.page.url}`);

  it("plans Hugo's feeds for the home page, each section and each term, and the sitemap and robots.txt", () => {
    const home = at("home", "/");
    const lists = [home, at("section", "/posts/"), at("section", "/posts/2024/"), at("taxonomy", "/tags/", { path: "tags" }), at("term", "/tags/go/", { path: "tags/go" }), at("term", "/tags/%C3%BCber/", { path: "tags/über" })];
    const result = planOutputs([], lists, new Map(), 2, all);
    expect(files(result)).toEqual([
      "index.xml rss /",
      "posts/index.xml rss /posts/",
      "posts/2024/index.xml rss /posts/2024/",
      "tags/go/index.xml rss /tags/go/",
      "tags/über/index.xml rss /tags/%C3%BCber/",
      "sitemap.xml sitemap /",
      "robots.txt robots /",
    ]);
    expect(lists.map((l) => l.feedURL)).toEqual(["/index.xml", "/posts/index.xml", "/posts/2024/index.xml", undefined, "/tags/go/index.xml", "/tags/%C3%BCber/index.xml"]);
    expect(result.files.every((f) => f.text === "")).toBe(true);
  });

  it("plans none when they are off, and no feed for a list that is never rendered", () => {
    expect(planOutputs([], [at("home", "/")], new Map(), 2).files).toEqual([]);
    const hidden = at("section", "/drafts/", { build: build({ render: "never" }) });
    expect(files(planOutputs([], [at("home", "/"), hidden], new Map(), 2, all))).not.toContain("drafts/index.xml rss /drafts/");
  });

  const hint = "give one of them another slug, url or alias";
  it("stops a page that wants a feed's URL, naming both", () => {
    const { problems } = planOutputs([page("feed.md", "/index.xml")], [at("home", "/", { file: "content/_index.md" })], new Map(), 2, all);
    expect(problems).toEqual([{ severity: "error", file: "content/_index.md", line: 1, column: 1, message: "this page's feed and content/feed.md both want the URL /index.xml", hint }]);
  });

  it("stops a page that wants the sitemap's URL", () => {
    const { problems } = planOutputs([page("map.md", "/sitemap.xml")], [at("home", "/")], new Map(), 2, all);
    expect(problems.map((p) => [p.file, p.message])).toEqual([["content/map.md", "this page and the sitemap both want the URL /sitemap.xml"]]);
  });

  it("stops a page that wants a term's URL, naming the term", () => {
    const go = at("term", "/tags/go/", { path: "tags/go", title: "Go" });
    const { problems } = planOutputs([page("tags/go.md", "/tags/go/")], [go], new Map(), 2);
    expect(problems.map((p) => [p.file, p.message])).toEqual([["content/tags/go.md", 'this page and the term "Go" of tags both want the URL /tags/go/']]);
  });

  // Issue 8: on macOS, Windows and many hosts the second file would silently replace the first.
  it("takes URLs that differ only in case (or accent encoding) for one", () => {
    const { problems } = plan([page("about.md", "/about/"), page("b.md", "/About/"), page("c.md", "/caf%C3%A9/"), page("d.md", "/cafe%CC%81/")]);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ["content/b.md", "this page and content/about.md both want the URL /About/, written /about/ by one of them: case-insensitive hosts take the two for one"],
      ["content/d.md", "this page and content/c.md both want the URL /cafe\u0301/, written /caf\u00e9/ by one of them: case-insensitive hosts take the two for one"],
    ]);
  });

  it("refuses, as a last check, any output path that would leave the output folder", () => {
    const escaping = { ...page("x.md", "/x/"), outputPath: "tags/../../x/index.html" };
    const { problems } = plan([escaping], [], new Map(), 2);
    expect(problems).toEqual([{ severity: "error", file: "content/x.md", line: 1, column: 1, message: 'this page would be written outside the output folder, at "tags/../../x/index.html"', hint: "give it a url, slug or alias inside the site" }]);
  });

  it("stops two terms that want one URL (two taxonomies whose names make one URL), naming both", () => {
    const a = at("term", "/tags/go/", { path: "tags/go", title: "Go" });
    const b = at("term", "/tags/go/", { path: "tags!/go", title: "go" });
    const { problems } = planOutputs([], [a, b], new Map(), 2);
    expect(problems.map((p) => p.message)).toEqual(['the term "Go" of tags and the term "go" of tags! both want the URL /tags/go/']); // once, not again for /page/1/
  });
});
