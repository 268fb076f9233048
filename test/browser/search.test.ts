// Search in a real browser (issue 9): the repository's content built with --drafts, typed into the header's box
// ("kubernetes", "orchestration") and followed to the right page and heading with the keyboard; a production
// build that does not find the draft; the search page with and without JavaScript; a site under /blog/; the
// dev server; zero axe violations in light and dark, and nothing loaded for search until the box is used.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { startServer, until, writeProject } from "../helpers/server.ts";
import { buildDir, writeSite } from "../helpers/site.ts";
import { axeViolations, browserRequired, describeViolations, hasBrowser, launchBrowser, luminance, screenshotPath, serveSite } from "./helpers.ts";
import { buildReadingSite, SEED_URL } from "./site.ts";

// A site of its own under /blog/: a page whose title and text are markup, to see that none of it becomes markup.
const BLOG = `
-- folio.toml --
baseURL = "https://example.org/blog/"
title = "Blog"
-- content/posts/hostile.md --
+++
title = "<img src=x onerror=alert(1)> & friends"
date = 2024-01-02T00:00:00Z
tags = ["zebra"]
+++
The word quagga appears here, beside \`<script>alert("quagga")</script>\` in code.

## Further down

Another quagga, under a heading.
-- content/guides/setup.md --
+++
title = "Setting up"
date = 2024-01-01T00:00:00Z
+++
## Install

Run the installer; the okapi is optional.
`;

it.runIf(browserRequired)("has Chromium to test with (FOLIO_REQUIRE_BROWSER=1)", () => {
  expect(hasBrowser, "install it: apt-get install -y chromium").toBe(true);
});

