// Browser tests drive Debian's Chromium (never a downloaded one) through playwright-core, against a built
// site served from a temp dir on localhost. Without a browser they skip, unless FOLIO_REQUIRE_BROWSER=1 (CI).
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll } from "vitest";

/** Debian's Chromium; FOLIO_CHROMIUM points elsewhere (or, in a test of the tests, nowhere). */
export const CHROMIUM = process.env.FOLIO_CHROMIUM ?? "/usr/bin/chromium";
export const hasBrowser = existsSync(CHROMIUM);
/** Set by `.ci/run`: a missing browser fails the browser tests instead of skipping them. */
export const browserRequired = process.env.FOLIO_REQUIRE_BROWSER === "1";
/** Where each run's screenshots go, for a person to look at (git-ignored). */
export const SCREENSHOTS = resolve("test-results/screenshots");

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const browsers: Browser[] = [];
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** One browser per test file, closed when the file ends. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  browsers.push(browser);
  return browser;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".xml": "application/xml", ".json": "application/json", ".txt": "text/plain",
};

/**
 * Serves a built site as a static host does: `/x/` is `/x/index.html`, and a missing file gets the site's
 * 404.html with status 404. Resolves with the origin, `http://127.0.0.1:port`. With `base` (`/blog/`), the site is
 * served under that path, as a host serves a site with a sub-path in its baseURL, and nothing outside it.
 */
export async function serveSite(root: string, base = "/"): Promise<string> {
  const server = createServer((req, res) => {
    const whole = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = whole.startsWith(base) ? normalize(join(root, whole.slice(base.length - 1))) : "";
    if (file !== root && !file.startsWith(root + sep)) file = "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file !== "" && existsSync(file);
    const served = found ? file : join(root, "404.html");
    res.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(served)] ?? "application/octet-stream" });
    res.end(existsSync(served) ? readFileSync(served) : "not found");
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
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
