import { describe, expect, it } from "vitest";
import { blankPage } from "../content/page.ts";
import { RenderCache } from "../content/render-cache.ts";
import type { Page } from "../types.ts";
import { OutputTracker } from "./incremental.ts";
import type { RenderItem } from "./layouts.ts";

const page = (url: string, title = url): Page => blankPage({ kind: "page", dir: "", url, outputPath: `${url.slice(1)}index.html` }, title);
const item = (p: Page): RenderItem => ({ outputPath: p.outputPath, page: p, pager: undefined, redirectTo: undefined, template: "single.njk" });

/** One build that finishes writing: what it was asked to write and to delete. */
function build(tracker: OutputTracker, ...args: Parameters<OutputTracker["changes"]>) {
  const changes = tracker.changes(...args);
  tracker.written();
  return changes;
}

describe("OutputTracker", () => {
  it("writes everything first, then only what changed, and names what disappeared", () => {
    const tracker = new OutputTracker();
    const [a, b] = [page("/a/"), page("/b/")];
    expect(build(tracker, [item(a), item(b)], new Map(), "site").write).toHaveLength(2);
    expect(build(tracker, [item(a), item(b)], new Map(), "site")).toEqual({ write: [], removed: [] });
    const retitled = page("/b/", "B again");
    expect(build(tracker, [item(a), item(retitled)], new Map(), "site").write.map((i) => i.page)).toEqual([retitled]);
    expect(build(tracker, [item(a)], new Map(), "site")).toEqual({ write: [], removed: ["b/index.html"] });
    expect(build(tracker, [item(a)], new Map(), "other site settings").write).toHaveLength(1);
  });

  it("rewrites a page whose links to others changed, though its own content did not", () => {
    const tracker = new OutputTracker();
    const a = page("/a/");
    build(tracker, [item(a)], new Map([[a, "k"]]), "site");
    const linked = { ...a, nextInSection: { title: "B", linkTitle: "B", url: "/b/" } };
    expect(build(tracker, [item(linked)], new Map([[linked, "k"]]), "site").write).toHaveLength(1);
  });

  it("asks again for what a build that failed was to write (a broken layout): it is not on disk", () => {
    const tracker = new OutputTracker();
    const [a, b] = [page("/a/"), page("/b/")];
    build(tracker, [item(a), item(b)], new Map(), "site");
    expect(tracker.changes([item(a), item(b)], new Map(), "broken layout").write).toHaveLength(2); // and it fails
    expect(build(tracker, [item(a), item(b)], new Map(), "broken layout").write).toHaveLength(2);
    expect(build(tracker, [item(a), item(b)], new Map(), "broken layout").write).toHaveLength(0);
  });
});

describe("RenderCache", () => {
  it("hands back a copy whose links to other pages are emptied, and forgets what a sweep finds unused", () => {
    const cache = new RenderCache();
    const rendered = page("/a/");
    cache.set("k", rendered, []);
    rendered.pages.push(page("/x/")); // the site links the live page after rendering
    rendered.related = [{ title: "X", linkTitle: "X", url: "/x/" }];
    const again = cache.get("k")!;
    expect(again.page).not.toBe(rendered);
    expect(again.page.pages).toEqual([]);
    expect(again.page.related).toEqual([]);
    cache.sweep(); // "k" was used since the last sweep: kept
    expect(cache.size).toBe(1);
    cache.sweep(); // not used since: gone
    expect(cache.get("k")).toBeUndefined();
  });

  it("keys on every input: context, path, text, front matter and bundle files", () => {
    const base = ["ctx", "a.md", "text", { title: "A" }, []] as const;
    const key = RenderCache.key(...base);
    expect(RenderCache.key(...base)).toBe(key);
    expect(new Set([
      RenderCache.key("ctx2", "a.md", "text", { title: "A" }, []),
      RenderCache.key("ctx", "b.md", "text", { title: "A" }, []),
      RenderCache.key("ctx", "a.md", "text!", { title: "A" }, []),
      RenderCache.key("ctx", "a.md", "text", { title: "B" }, []),
      RenderCache.key("ctx", "a.md", "text", { title: "A" }, [{ name: "x.png" }]),
    ]).has(key)).toBe(false);
  });
});
