// Reading in a real browser (issue 5): every kind of page at phone and desktop widths, light and dark —
// no sideways scroll, tables scroll in their own box, readable dark mode, zero axe violations, a skip link,
// nothing fetched from elsewhere; then the theme toggle, print, no-JS reading, copy buttons and the budget.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserRequired, contrast, describeViolations, hasBrowser, launchBrowser, luminance, screenshotPath, serveSite } from "./helpers.ts";
import { buildReadingSite, EVERY_BLOCK_URL, SEED_URL } from "./site.ts";

const PAGES = [
  ["home", "/"],
  ["seed-post", SEED_URL],
  ["section", "/posts/"],
  ["tag", "/tags/docker/"],
  ["404", "/no-such-page/"],
  ["every-block", EVERY_BLOCK_URL],
] as const;
const WIDTHS = [375, 1280] as const;
const THEMES = ["light", "dark"] as const;

it.runIf(browserRequired)("has Chromium to test with (FOLIO_REQUIRE_BROWSER=1)", () => {
  expect(hasBrowser, "install it: apt-get install -y chromium").toBe(true);
});

describe.skipIf(!hasBrowser)("reading in a browser", () => {
  let browser: Browser;
  let origin: string;
  const contexts = new Map<string, { context: BrowserContext; page: Page; foreign: string[] }>();

  beforeAll(async () => {
    const [built, launched] = await Promise.all([buildReadingSite(), launchBrowser()]);
    expect(built.code, built.log).toBe(0);
    browser = launched;
    origin = await serveSite(join(built.dir, "out"));
  });

  /** One page per width and theme, reused across the pages it visits; requests to other origins are collected. */
  async function tab(width: number, theme: "light" | "dark") {
    const key = `${width}-${theme}`;
    if (!contexts.has(key)) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(`${origin}/`) && !request.url().startsWith("data:")) foreign.push(request.url());
      });
      contexts.set(key, { context, page, foreign });
    }
    return contexts.get(key)!;
  }

  describe.each(WIDTHS.flatMap((width) => THEMES.map((theme) => [width, theme] as const)))("at %i px, %s", (width, theme) => {
    it.each(PAGES)("%s (%s): fits the screen, reads well, has no axe violations, fetches nothing from elsewhere", async (name, path) => {
      const { page, foreign } = await tab(width, theme);
      const response = await page.goto(origin + path);
      expect(response!.status()).toBe(name === "404" ? 404 : 200);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);

      const colors = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector("main .content p, main .summary-body p, main li")!).color,
        muted: getComputedStyle(document.querySelector(".meta, .site-footer")!).color,
      }));
      if (theme === "dark") expect(luminance(colors.bg), colors.bg).toBeLessThan(0.03);
      else expect(luminance(colors.bg), colors.bg).toBeGreaterThan(0.9);
      expect(contrast(colors.text, colors.bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(colors.muted, colors.bg)).toBeGreaterThanOrEqual(4.5);

      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`${name}-${width}-${theme}`), fullPage: true });
      expect(foreign).toEqual([]);
    });
  });

  it.each(PAGES)("lets a keyboard user skip to the content of %s", async (_, path) => {
    const { page } = await tab(1280, "light");
    await page.goto(origin + path);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const link = document.activeElement as HTMLElement;
      const box = link.getBoundingClientRect();
      return { text: link.textContent, visible: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0 };
    });
    expect(skip).toEqual({ text: "Skip to content", visible: true });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("shows the seed post under one title, its table scrolling in its own box on a phone", async () => {
    const { page } = await tab(375, "light");
    await page.goto(origin + SEED_URL);
    expect(await page.locator("h1").allTextContents()).toEqual(["Docker vs Kubernetes: Key Differences"]);
    expect(await page.title()).toBe("Docker vs Kube · folio");
    const table = await page.evaluate(() => {
      const box = document.querySelector(".table-scroll")!;
      return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, right: box.getBoundingClientRect().right, innerWidth: window.innerWidth };
    });
    expect(table.scrollWidth, "the table fits: nothing to scroll").toBeGreaterThan(table.clientWidth);
    expect(table.right).toBeLessThanOrEqual(table.innerWidth);
  });

  it("sets the seed post in a measure of 60 to 80 characters on a wide screen, its table unscrolled", async () => {
    const { page } = await tab(1280, "light");
    await page.goto(origin + SEED_URL);
    const { perLine, tableFits } = await page.evaluate(() => {
      const p = document.querySelector(".content p")!;
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = getComputedStyle(p).font;
      const text = p.textContent!;
      const box = document.querySelector(".table-scroll")!;
      return { perLine: p.clientWidth / (context.measureText(text).width / text.length), tableFits: box.scrollWidth <= box.clientWidth };
    });
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(80);
    expect(tableFits).toBe(true);
  });

  it("puts the table of contents beside the article on a wide screen and above it on a phone", async () => {
    const where = async (width: number) => {
      const { page } = await tab(width, "light");
      await page.goto(origin + EVERY_BLOCK_URL);
      return page.evaluate(() => {
        const [toc, content] = [".toc", ".content"].map((s) => document.querySelector(s)!.getBoundingClientRect());
        return { beside: toc!.left >= content!.right, above: toc!.bottom <= content!.top && toc!.left < content!.right };
      });
    };
    expect(await where(1280)).toEqual({ beside: true, above: false });
    expect(await where(375)).toEqual({ beside: false, above: true });
  });

  it("shows a heading's anchor link on hover and on keyboard focus only", async () => {
    const { page } = await tab(1280, "light");
    await page.goto(origin + EVERY_BLOCK_URL);
    const anchor = page.locator(".heading .anchor").first();
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    expect(await opacity()).toBe("0");
    await page.locator(".heading h2").first().hover();
    expect(await opacity()).toBe("1");
    await page.mouse.move(0, 0);
    await anchor.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await anchor.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await opacity()).toBe("1");
    expect(await anchor.getAttribute("href")).toBe("#lists");
  });

  it("remembers the reader's theme across pages and applies it before the first paint", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: "light" });
    // The theme the moment <body> starts: nothing can be painted before that (and the stylesheet in the head
    // holds the first paint until it has loaded).
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? "none";
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(origin + SEED_URL);
    const toggle = page.locator("button.theme-toggle");
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(luminance(await bg())).toBeLessThan(0.03);

    await page.goto(`${origin}/posts/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe("dark");
    expect(luminance(await bg())).toBeLessThan(0.03);
    expect(await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => (m as HTMLMetaElement).content))).toEqual(["#16171a", "#16171a"]);

    // Back to light, which the system shows anyway: the page follows the system again.
    await page.locator("button.theme-toggle").click();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme ?? null, localStorage.getItem("folio-theme")])).toEqual([null, null]);
    expect(luminance(await bg())).toBeGreaterThan(0.9);
    await context.close();
  });

  it("is complete without JavaScript: the text, the system's dark theme, no toggle", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: "dark", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + EVERY_BLOCK_URL);
    await expect(page.locator(".content").innerText()).resolves.toContain("Its definition.");
    expect(await page.locator("button").count()).toBe(0);
    await page.screenshot({ path: screenshotPath("every-block-375-dark-nojs"), fullPage: true });
    const bg = await page.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(luminance(bg)).toBeLessThan(0.03);
    await context.close();
  });

  it("prints without navigation, each link followed by its address", async () => {
    const { page } = await tab(1280, "dark");
    await page.goto(origin + EVERY_BLOCK_URL);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector(".site-nav")!).display,
      toggle: getComputedStyle(document.querySelector(".theme-toggle")!).display,
      link: getComputedStyle(document.querySelector('.content a[href="/posts/docker-vs-kube/"]')!, "::after").content,
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    await page.emulateMedia({ media: "screen" });
    expect(printed).toEqual({ nav: "none", toggle: "none", link: '" (/posts/docker-vs-kube/)"', bg: "rgb(255, 255, 255)" });
  });

  it("copies a code block without its line numbers", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const page = await context.newPage();
    await page.goto(origin + EVERY_BLOCK_URL);
    const block = page.locator(".code-block").first();
    await block.hover();
    await block.locator("button.copy").click();
    await block.locator("button.copy", { hasText: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello") // a comment\n}\n');
    await context.close();
  });

  it("keeps the seed post under 60 KB of HTML, CSS and JavaScript, its stylesheet and script fingerprinted", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const sizes: [string, number][] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "image" && !/\/favicon\.\w+\.svg$/.test(response.url())) sizes.push([response.url(), (await response.body()).length]);
    });
    await page.goto(origin + SEED_URL, { waitUntil: "networkidle" });
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    expect(sizes.map(([url]) => url).sort(), sizes.join(" ")).toEqual([
      expect.stringMatching(/\/css\/folio\.[0-9a-f]{12}\.css$/),
      expect.stringMatching(/\/js\/folio\.[0-9a-f]{12}\.js$/),
      origin + SEED_URL,
    ]);
    expect(total).toBeLessThan(60 * 1024);
    await context.close();
  });

  it.each([SEED_URL, EVERY_BLOCK_URL])("lays %s out once: no layout shift while it loads (the script adds buttons)", async (path) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: "networkidle" });
    const shift = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: "layout-shift", buffered: true });
      return observer.takeRecords().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0);
    });
    expect(shift).toBe(0);
    await context.close();
  });

  it("shows the 404 page's way back: home and the latest posts", async () => {
    const { page } = await tab(1280, "light");
    await page.goto(`${origin}/posts/gone/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
    await expect(page.locator('main a[href="/"]').count()).resolves.toBe(1);
    expect(await page.locator(".latest a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([EVERY_BLOCK_URL, SEED_URL]);
  });

  // README's pictures of the seed post: FOLIO_UPDATE_SCREENSHOTS=1 npx vitest run test/browser
  it.runIf(process.env.FOLIO_UPDATE_SCREENSHOTS === "1")("updates the README's screenshots of the seed post", async () => {
    mkdirSync("docs/screenshots", { recursive: true });
    for (const theme of THEMES) {
      const { page } = await tab(1280, theme);
      await page.goto(origin + SEED_URL);
      const path = screenshotPath(`readme-seed-post-${theme}`);
      // From the top down to just below the table.
      const bottom = await page.evaluate(() => document.querySelector(".table-scroll")!.getBoundingClientRect().bottom + window.scrollY + 40);
      await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) } });
      copyFileSync(path, `docs/screenshots/seed-post-${theme}.png`);
    }
  });
});
