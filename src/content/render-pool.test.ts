// Rendering on threads: a thread done with its own share takes pages from the end of another's, and every page
// is rendered exactly once, whichever thread gets to it.
import { afterAll, describe, expect, it } from "vitest";
import { ThreadPool } from "../threads/pool.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { describePage } from "./page.ts";
import { portable, renderOnThreads, SPARE, type RenderJob, type RenderSetup } from "./render-pool.ts";

const setup: RenderSetup = {
  markdown: { unsafe: false, summaryLength: 70 },
  layoutsDir: "/nonexistent/layouts",
  siteTitle: "Site",
  toc: { startLevel: 2, endLevel: 3 },
  site: { params: {}, baseURL: "https://example.org/" },
  refTargets: [],
};

function job(i: number, paragraphs: number): RenderJob {
  const path = `posts/p${i}.md`;
  const body = Array.from({ length: paragraphs }, (_, n) => `Paragraph ${n} of *post ${i}*, with a [link](/p${n}/) and \`code\`.`).join("\n\n");
  const file = { path, displayPath: `content/${path}`, text: `+++\ntitle = "Post ${i}"\ndate = 2026-01-01\n+++\n\n## Post ${i}\n\n${body}\n` };
  const { frontMatter } = parseFrontMatter(file);
  const described = describePage(file, frontMatter, { timeZone: "UTC", flags: { buildDrafts: false, buildFuture: false, buildExpired: false }, now: new Date("2026-06-01") });
  return { description: portable(described.page!), resources: [] };
}

describe("rendering on threads", () => {
  const pool = new ThreadPool(2);
  afterAll(() => pool.close());

  it("lets a thread that is done take the end of another's share, rendering each page once", async () => {
    // Dealt in turn, the first thread gets every heavy page and the second every light one.
    const jobs = Array.from({ length: 200 }, (_, i) => job(i, i % 2 === 0 ? 400 : 1));
    let counted = 0;
    const { rendered, spare } = await renderOnThreads(pool, jobs, setup, (count) => (counted += count));
    expect(counted).toBe(jobs.length);
    expect(rendered.map(({ page }) => page.title)).toEqual(jobs.map((_, i) => `Post ${i}`));
    for (const [i, { page }] of rendered.entries()) {
      expect(page.content).toContain(`<h2 id="post-${i}">Post ${i}</h2>`);
      expect(page.content).toContain(`of <em>post ${i}</em>`);
    }
    // The light thread took heavy pages, at most its spare; the heavy one never got to its spare.
    expect(spare[1]).toBeGreaterThan(0);
    expect(spare[1]).toBeLessThanOrEqual(Math.floor(100 * SPARE));
    expect(spare[0]).toBe(0);
  }, 60_000);
});
