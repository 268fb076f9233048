// Browser tests drive Debian's Chromium (never a downloaded one) through playwright-core, against a built
// site served from a temp dir on localhost. Without a browser they skip, unless FOLIO_REQUIRE_BROWSER=1 (CI).
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll } from "vitest";
import { serveStatic } from "../helpers/crawl.ts";

/** Debian's Chromium; FOLIO_CHROMIUM points elsewhere (or, in a test of the tests, nowhere). */
export const CHROMIUM = process.env.FOLIO_CHROMIUM ?? "/usr/bin/chromium";
export const hasBrowser = existsSync(CHROMIUM);
/** Set by `.ci/run`: a missing browser fails the browser tests instead of skipping them. */
export const browserRequired = process.env.FOLIO_REQUIRE_BROWSER === "1";
/** Where each run's screenshots go, for a person to look at (git-ignored). */
export const SCREENSHOTS = resolve("test-results/screenshots");

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const browsers: Browser[] = [];
afterAll(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

/** One browser per test file, closed when the file ends. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  browsers.push(browser);
  return browser;
}

/** A built site served as a static host serves it (see `serveStatic`), under `base` (`/blog/`); its origin. */
export async function serveSite(root: string, base = "/"): Promise<string> {
  return (await serveStatic(root, base)).origin;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core inside the page, injected from node_modules (no network), and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: resolve("node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** Violations as lines a person can act on. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(" ")}\n  ${n.failureSummary}`)).join("\n");

/** WCAG relative luminance of a CSS `rgb()`/`rgba()` colour. */
export function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two CSS colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
