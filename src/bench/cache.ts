// Corpora are written once per size and generator version, then reused: writing 10k posts takes a while.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_VERSION, isDraft, writeCorpus } from "./corpus.ts";

export interface Corpus {
  /** The corpus folder; the posts are in `content/posts/`, the tools' own files beside `content/`. */
  dir: string;
  contentDir: string;
  pages: number;
  drafts: number;
}

/** The corpus of `pages` posts under `root`, written first when it is not there yet (or was cut short). */
export function ensureCorpus(root: string, pages: number, log: (line: string) => void): Corpus {
  const dir = join(root, `${pages}-v${CORPUS_VERSION}`);
  const done = join(dir, "complete"); // written last, so an interrupted run writes the corpus again
  if (!existsSync(done)) {
    log(`writing a corpus of ${pages} posts to ${dir} …`);
    mkdirSync(dir, { recursive: true });
    writeCorpus(dir, pages);
    writeFileSync(done, `${new Date().toISOString()}\n`);
  }
  let drafts = 0;
  for (let i = 0; i < pages; i++) if (isDraft(i)) drafts++;
  return { dir, contentDir: join(dir, "content"), pages, drafts };
}
