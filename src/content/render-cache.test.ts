import { describe, expect, it } from "vitest";
import { createMarkdown } from "../markdown/index.ts";
import { defaultSettings } from "../settings/settings.ts";
import type { ContentFile, Page } from "../types.ts";
import { RenderCache } from "./render-cache.ts";
import { assembleSite } from "./site.ts";

const markdown = createMarkdown();
const file = (path: string, body: string): ContentFile => ({ path, displayPath: `content/${path}`, text: `+++\ntitle = "A page"\n+++\n${body}\n` });
const keysOf = async (cache: RenderCache, files: ContentFile[], codeShortcodes = false) => {
  const { renderKeys } = await assembleSite({ files, assets: [] }, defaultSettings, {
    flags: { buildDrafts: false, buildFuture: false, buildExpired: false }, now: new Date("2024-06-01T00:00:00Z"), markdown, settingsFile: "folio.toml", cache, codeShortcodes,
  });
  return new Map([...renderKeys].map(([page, key]: [Page, string]) => [page.path, key]));
};

describe("the render cache's keys", () => {
  const site = [file("posts/plain.md", "Just text."), file("posts/linking.md", "See [the other](other.md)."), file("posts/ref.md", '{{< relref "plain.md" >}}')];

  it("change for a new page only where the page may refer to other pages", async () => {
    const cache = new RenderCache();
    const before = await keysOf(cache, site);
    const after = await keysOf(cache, [...site, file("posts/new.md", "New.")]);
    expect(after.get("posts/plain.md")).toBe(before.get("posts/plain.md"));
    expect(after.get("posts/linking.md")).not.toBe(before.get("posts/linking.md"));
    expect(after.get("posts/ref.md")).not.toBe(before.get("posts/ref.md"));
  });

  it("change for every page when the site has shortcodes written in code, which may refer to any page", async () => {
    const cache = new RenderCache();
    const before = await keysOf(cache, site, true);
    const after = await keysOf(cache, [...site, file("posts/new.md", "New.")], true);
    expect(after.get("posts/plain.md")).not.toBe(before.get("posts/plain.md"));
  });
});
