// folio itself: the real CLI, run from the repository root with a folio.toml written for the corpus.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./cache.ts";
import { REPO, type Tool } from "./tool.ts";

const SETTINGS = `# Written by src/bench for the benchmark corpus; the same site settings as the repository's folio.toml.
baseURL = "https://example.org/"
title = "folio benchmark"
languageCode = "en-us"
timeZone = "UTC"

[[menus.main]]
name = "Posts"
pageRef = "/posts"
weight = 1

[[menus.main]]
name = "Tags"
pageRef = "/tags"
weight = 2
`;

/**
 * `--like-hugo`: what Hugo does by default and folio does on top is left out (minifying, the search index),
 * so the two tools do the same work. Without it folio is measured as it publishes.
 */
export const LIKE_HUGO = `disableKinds = ["search"]
minify = { disableHTML = true, disableCSS = true, disableJS = true }
`;

let extraSettings = "";
/** Settings added to the corpus's folio.toml (the bench's `--like-hugo`). */
export function addFolioSettings(text: string): void {
  extraSettings = text;
}

const settingsFile = (corpus: Corpus) => join(corpus.dir, "folio", "folio.toml");
const cli = (command: string, corpus: Corpus, out: string) =>
  ["src/cli/folio.mjs", command, "--content", corpus.contentDir, "--output", out, "--config", settingsFile(corpus)];

export const folio: Tool = {
  name: "folio",
  prepare(corpus) {
    mkdirSync(join(corpus.dir, "folio"), { recursive: true });
    // First: keys after the menus' [[tables]] would belong to the last of them.
    writeFileSync(settingsFile(corpus), extraSettings + SETTINGS);
  },
  build: (corpus, out) => ({ command: process.execPath, args: cli("build", corpus, out), cwd: REPO }),
  serve: (corpus, port, out) => ({ command: process.execPath, args: [...cli("serve", corpus, out), "--port", String(port)], cwd: REPO }),
  highlighted: '<span class="token',
};
