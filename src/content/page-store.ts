// Rendered pages kept on disk between builds (`folio build --cache-dir DIR`): a build renders again only the
// pages whose inputs changed since the last one, as the dev server does in memory. A CI job that keeps the
// folder between runs (actions/cache) pays for Markdown and highlighting only for what changed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { codeVersion } from "../compiled.mjs";
import { RenderCache } from "./render-cache.ts";

const FILE = "pages.v8";

interface Saved {
  /** What the saved pages were rendered by: an upgrade or a local change to folio never reuses a page it would render differently. */
  version: string;
  entries: ReturnType<RenderCache["export"]>;
}

/** The pages saved by the last build into `dir`; an empty cache when there are none, or they are unusable. */
export function openPageStore(dir: string): RenderCache {
  const cache = new RenderCache();
  try {
    const saved = deserialize(readFileSync(join(dir, FILE))) as Saved;
    if (saved.version === codeVersion()) cache.import(saved.entries);
  } catch {
    // Missing, from another Node version, or cut short: the build renders everything, as without a cache.
  }
  return cache;
}

/** Saves the pages of this build (only those it used), replacing the last save in one rename. */
export function savePageStore(dir: string, cache: RenderCache): void {
  mkdirSync(dir, { recursive: true });
  const saved: Saved = { version: codeVersion(), entries: cache.export() };
  const temporary = join(dir, `${FILE}.${process.pid}`);
  writeFileSync(temporary, serialize(saved));
  renameSync(temporary, join(dir, FILE));
}
