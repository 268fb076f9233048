import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { githubSlug } from "./headingIds.ts";
import { createMarkdown } from "./index.ts";

const md = createMarkdown();
const ids = (markdown: string) => md.render(markdown, { file: "x.md", firstLine: 1 }).headings.map((h) => h.id);

describe("githubSlug", () => {
  it.each([
    ["Docker vs Kubernetes: Key Differences", "docker-vs-kubernetes-key-differences"],
    ["**Key Differences**", "key-differences"],
    ["TL;DR", "tldr"],
    ["  padded  ", "padded"],
    ["a - b", "a---b"],
    ["tab\there", "tab-here"],
    ["snake_case 42", "snake_case-42"],
    ["What's new? (v2.0)", "whats-new-v20"],
    ["Ünïcödé Straße", "ünïcödé-straße"],
    ["İstanbul", "istanbul"],
    ["日本語 ١٢٣", "日本語-١٢٣"],
    ["🚀 Launch", "-launch"],
    ["???", ""],
  ])("%j → %j", (source, id) => {
    expect(githubSlug(source)).toBe(id);
  });
});

describe("heading ids", () => {
  it("gives the seed post's headings Hugo's ids", () => {
    const seed = readFileSync(new URL("../../test/fixtures/markdown/seed-docker-vs-kube.md", import.meta.url), "utf8");
    expect(md.render(seed, { file: "x.md", firstLine: 1 }).headings).toEqual([
      { level: 1, id: "docker-vs-kubernetes-key-differences", text: "Docker vs Kubernetes: Key Differences" },
      { level: 2, id: "docker", text: "Docker" },
      { level: 2, id: "kubernetes", text: "Kubernetes" },
      { level: 2, id: "key-differences", text: "Key Differences" },
      { level: 2, id: "relationship", text: "Relationship" },
      { level: 2, id: "tldr", text: "TL;DR" },
    ]);
  });

  it("numbers duplicates with the first free suffix", () => {
    expect(ids("# A\n# A\n# A-1\n# A\n# A")).toEqual(["a", "a-1", "a-1-1", "a-2", "a-3"]);
  });

  it("calls empty and punctuation-only headings `heading`", () => {
    expect(ids("#\n# ???\n# !")).toEqual(["heading", "heading-1", "heading-2"]);
  });

  it("slugs the Markdown source as Goldmark does, link URLs and entities included", () => {
    expect(ids("## [Docs](https://a.b/c) here\n## &amp; co\n## foo\\_bar")).toEqual([
      "docshttpsabc-here",
      "amp-co",
      "foo_bar",
    ]);
  });

  it("uses the last line of a setext heading and drops ATX closing hashes", () => {
    expect(ids("First\nSecond\n===\n\n## Closed ##")).toEqual(["second", "closed"]);
  });

  it("keeps the rendered text, typographer included, for tables of contents", () => {
    const [heading] = md.render("## Here's `code` -- *em*", { file: "x.md", firstLine: 1 }).headings;
    expect(heading).toEqual({ level: 2, id: "heres-code----em", text: "Here’s code – em" });
  });

  it("puts the id on the heading without a tabindex or permalink", () => {
    expect(md.render("## Hello", { file: "x.md", firstLine: 1 }).html).toBe('<h2 id="hello">Hello</h2>\n');
  });
});
