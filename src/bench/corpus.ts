// A deterministic content tree for measuring builds: TOML front matter, 600–900 words, headings, a nested
// list, a 4×3 table and a 15-line code block per post, ~10% drafts, tags from a pool of 50.
// Dates are one hour apart from 2010 on, so even 100k posts are all in the past and no tool leaves any out.
// Usage: tsx src/bench/corpus.ts --pages 1000 --out /tmp/corpus   (writes OUT/content/posts/*.md)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const WORDS = (
  "container image cluster node pod service deploy scale network volume registry build layer cache " +
  "runtime schedule replica config secret ingress proxy health probe rollout update log metric trace " +
  "the a of to and in for with on by from is are was be as at this that it which can will should"
).split(" ");

/** Bump whenever `post()` changes, so cached corpora (src/bench/cache.ts) are written again. */
export const CORPUS_VERSION = 2;

/** Every tenth post, counting from 3, is a draft. */
export const isDraft = (index: number): boolean => index % 10 === 3;

/** The file of post `index`, relative to the content folder; its page is `posts/<slug>/index.html`. */
export const postSlug = (index: number): string => `post-${String(index).padStart(6, "0")}`;

/** mulberry32: a tiny seeded PRNG, so every run and machine writes the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function post(index: number): string {
  const rand = random(index + 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = (n: number) => Array.from({ length: n }, () => sentence(8 + Math.floor(rand() * 10))).join(" ");
  const tags = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `tag-${Math.floor(rand() * 50)}`))];
  const date = new Date(Date.UTC(2010, 0, 1) + index * 3_600_000).toISOString().replace(".000Z", "Z");
  const code = Array.from({ length: 15 }, (_, i) => `  const value${i} = compute("${pick(WORDS)}", ${i});`).join("\n");
  const sections = 5 + Math.floor(rand() * 3); // 600–900 words in all
  const body = Array.from({ length: sections }, (_, s) => `## ${sentence(3).slice(0, -1)} ${s + 1}\n\n${paragraph(8)}\n`);
  return `+++
title = "Post ${index}: ${sentence(4).slice(0, -1)}"
date = ${date}
tags = [${tags.map((t) => `"${t}"`).join(", ")}]
${isDraft(index) ? "draft = true\n" : ""}+++

${paragraph(3)}

${body[0]}
- ${sentence(5)}
  - ${sentence(4)}
  - ${sentence(4)}
- ${sentence(6)}

| Setting | Value | Notes |
|---------|-------|-------|
| ${pick(WORDS)} | ${index} | ${sentence(3)} |
| ${pick(WORDS)} | ${index + 1} | ${sentence(3)} |
| ${pick(WORDS)} | ${index + 2} | ${sentence(3)} |

\`\`\`ts
function example${index}() {
${code}
}
\`\`\`

${body.slice(1).join("\n")}`;
}

export function writeCorpus(outDir: string, pages: number): void {
  const posts = join(outDir, "content", "posts");
  rmSync(join(outDir, "content"), { recursive: true, force: true });
  mkdirSync(posts, { recursive: true });
  for (let i = 0; i < pages; i++) writeFileSync(join(posts, `${postSlug(i)}.md`), post(i));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { pages: { type: "string", default: "1000" }, out: { type: "string" } } });
  if (!values.out) throw new Error("usage: tsx src/bench/corpus.ts --pages N --out DIR");
  writeCorpus(values.out, Number(values.pages));
  process.stderr.write(`wrote ${values.pages} posts to ${join(values.out, "content", "posts")}\n`);
}
