// Layouts that use what Eleventy or a site's .eleventy.js adds (filters, shortcodes, globals) build the same
// at any size: a large site writes its pages on worker threads, which cannot have those functions, so such a
// site is written on one thread. A layout's mistake stops the build naming the layout, on a thread or not.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FINISH_THRESHOLD } from "../src/publish/finish-pool.ts";
import { writeProject } from "./helpers/server.ts";

const CONFIG = `import folio from "./src/index.ts";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(folio, { contentDir: "content", settingsFile: "folio.toml" });
  eleventyConfig.addFilter("shout", (text) => String(text).toUpperCase());
  eleventyConfig.addShortcode("stamp", (text) => \`<b class="stamp">\${text}</b>\`);
  eleventyConfig.addNunjucksGlobal("edition", "winter");
}

export const config = { dir: { input: ".", includes: "layouts" }, templateFormats: ["njk"] };
`;

/** A project of `posts` posts whose single layout shows `extra` inside each post's header. */
function project(posts: number, extra: string): string {
  const dir = writeProject("");
  writeFileSync(join(dir, ".eleventy.js"), CONFIG);
  const single = join(dir, "layouts/single.njk");
  const layout = readFileSync(single, "utf8");
  const header = '<header class="page-header"';
  expect(layout).toContain(header);
  writeFileSync(single, layout.replace(header, `${extra}\n  ${header}`));
  for (let i = 0; i < posts; i++) writeFileSync(join(dir, `content/post-${i}.md`), `+++\ntitle = "Post ${i}"\ndate = 2024-01-01\n+++\nBody ${i}.\n`);
  return dir;
}

const build = (dir: string) =>
  new Promise<{ code: number; log: string }>((resolve) => {
    execFile(process.execPath, ["src/cli/folio.mjs", "build", "--output", "out"], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, log: `${stdout}${stderr}` }),
    );
  });

const LARGE = FINISH_THRESHOLD + 50;

describe("layouts with Eleventy's and .eleventy.js's functions", () => {
  it("build the same on a site large enough for worker threads, written on one thread", async () => {
    const extra = '<p class="extra">{{ p.title | shout }} {% stamp p.title %} {{ edition }}</p>';
    const [small, large] = [project(3, extra), project(LARGE, extra)];
    const [a, b] = [await build(small), await build(large)];
    expect(a.code, a.log).toBe(0);
    expect(b.code, b.log).toBe(0);
    const expected = '<p class="extra">POST 1 <b class="stamp">Post 1</b> winter</p>';
    expect(readFileSync(join(small, "out/post-1/index.html"), "utf8")).toContain(expected);
    expect(readFileSync(join(large, "out/post-1/index.html"), "utf8")).toContain(expected);
    expect(b.log).toContain('folio: the pages are written on one thread: the layouts use "edition", "shout", "stamp", from Eleventy or .eleventy.js');
    // Only a large site has threads to write on, and only such layouts leave them.
    expect(a.log).not.toContain("written on one thread");
  });

  it("do not keep a site that uses only folio's filters from its threads", async () => {
    const dir = project(LARGE, '<p class="extra">{{ p.title | plainify | upper }}</p>');
    const built = await build(dir);
    expect(built.code, built.log).toBe(0);
    expect(built.log).not.toContain("written on one thread");
    expect(readFileSync(join(dir, "out/post-1/index.html"), "utf8")).toContain('<p class="extra">POST 1</p>');
  });
});

describe("a layout's mistake", () => {
  it.each([
    ["an unknown filter, on this thread", 3, "{{ p.title | nosuch }}", /filter not found: nosuch/],
    ["an unknown filter, on a large site", LARGE, "{{ p.title | nosuch }}", /filter not found: nosuch/],
    ["a call of nothing, on the worker threads", LARGE, "{{ p.nothing() }}", /Unable to call `p\["nothing"\]`, which is undefined/],
    ["a tag left open", 3, "{% if p.title %}", /unknown block tag: endblock|expected endif/],
  ])("stops the build naming the layout and line: %s", async (_what, posts, extra, message) => {
    const dir = project(posts, extra);
    const built = await build(dir);
    expect(built.code, built.log).toBe(1);
    expect(built.log).toMatch(new RegExp(`^layouts/single\\.njk:\\d+:\\d+: .*${message.source}`, "m"));
    expect(built.log).toContain("folio: the site could not be written; the previous site is unchanged.");
    expect(built.log).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
