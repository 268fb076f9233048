// The dev server in a real browser: an open page follows each save by itself, shows the error page when a
// file is broken and comes back when it is fixed, with no reload by hand.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page as read, startServer, until } from "../helpers/server.ts";
import { writeSite } from "../helpers/site.ts";
import { hasBrowser, launchBrowser } from "./helpers.ts";

describe.skipIf(!hasBrowser)("live reload in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("follows edits, a mistake and its fix without a reload by hand", async () => {
    const dir = writeSite(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
First body.
`);
    const post = join(dir, "content/posts/hello.md");
    const { port } = await startServer(["--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    await until("the first build", () => read(port, "/posts/hello/"));
    const tab = await browser.newPage();
    try {
      await tab.goto(`http://127.0.0.1:${port}/posts/hello/`);
      await expect.poll(() => tab.textContent("main")).toContain("First body.");
      // Edited at once: a save made before the page's event stream is open still reloads it (the build it shows is older).
      writeFileSync(post, '+++\ntitle = "Hello"\n+++\nSecond body.\n');
      await expect.poll(() => tab.textContent("body"), { timeout: 30_000 }).toContain("Second body.");

      writeFileSync(post, '+++\ntitle = "Hello\n+++\nSecond body.\n');
      await expect.poll(() => tab.title(), { timeout: 30_000 }).toBe("folio: the site has an error");
      expect(await tab.textContent("main")).toContain("hello.md:2:9");

      writeFileSync(post, '+++\ntitle = "Hello"\n+++\nThird body.\n');
      await expect.poll(() => tab.textContent("body"), { timeout: 30_000 }).toContain("Third body.");
    } finally {
      await tab.close();
    }
  });
});