describe.skipIf(!hasBrowser)("search in a browser", () => {
  let browser: Browser;
  let preview: string; // the repository's content with --drafts
  let production: string; // the same without
  let blog: string; // BLOG, served under /blog/

  beforeAll(async () => {
    const productionDir = writeSite("");
    cpSync("content", join(productionDir, "content"), { recursive: true });
    cpSync("folio.toml", join(productionDir, "folio.toml"));
    const [built, builtProduction, builtBlog, launched] = await Promise.all([buildReadingSite(), buildDir(productionDir), buildDir(writeSite(BLOG)), launchBrowser()]);
    for (const b of [built, builtProduction, builtBlog]) expect(b.code, b.log).toBe(0);
    browser = launched;
    [preview, production, blog] = await Promise.all([serveSite(join(built.dir, "out")), serveSite(join(builtProduction.dir, "out")), serveSite(join(builtBlog.dir, "out"), "/blog/")]);
  });

  async function open(url: string, options: { width?: number; theme?: "light" | "dark"; javaScript?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, colorScheme: options.theme ?? "light", javaScriptEnabled: options.javaScript ?? true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const response = await page.goto(url);
    return { page, context, requests, status: response!.status() };
  }

  /** Types into the header's box as a reader does: `/` to reach it, then the words. */
  async function typeSearch(page: Page, words: string) {
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-box");
    await page.keyboard.type(words);
    await page.locator(".search-panel:not([hidden])").waitFor();
    await page.waitForFunction((w) => document.querySelector(".search-status")?.textContent?.includes(w), words);
  }

  /** What the header's panel shows: each result's link, title, where and excerpt (its marked words apart). */
  const shown = (page: Page) =>
    page.locator(".search-panel .search-hit").evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute("href"),
        title: a.querySelector(".search-title")?.textContent ?? null,
        where: a.querySelector(".search-where")?.textContent ?? null,
        excerpt: a.querySelector(".search-excerpt")?.textContent ?? null,
        marked: [...a.querySelectorAll("mark")].map((m) => m.textContent),
      })),
    );

  it("finds the seed post (a draft, built with --drafts) by “kubernetes” and reaches it, and its Kubernetes heading, from the keyboard", async () => {
    const { page, context } = await open(preview + "/");
    await typeSearch(page, "kubernetes");
    const results = await shown(page);
    // The page's best place first (its title and opening paragraph: the page itself), then its headings.
    const seed = results.findIndex((r) => r.href === SEED_URL);
    expect(results[seed]).toMatchObject({ title: "Docker vs Kube", where: "Posts", marked: expect.arrayContaining([expect.stringMatching(/^kubernetes\b/i)]) });
    expect(results.slice(seed + 1).find((r) => r.href === `${SEED_URL}#kubernetes`)).toMatchObject({ where: "Kubernetes", marked: expect.arrayContaining([expect.stringMatching(/^Kubernetes\b/)]) });
    await page.screenshot({ path: screenshotPath("search-kubernetes-1280-light") });
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(results[0]!.href);
    while ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) !== `${SEED_URL}#kubernetes`) await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/#kubernetes$/), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe(SEED_URL);
    const heading = await page.evaluate(() => {
      const h = document.getElementById("kubernetes")!;
      return { tag: h.tagName, text: h.textContent, top: h.getBoundingClientRect().top };
    });
    expect(heading).toMatchObject({ tag: "H2", text: "Kubernetes" });
    expect(heading.top).toBeLessThan(200); // scrolled to
    // Enter in the box opens the first result.
    await page.goto(preview + "/");
    await typeSearch(page, "kubernetes");
    await Promise.all([page.waitForURL(new URL(results[0]!.href!, preview).href), page.keyboard.press("Enter")]);
    await context.close();
  });

  it("finds “orchestration” under the seed post's Kubernetes heading", async () => {
    const { page, context } = await open(preview + SEED_URL);
    await typeSearch(page, "orchestration");
    const results = await shown(page);
    expect(results.map((r) => r.href)).toContain(`${SEED_URL}#kubernetes`);
    const kubernetes = results.find((r) => r.href === `${SEED_URL}#kubernetes`)!;
    expect(kubernetes.excerpt).toContain("An open-source container orchestration platform");
    expect(kubernetes.marked).toEqual(["orchestration"]);
    // ↓ to each result in turn, then Enter on the Kubernetes heading.
    await page.keyboard.press("ArrowDown");
    while ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) !== `${SEED_URL}#kubernetes`) await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/#kubernetes$/), page.keyboard.press("Enter")]);
    expect(await page.evaluate(() => document.getElementById("kubernetes")!.getBoundingClientRect().top)).toBeLessThan(200);
    await context.close();
  });

  it("does not find the draft in a production build", async () => {
    const { page, context } = await open(production + "/");
    await typeSearch(page, "kubernetes");
    // The user guide in content/docs/ shows the seed post's front matter as an example: found, but not the post.
    expect((await shown(page)).filter((r) => r.href!.startsWith(SEED_URL) || r.title === "Docker vs Kube")).toEqual([]);
    await page.locator("#search-box").fill("orchestration");
    await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.includes("orchestration"));
    expect(await page.locator(".search-panel").innerText()).toContain("No page matches “orchestration”.");
    // The site's other text is found all the same: the index is there, only the draft is not in it.
    await page.locator("#search-box").fill("accessible");
    await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.includes("accessible"));
    expect((await shown(page)).map((r) => r.title)).toContain("folio");
    await context.close();
  });

  it("moves with ↑ and ↓ between the box and the results, and Esc closes them", async () => {
    const { page, context } = await open(preview + "/");
    await typeSearch(page, "docker");
    const focused = () => page.evaluate(() => (document.activeElement?.id || document.activeElement?.getAttribute("href")) ?? null);
    const count = (await shown(page)).length;
    expect(count).toBeGreaterThan(1);
    await page.keyboard.press("ArrowDown");
    const first = await focused();
    await page.keyboard.press("ArrowDown");
    expect(await focused()).not.toBe(first);
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe(first);
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("search-box");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    expect(await focused()).toBe("search-box");
    expect(await page.locator(".search-panel").isHidden()).toBe(true);
    // Enter in the box opens the first result.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await Promise.all([page.waitForURL((url) => url.pathname !== "/"), page.keyboard.press("Enter")]);
    await context.close();
  });

  describe.each([375, 1280])("at %i px", (width) => {
    it.each(["light", "dark"] as const)("has no axe violations with results open, in %s, and nothing moves", async (theme) => {
      const { page, context, requests } = await open(preview + SEED_URL, { width, theme });
      await typeSearch(page, "kubernetes");
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      const panel = await page.evaluate(() => {
        const box = document.querySelector(".search-panel")!.getBoundingClientRect();
        return { left: box.left, right: box.right, overflow: document.documentElement.scrollWidth - innerWidth, bg: getComputedStyle(document.querySelector(".search-panel")!).backgroundColor };
      });
      expect(panel.left).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(width);
      expect(panel.overflow).toBeLessThanOrEqual(0);
      if (theme === "dark") expect(luminance(panel.bg)).toBeLessThan(0.03);
      await page.screenshot({ path: screenshotPath(`search-panel-${width}-${theme}`) });
      expect(requests.filter((url) => !url.startsWith(`${preview}/`))).toEqual([]);
      await context.close();
    });
  });

  it("loads nothing for search until the box is used, then the script, Pagefind and the index", async () => {
    const { page, context, requests } = await open(preview + SEED_URL);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => /search|pagefind/.test(url))).toEqual([]);
    await typeSearch(page, "docker");
    expect(requests.filter((url) => /search\.[0-9a-f]{12}\.js$/.test(url))).toHaveLength(1);
    expect(requests.filter((url) => url.startsWith(`${preview}/pagefind/`)).map((url) => url.slice(preview.length))).toEqual(
      expect.arrayContaining(["/pagefind/pagefind.js", expect.stringMatching(/^\/pagefind\/pagefind\.en-us_\w+\.pf_meta/), expect.stringMatching(/^\/pagefind\/index\//), expect.stringMatching(/^\/pagefind\/fragment\//)]),
    );
    await context.close();
  });

  it.each(["light", "dark"] as const)("lists every result on the search page (/search/?q=), accessible in %s", async (theme) => {
    const { page, context, status } = await open(`${preview}/search/?q=orchestration`, { theme });
    expect(status).toBe(200);
    await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.includes("orchestration"));
    expect(await page.locator(".search-status").textContent()).toMatch(/^\d+ pages? match(es)? “orchestration”\.$/);
    expect(await page.locator(".search-results .search-hit").first().getAttribute("href")).toMatch(/^\/posts\/docker-vs-kube\/#/);
    expect(await page.locator("header #search-box").count()).toBe(0); // the page's own box replaces the header's
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`search-page-1280-${theme}`), fullPage: true });
    // A new search updates the address, so it can be kept and shared.
    await page.locator("#search-page-box").fill("docker");
    await page.waitForFunction(() => location.search === "?q=docker");
    await context.close();
  });

  it("says plainly on the search page that searching needs JavaScript, and lists where to browse", async () => {
    const { page, context } = await open(`${preview}/search/?q=kubernetes`, { width: 375, javaScript: false });
    await expect(page.locator(".search-nojs").innerText()).resolves.toContain("Searching needs JavaScript");
    const links = await page.locator(".search-browse a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["/posts/", "/tags/", SEED_URL]));
    await page.screenshot({ path: screenshotPath("search-page-375-nojs"), fullPage: true });
    await context.close();
  });

  it("sends the header's box to the search page without JavaScript", async () => {
    const { page, context } = await open(preview + "/", { javaScript: false });
    await page.locator("#search-box").fill("kubernetes");
    await Promise.all([page.waitForURL(/\/search\/\?q=kubernetes$/), page.locator("#search-box").press("Enter")]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Search");
    await context.close();
  });

  it("works under a base URL with a sub-path: Pagefind from /blog/pagefind/, results linking into /blog/", async () => {
    const { page, context, requests } = await open(`${blog}/blog/`);
    await typeSearch(page, "okapi");
    const [result] = await shown(page);
    expect(result).toMatchObject({ href: "/blog/guides/setup/#install", title: "Setting up", where: "Guides › Install", marked: ["okapi"] });
    expect(requests.filter((url) => url.includes("/pagefind/")).every((url) => url.startsWith(`${blog}/blog/pagefind/`))).toBe(true);
    await Promise.all([page.waitForURL(/\/blog\/guides\/setup\/#install$/), page.keyboard.press("Enter")]);
    expect(await page.title()).toBe("Setting up · Blog");
    // The search page too.
    const found = await open(`${blog}/blog/search/?q=okapi`);
    await found.page.waitForFunction(() => document.querySelector(".search-results a"));
    expect(await found.page.locator(".search-results a").first().getAttribute("href")).toBe("/blog/guides/setup/#install");
    await Promise.all([context.close(), found.context.close()]);
  });

  it("shows an author's markup in a title or excerpt as text, never as markup", async () => {
    const { page, context } = await open(`${blog}/blog/`);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await typeSearch(page, "quagga");
    const results = await shown(page);
    expect(results[0]!.title).toBe("<img src=x onerror=alert(1)> & friends");
    expect(results.map((r) => r.excerpt).join(" ")).toContain('<script>alert("quagga")</script>');
    expect(await page.locator(".search-panel img, .search-panel script").count()).toBe(0);
    expect(await page.locator(".search-panel *").evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName))].sort())).toEqual(["A", "LI", "MARK", "OL", "P", "SPAN"]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!hasBrowser)("search in the dev server", () => {
  it("finds what was just written: the index is made after the first build and again after each change", async () => {
    const dir = writeProject(`
-- content/posts/first.md --
+++
title = "First"
+++
Nothing about animals yet.
`);
    const server = await startServer(["--output", join(dir, "dev")], { cwd: dir });
    onTestFailed(() => console.log(`--- the dev server's log ---\n${server.log()}`));
    const origin = `http://127.0.0.1:${server.port}`;
    await until("the search index", async () => (await fetch(`${origin}/pagefind/pagefind-entry.json`)).ok, 60);
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const search = async (words: string) => {
      await page.goto(`${origin}/search/?q=${words}`);
      await page.waitForFunction((w) => document.querySelector(".search-status")?.textContent?.includes(w), words);
      return page.locator(".search-results .search-title").allTextContents();
    };
    expect(await search("animals")).toEqual(["First"]);
    const post = join(dir, "content/posts/first.md");
    writeFileSync(post, readFileSync(post, "utf8").replace("Nothing about animals yet.", "Now about the capybara."));
    await until("the new word in the index", async () => (await search("capybara")).length === 1, 60);
    expect(await search("animals")).toEqual([]);
  });
});
