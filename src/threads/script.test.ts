import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WORKER_THRESHOLD } from "../content/render-pool.ts";
import { defaultOptions, loadSite } from "../load.ts";
import { threadScript, TYPESCRIPT_THREAD } from "./script.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "folio-script-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};

describe("threadScript", () => {
  it("compiles the thread once into the cache folder, and lets older versions' scripts go", () => {
    const dir = join(root, "cache");
    write({ "cache/thread-0123456789abcdef.mjs": "old", "cache/other.txt": "kept" });
    const script = threadScript(dir);
    const file = fileURLToPath(script);
    expect(dirname(file)).toBe(dir);
    expect(readdirSync(dir).sort()).toEqual(["other.txt", file.slice(dir.length + 1)]);
    expect(threadScript(dir)).toBe(script);
  });

  it("runs the threads through tsx when the folder cannot be written", () => {
    write({ "a-file": "" });
    expect(threadScript(join(root, "a-file", "cache"))).toBe(TYPESCRIPT_THREAD);
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
    expect(result.problems).toEqual([]);
    expect(result.renderThreads).toBe(2);
    expect(result.site.regularPages.find((p) => p.title === "P7")?.content).toContain("<b>HI 7</b>");
  });
});
