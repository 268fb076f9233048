// What folio's own code is, by content: what a cache of its output (rendered pages, the threads' script) is keyed by.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let version: string | undefined;

/**
 * A hash of folio's source (src/, tests left out), by content, not modification time, which a fresh checkout
 * changes: an upgrade or a local change to folio is a new version. Worked out once a process (about 5 ms).
 */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const src = fileURLToPath(new URL("./", import.meta.url));
  const hash = createHash("sha1");
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith(".test.ts")).sort();
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(src, file))).update("\0");
  return (version = hash.digest("hex"));
}
