// Did a tool write the site it was asked for: every published post's page, highlighted, and no draft's?
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./cache.ts";
import { isDraft, postSlug } from "./corpus.ts";

export interface PageCheck {
  ok: boolean;
  /** Posts that are not drafts: each must have `posts/<slug>/index.html`. */
  expected: number;
  found: number;
  /** What is wrong, for the log and the JSON; empty when ok. */
  problems: string[];
}

export function checkPages(outDir: string, corpus: Corpus, highlighted: string): PageCheck {
  const page = (i: number) => join(outDir, "posts", postSlug(i), "index.html");
  const missing: string[] = [];
  const drafts: string[] = [];
  let found = 0;
  for (let i = 0; i < corpus.pages; i++) {
    const exists = existsSync(page(i));
    if (isDraft(i) && exists) drafts.push(postSlug(i));
    else if (!isDraft(i) && exists) found++;
    else if (!isDraft(i)) missing.push(postSlug(i));
  }
  const problems: string[] = [];
  const list = (slugs: string[]) => `${slugs.slice(0, 3).join(", ")}${slugs.length > 3 ? ` and ${slugs.length - 3} more` : ""}`;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (missing.length) problems.push(`${count(missing.length, "post has", "posts have")} no page: ${list(missing)}`);
  if (drafts.length) problems.push(`${count(drafts.length, "draft was", "drafts were")} published: ${list(drafts)}`);
  const first = page(0); // post 0 is never a draft
  if (existsSync(first) && !readFileSync(first, "utf8").includes(highlighted)) problems.push(`${first} has no highlighted code (no ${highlighted})`);
  return { ok: problems.length === 0, expected: corpus.pages - corpus.drafts, found, problems };
}
