// The repository's own site: the seed post is a draft, so production leaves it out and --drafts shows it.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertContains, runCli } from "./helpers/site.ts";

const out = mkdtempSync(join(tmpdir(), "folio-content-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const buildContent = async (name: string, flags: string[] = []) => {
  const dir = join(out, name);
  const { code, stderr } = await runCli(["build", "--output", dir, ...flags]);
  expect(code, stderr).toBe(0);
  return { stderr, read: (path: string) => readFileSync(join(dir, path), "utf8"), dir };
};

describe("the real content/ tree", () => {
  it("keeps the author's post byte for byte", () => {
    // The seed's digest, pinned: the seed file itself lives outside the repository, beside some checkouts only.
    const digest = createHash("sha256").update(readFileSync("content/posts/docker-vs-kube.md")).digest("hex");
    expect(digest).toBe("603b4a1041fca025f117958801decbb4cd32203d8898455a01ef9fceebe0fa48");
    if (existsSync("../shared/seed/docker-vs-kube.md")) expect(readFileSync("content/posts/docker-vs-kube.md")).toEqual(readFileSync("../shared/seed/docker-vs-kube.md"));
  });

  it("leaves the draft out of a production build", async () => {
    const site = await buildContent("production");
    expect(() => site.read("posts/docker-vs-kube/index.html")).toThrow();
    assertContains(site.read("index.html"), `
      No posts have been published yet.
      ! Docker vs Kube`);
    expect(site.stderr).not.toMatch(/warning|error/i);
  });

  it("shows the draft, marked, with its table and heading ids under --drafts", async () => {
    const site = await buildContent("drafts", ["--drafts"]);
    assertContains(site.read("posts/docker-vs-kube/index.html"), `
      <span class="mark mark-draft">Draft</span>
      <time datetime="2024-11-30T03:13:16Z">30 November 2024</time>
      id="key-differences"
      <td>Docker CLI, Docker Compose</td>`);
    assertContains(site.read("index.html"), `
      Docker vs Kube
      mark-draft
      ! No posts have been published yet.`);
    assertContains(site.read("posts/index.html"), "Docker vs Kube");
  });
});
