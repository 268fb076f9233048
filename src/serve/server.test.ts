// The dev server while a rebuild writes what comes after its pages: pages are answered at once, anything else
// when it is written.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { request } from "../../test/helpers/server.ts";
import { createDevServer } from "./server.ts";

const root = mkdtempSync(join(tmpdir(), "folio-server-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("dev server, between a rebuild's pages and its feeds", () => {
  it("answers a page at once and holds a feed, a new stylesheet and a missing file until the rebuild is written", async () => {
    mkdirSync(join(root, "posts/a"), { recursive: true });
    writeFileSync(join(root, "posts/a/index.html"), "<p>edited page</p>");
    writeFileSync(join(root, "index.xml"), "<rss>old feed</rss>");
    let finish!: () => void;
    let settling: Promise<void> | undefined = new Promise<void>((resolve) => (finish = resolve));
    const dev = createDevServer({ root, basePath: () => "/", failures: () => [], ready: () => true, settled: () => settling });
    const { port } = await dev.listen(0, "127.0.0.1");
    try {
      const answered: string[] = [];
      const held = ["/index.xml", "/css/site.abc.css", "/nowhere/"].map((path) => request(port, path).then((answer) => (answered.push(path), answer)));
      const page = await request(port, "/posts/a/");
      expect(page.body).toContain("<p>edited page</p>");
      expect(answered).toEqual([]);
      // The rest of the rebuild: the feed with the edit, the stylesheet under its new name.
      writeFileSync(join(root, "index.xml"), "<rss>new feed</rss>");
      mkdirSync(join(root, "css"));
      writeFileSync(join(root, "css/site.abc.css"), "body {}");
      finish();
      settling = undefined;
      const [feed, css, missing] = await Promise.all(held);
      expect(feed!.body).toBe("<rss>new feed</rss>");
      expect([css!.status, css!.body]).toEqual([200, "body {}"]);
      expect(missing!.status).toBe(404);
    } finally {
      await dev.close();
    }
  });
});
