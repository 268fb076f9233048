// The finishing pass on the build's threads (a site with many files the writer did not make: public/ pages,
// styles, scripts) must find and write what the main thread alone would.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { finishSite } from "../src/publish/finish.ts";
import { FINISH_THRESHOLD } from "../src/publish/finish-pool.ts";
import { ThreadPool } from "../src/threads/pool.ts";
import { readTree } from "./helpers/site.ts";

describe("the finishing pass on threads", () => {
  const pool = new ThreadPool(2);
  afterAll(() => pool.close());

  it("scans and minifies the same files, with the same results, as the main thread", async () => {
    const main = mkdtempSync(join(tmpdir(), "folio-finish-"));
    for (let i = 0; i < FINISH_THRESHOLD + 20; i++) {
      mkdirSync(join(main, `p${i}`), { recursive: true });
      writeFileSync(join(main, `p${i}/index.html`), `<!doctype html>\n<html>\n  <body>\n    <h1 id="top-${i}">Page ${i}</h1>\n    <a href="/p${i + 1}/">next</a>   <!-- a comment -->\n  </body>\n</html>\n`);
    }
    writeFileSync(join(main, "site.css"), "body {\n  color : red ;\n}\n");
    const threaded = `${main}-threads`;
    cpSync(main, threaded, { recursive: true });
    const minify = { html: true, css: true, js: true };
    const progress = { total: 0, done: 0 };
    const [alone, onThreads] = [
      await finishSite(main, { minify }),
      await finishSite(threaded, { minify }, pool, { start: (_, total) => (progress.total = total), advance: (n = 1) => (progress.done += n), end() {}, interrupt() {} }),
    ];
    expect(onThreads.files).toEqual(alone.files);
    expect([...onThreads.scans]).toEqual([...alone.scans]);
    expect(onThreads.minified).toEqual(alone.minified);
    expect(onThreads.minified.files).toBe(FINISH_THRESHOLD + 21);
    expect(onThreads.scans.get("p3/index.html")).toEqual({ links: ["/p4/"], ids: ["top-3"] });
    expect(progress).toEqual({ total: FINISH_THRESHOLD + 21, done: FINISH_THRESHOLD + 21 });
    expect(readTree(threaded)).toEqual(readTree(main));
  }, 120_000);
});
