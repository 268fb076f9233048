// The benchmark end to end at 30 posts: the real tools build the real corpus, the pages are checked, the
// dev servers rebuild after an edit, and the JSON holds every figure.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCorpus } from "./cache.ts";
import { checkPages } from "./check.ts";
import { post, postSlug } from "./corpus.ts";
import { withMarker } from "./dev.ts";
import { median, type Results } from "./results.ts";
import { runBench } from "./run.ts";
import type { ToolName } from "./tool.ts";

const hugoInstalled = spawnSync("hugo", ["version"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "folio-bench-test-"));
const json = join(dir, "results.json");
let results: Results;

beforeAll(async () => {
  const tools: ToolName[] = hugoInstalled ? ["folio", "hugo", "eleventy"] : ["folio", "eleventy"];
  await runBench({ sizes: [30], runs: 1, dir, json, tools, dev: true, installHugo: false }, () => {});
  results = JSON.parse(readFileSync(json, "utf8")) as Results;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run bench at 30 posts", () => {
  const expectMeasured = (name: ToolName) => {
    const figures = results.sizes[0]!.tools[name]!;
    expect(figures.runs).toHaveLength(1);
    expect(figures.runs[0]).toMatchObject({ valid: true, problems: [] });
    expect(figures.median!.wallSeconds).toBeGreaterThan(0);
    expect(figures.median!.msPerPage).toBeCloseTo((figures.median!.wallSeconds * 1000) / 30);
    if (results.timing === "gnu-time") {
      expect(figures.median!.cpuSeconds).toBeGreaterThan(0);
      expect(figures.median!.peakMiB).toBeGreaterThan(10);
    }
    return figures;
  };

  it("builds with folio and stock Eleventy, and every published post's page is there", () => {
    expect(results.sizes[0]).toMatchObject({ pages: 30, drafts: 3, expectedPosts: 27 });
    expect(results.machine.cpus).toBeGreaterThan(0);
    expectMeasured("folio");
    expectMeasured("eleventy");
    expect(results.sizes[0]!.ratios["folio/eleventy"]!.wall).toBeGreaterThan(0);
  });

  it("measures folio's dev-server rebuild after an edit, and puts the edited post back", () => {
    const dev = results.sizes[0]!.tools.folio!.dev!;
    expect(dev.rebuildSeconds).toHaveLength(1);
    expect(dev.medianRebuildSeconds).toBeGreaterThan(0);
    const edited = join(results.sizes[0]!.corpusDir, "content", "posts", `${postSlug(29)}.md`);
    expect(readFileSync(edited, "utf8")).toBe(post(29));
  });

  it.skipIf(!hugoInstalled)("builds with Hugo and measures its dev server (skipped: hugo is not installed)", () => {
    const figures = expectMeasured("hugo");
    expect(figures.dev!.medianRebuildSeconds).toBeGreaterThan(0);
    expect(results.machine.hugo).toMatch(/^hugo v0\./);
    const ratios = results.sizes[0]!.ratios["folio/hugo"]!;
    expect(ratios.wall).toBeGreaterThan(0);
    expect(ratios.devRebuild).toBeGreaterThan(0);
  });
});

describe("the page check", () => {
  it("reports posts without a page, published drafts and missing highlighting", () => {
    const corpus = ensureCorpus(dir, 30, () => {});
    const out = join(dir, "fake-out");
    const write = (i: number, html: string) => {
      mkdirSync(join(out, "posts", postSlug(i)), { recursive: true });
      writeFileSync(join(out, "posts", postSlug(i), "index.html"), html);
    };
    write(0, "<pre>plain</pre>");
    write(3, "a draft");
    expect(checkPages(out, corpus, '<span class="token').problems).toEqual([
      "26 posts have no page: post-000001, post-000002, post-000004 and 23 more",
      "1 draft was published: post-000003",
      `${join(out, "posts", postSlug(0), "index.html")} has no highlighted code (no <span class="token)`,
    ]);
  });
});

describe("helpers", () => {
  it("puts the marker first in the body, where summaries see it", () => {
    expect(withMarker('+++\ntitle = "A"\n+++\n\nFirst words.\n', "marker1")).toBe('+++\ntitle = "A"\n+++\n\nmarker1 First words.\n');
    expect(withMarker('+++\ntitle = "A"\n+++\n\nFirst words.\n', "marker1", "title")).toBe('+++\ntitle = "marker1 A"\n+++\n\nFirst words.\n');
  });

  it("takes the median of odd and even counts", () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, undefined]);
  });
});
