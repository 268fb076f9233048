// The user guide (content/docs/) read in a real browser, as the reading tests read the other pages: at phone and
// desktop widths, light and dark, no sideways scroll and zero axe violations, with its tables, code, figure,
// details and note as they are.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/site.ts";
import { axeViolations, describeViolations, hasBrowser, launchBrowser, screenshotPath, serveSite } from "./helpers.ts";

const PAGES = ["/docs/", "/docs/getting-started/", "/docs/writing/", "/docs/shortcodes/", "/docs/taxonomies/", "/docs/publishing/"];
const out = mkdtempSync(join(tmpdir(), "folio-docs-browser-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!hasBrowser)("the docs in a browser", () => {
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const [built, launched] = await Promise.all([runCli(["build", "--output", out]), launchBrowser()]);
    expect(built.code, built.stderr).toBe(0);
    browser = launched;
    origin = await serveSite(out);
  }, 120_000);

  it.each([375, 1280])("at %i px, light and dark: every page fits the screen and has no axe violations", async (width) => {
    for (const theme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
      const page = await context.newPage();
      for (const path of PAGES) {
        expect((await page.goto(origin + path))!.status(), path).toBe(200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        const violations = await axeViolations(page);
        expect(violations, `${path}, ${width} px, ${theme}:\n${describeViolations(violations)}`).toEqual([]);
      }
      if (width === 375) await page.screenshot({ path: screenshotPath(`docs-publishing-${width}-${theme}`), fullPage: true });
      await context.close();
    }
  }, 180_000);
});
