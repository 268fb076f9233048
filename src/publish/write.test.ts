// Site files are written one by one as they are made, synchronously, and only when their text changed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SiteFile } from "../content/outputs.ts";
import type { Page } from "../types.ts";
import { SiteFileWriter } from "./write.ts";

const file = (outputPath: string, text: string): SiteFile => ({ outputPath, format: "rss", page: {} as Page, text });

describe("SiteFileWriter", () => {
  it("has the file on disk, its folder made, when write returns", () => {
    const dir = mkdtempSync(join(tmpdir(), "folio-sitefiles-"));
    new SiteFileWriter(dir).write(file("tags/go/index.xml", "<rss/>"));
    expect(readFileSync(join(dir, "tags/go/index.xml"), "utf8")).toBe("<rss/>");
  });

  it("writes again only what changed, and sweep writes the rest and deletes what the site no longer has", () => {
    const dir = mkdtempSync(join(tmpdir(), "folio-sitefiles-"));
    const written = new Map<string, string>();
    const first = new SiteFileWriter(dir, written);
    first.sweep([file("index.xml", "home v1"), file("tags/a/index.xml", "a v1"), file("sitemap.xml", "map v1")]);
    // Changed on disk behind the writer's back: a file whose text is the same is not written again.
    writeFileSync(join(dir, "sitemap.xml"), "touched");
    const second = new SiteFileWriter(dir, written);
    second.write(file("index.xml", "home v2"));
    expect(readFileSync(join(dir, "index.xml"), "utf8")).toBe("home v2");
    second.sweep([file("index.xml", "home v2"), file("sitemap.xml", "map v1"), file("tags/b/index.xml", "b v1")]);
    expect(readFileSync(join(dir, "sitemap.xml"), "utf8")).toBe("touched");
    expect(readFileSync(join(dir, "tags/b/index.xml"), "utf8")).toBe("b v1");
    expect(existsSync(join(dir, "tags/a/index.xml"))).toBe(false);
    expect([...written.keys()].sort()).toEqual([join(dir, "index.xml"), join(dir, "sitemap.xml"), join(dir, "tags/b/index.xml")]);
  });
});
