// Rendering on worker threads must give the same site, byte for byte, as rendering on the main thread.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { post } from "../src/bench/corpus.ts";
import { WORKER_THRESHOLD } from "../src/content/render-pool.ts";
import { readTree, runCli, writeSite } from "./helpers/site.ts";


describe("render workers", () => {
  it("give the same output as the main thread alone", async () => {
    const dir = writeSite("");
    mkdirSync(join(dir, "content/posts"), { recursive: true });
    // Enough pages for the workers to be used at all (a tenth of the corpus's posts are drafts).
    for (let i = 0; i < WORKER_THRESHOLD * 1.2; i++) writeFileSync(join(dir, `content/posts/post-${i}.md`), post(i));
    const build = async (workers: string) => {
      const out = join(dir, `out-${workers}`);
      const { code, stderr } = await runCli(["build", "--workers", workers, "--content", join(dir, "content"), "--output", out, "--config", join(dir, "folio.toml")]);
      expect(code, stderr).toBe(0);
      if (workers !== "0") expect(stderr).toContain(`rendered on ${workers} threads`);
      return readTree(out);
    };
    const [main, workers] = [await build("0"), await build("2")];
    expect(Object.keys(workers).sort()).toEqual(Object.keys(main).sort());
    for (const path of Object.keys(main)) expect(workers[path], path).toBe(main[path]);
  });
});
