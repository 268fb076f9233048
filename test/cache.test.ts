// `folio build --cache-dir`: pages rendered by the last build are reused, and the site is the same as
// a build without the cache, byte for byte, after edits, additions and removals.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTree, runCli, writeSite } from "./helpers/site.ts";

const post = (title: string, day: number, body: string) => `+++\ntitle = "${title}"\ndate = 2024-01-${String(day).padStart(2, "0")}\ntags = ["t"]\n+++\n${body}\n`;

describe("the page cache", () => {
  it("reuses unchanged pages and builds the same site as without it", async () => {
    const dir = writeSite(`
-- folio.toml --
title = "Cached"
-- content/posts/other.md --
${post("Other", 2, "Links to [one](one.md).")}
`);
    const posts = join(dir, "content/posts");
    for (let i = 3; i <= 6; i++) writeFileSync(join(posts, `p${i}.md`), post(`Post ${i}`, i, `Body ${i}.\n\n\`\`\`js\nconst n = ${i};\n\`\`\``));
    writeFileSync(join(posts, "one.md"), post("One", 1, "First."));
    const cacheDir = join(dir, "cache");
    const build = async (name: string, cached: boolean) => {
      const out = join(dir, name);
      const args = ["build", "--content", join(dir, "content"), "--output", out, "--config", join(dir, "folio.toml"), ...(cached ? ["--cache-dir", cacheDir] : [])];
      const { code, stderr } = await runCli(args);
      expect(code, stderr).toBe(0);
      return { tree: readTree(out), stderr };
    };

    const first = await build("first", true);
    expect(first.stderr).toContain("0 of 6 rendered pages came from the cache");
    // One post edited, one removed, one added.
    writeFileSync(join(posts, "p3.md"), post("Post 3 edited", 3, "New body."));
    rmSync(join(posts, "p4.md"));
    writeFileSync(join(posts, "p7.md"), post("Post 7", 7, "Added."));
    const second = await build("second", true);
    // p5, p6 and one.md are reused; other.md links to one.md by file, so the new page list renders it again.
    expect(second.stderr).toContain("3 of 6 rendered pages came from the cache");
    const plain = await build("plain", false);
    expect(Object.keys(second.tree).sort()).toEqual(Object.keys(plain.tree).sort());
    for (const path of Object.keys(plain.tree)) expect(second.tree[path], path).toBe(plain.tree[path]);
    expect(second.tree["posts/p3/index.html"]).toContain("New body.");
  });
});
