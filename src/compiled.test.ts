import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WORKER_THRESHOLD } from "./content/render-pool.ts";
import { defaultOptions, loadSite } from "./load.ts";
import { compiledDir, compiledEntry, threadScript, TYPESCRIPT_THREAD } from "./compiled.mjs";

const REPO = fileURLToPath(new URL("..", import.meta.url));

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "folio-compiled-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};

describe("compiledDir", () => {
  it("compiles folio once into a folder of the cache named by its version, and lets old versions go", () => {
    const dir = join(root, "cache");
    write({ "cache/thread-0123456789abcdef.mjs": "old", "cache/0123456789abcdef/main.mjs": "old", "cache/fedcba9876543210/main.mjs": "recent", "cache/other.txt": "kept" });
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(dir, "0123456789abcdef"), hoursAgo, hoursAgo);
    const folder = compiledDir(dir)!;
    expect(folder).toMatch(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/[0-9a-f]{16}$`));
    const name = folder.slice(dir.length + 1);
    // A version written within the hour may still be running, and loading its chunks as it goes.
    expect(readdirSync(dir).sort()).toEqual([name, "fedcba9876543210", "other.txt"].sort());
    expect(readdirSync(folder)).toEqual(expect.arrayContaining(["main.mjs", "index.mjs", "thread.mjs"]));
    expect(compiledDir(dir)).toBe(folder);
    expect(threadScript(dir).href).toBe(pathToFileURL(join(folder, "thread.mjs")).href);
    // The compiled code imports the one src/compiled.mjs.
    const imports = readdirSync(folder).flatMap((file) => readFileSync(join(folder, file), "utf8").match(/"[^"]*compiled\.mjs"/g) ?? []);
    expect(imports.length).toBeGreaterThan(0);
    for (const path of imports) expect(fileURLToPath(JSON.parse(path) as string)).toBe(join(REPO, "src", "compiled.mjs"));
  });

  it("runs the TypeScript when the folder cannot be written", () => {
    write({ "a-file": "" });
    const dir = join(root, "a-file", "cache");
    expect(compiledDir(dir)).toBeUndefined();
    expect(compiledEntry("main", dir)).toBeUndefined();
    expect(threadScript(dir)).toBe(TYPESCRIPT_THREAD);
  });

  it("renders a site on the compiled threads, shortcodes in TypeScript included", async () => {
    const pages = Math.ceil(WORKER_THRESHOLD * 1.1);
    // The repository's layouts, with a shortcode in TypeScript that imports more TypeScript.
    cpSync("layouts", join(root, "layouts"), { recursive: true });
    write({
      "layouts/_shortcodes/shout.ts": 'import { upper } from "../../lib/upper.ts";\nexport default (ctx: { call: { args: string[] } }): string => `<b>${upper(ctx.call.args[0] ?? "")}</b>`;\n',
      "lib/upper.ts": "export const upper = (text: string): string => text.toUpperCase();\n",
      "package.json": '{ "type": "module" }\n', // as folio's own
    });
    for (let i = 0; i < pages; i++) write({ [`content/posts/p${i}.md`]: `+++\ntitle = "P${i}"\ndate = 2024-01-01\n+++\nSay {{< shout "hi ${i}" >}}.\n` });
    const result = await loadSite({ ...defaultOptions, layoutsDir: join(root, "layouts"), now: () => new Date("2024-06-01T00:00:00Z"), workers: 2 }, root);
    expect(threadScript()).not.toBe(TYPESCRIPT_THREAD);
    expect(result.problems).toEqual([]);
    expect(result.renderThreads).toBe(2);
    expect(result.site.regularPages.find((p) => p.title === "P7")?.content).toContain("<b>HI 7</b>");
  });
});

describe("the compiled command line", () => {
  it("gives a site's Eleventy config the compiled plugin, and loads the TypeScript the config imports", async () => {
    // A project of its own, as in a fresh checkout: the config imports folio's plugin and a helper in
    // TypeScript, the helper without its extension, as tsx allows.
    cpSync(join(REPO, "layouts"), join(root, "layouts"), { recursive: true });
    const plugin = JSON.stringify(join(REPO, "src", "index.ts"));
    write({
      "package.json": '{ "type": "module" }\n',
      ".eleventy.js": [
        `import folio from ${plugin};`,
        'import { note } from "./lib/note";',
        "export default function (eleventyConfig) {",
        `  note(import.meta.resolve(${plugin}));`,
        '  eleventyConfig.addPlugin(folio, { contentDir: "content", settingsFile: "folio.toml" });',
        "}",
        'export const config = { dir: { input: ".", includes: "layouts" }, templateFormats: ["njk"] };',
        "",
      ].join("\n"),
      "lib/note.ts": 'import { writeFileSync } from "node:fs";\nexport const note = (text: string): void => writeFileSync("plugin.txt", text);\n',
      "content/posts/hello.md": '+++\ntitle = "Hello"\ndate = 2024-01-01\n+++\nHi.\n',
    });
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [join(REPO, "src", "cli", "folio.mjs"), "build", "--output", "out"], { cwd: root }, (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr })),
    );
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(readFileSync(join(root, "plugin.txt"), "utf8")).toBe(compiledEntry("index")!.href);
    expect(readFileSync(join(root, "out", "posts", "hello", "index.html"), "utf8")).toContain("Hello");
    expect(existsSync(join(root, "out", "index.html"))).toBe(true);
  });

  it("runs a second checkout that shares this one's node_modules through a link (a worktree), with its own code", async () => {
    const checkout = join(root, "checkout");
    for (const name of ["src", "layouts"]) cpSync(join(REPO, name), join(checkout, name), { recursive: true });
    for (const name of [".eleventy.js", "package.json"]) cpSync(join(REPO, name), join(checkout, name));
    symlinkSync(join(REPO, "node_modules"), join(checkout, "node_modules"));
    write({ "checkout/content/posts/hello.md": '+++\ntitle = "Hello"\ndate = 2024-01-01\n+++\nHi.\n' });
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, ["src/cli/folio.mjs", "build", "--output", "out"], { cwd: checkout }, (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr })),
    );
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(readFileSync(join(checkout, "out", "posts", "hello", "index.html"), "utf8")).toContain("Hello");
  });

  it("runs the TypeScript through tsx when it cannot be compiled", async () => {
    write({ "a-file": "", "content/posts/hello.md": '+++\ntitle = "Hello"\ndate = 2024-01-01\n+++\nHi.\n' });
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, ["src/cli/folio.mjs", "build", "--content", join(root, "content"), "--output", join(root, "out"), "--config", join(root, "none.toml")],
        { cwd: REPO, env: { ...process.env, FOLIO_COMPILED_DIR: join(root, "a-file", "cache") } },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr })),
    );
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(readFileSync(join(root, "out", "posts", "hello", "index.html"), "utf8")).toContain("Hello");
  });
});
