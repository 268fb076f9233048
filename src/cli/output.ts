// Atomic output: build into a staging folder beside the output and swap it in only on success,
// so a failed build leaves the previous site exactly as it was and a good one leaves nothing stale.
import { existsSync, rmSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { displayPath } from "../problems.ts";
import { sitePublished, uninterrupted } from "./interrupt.ts";

export async function writeAtomically(outputDir: string, write: (stagingDir: string) => Promise<void>): Promise<void> {
  const parent = dirname(outputDir);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(outputDir)}-staging-`));
  // An interrupted build exits through process.exit (src/cli/interrupt.ts): its half-written site goes with it.
  const onExit = () => {
    try {
      rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Never a stack trace on the way out; the next build into this folder removes what is left (lock.ts).
    }
  };
  process.once("exit", onExit);
  try {
    await chmod(staging, 0o755); // mkdtemp makes it private; a web server reading the swapped-in site must not be shut out
    await write(staging);
    // The swap is never cut in half by Ctrl+C: between its two renames there is no site at all.
    await uninterrupted(async () => {
      const previous = existsSync(outputDir) ? `${staging}-previous` : undefined;
      if (previous) await rename(outputDir, previous);
      try {
        await rename(staging, outputDir);
      } catch (error) {
        if (previous) await rename(previous, outputDir); // put the old site back before reporting
        throw error;
      }
      sitePublished();
      if (previous) await rm(previous, { recursive: true, force: true });
    });
  } finally {
    // The exit handler stays until the folder is gone: an interruption during this removal finishes it.
    await rm(staging, { recursive: true, force: true });
    process.removeListener("exit", onExit);
  }
}

// The file system's refusals a person can act on, in words, with what to do.
const REFUSALS: Record<string, { what: string; hint: string }> = {
  ENOSPC: { what: "the disk is full", hint: "free some space on the disk that holds {parent}, then build again" },
  EDQUOT: { what: "the disk quota is used up", hint: "free some space in your quota on {parent}, then build again" },
  EACCES: { what: "permission denied", hint: "make {parent} writable for this user, or choose another folder with --output" },
  EPERM: { what: "the operation is not permitted", hint: "make {parent} writable for this user, or choose another folder with --output" },
  EROFS: { what: "the file system is read-only", hint: "choose a folder on a writable disk with --output" },
  EMFILE: { what: "too many files are open", hint: "raise the limit (ulimit -n), or build with fewer --workers" },
  ENFILE: { what: "too many files are open on this machine", hint: "close other programs, or build with fewer --workers" },
};

/**
 * A build that could not write its output (a full disk, a folder it may not write to), as one message and
 * a hint, or undefined for any other error. Eleventy wraps the error it met; the whole chain is looked at.
 */
export function writeFailure(error: unknown, outputDir: string): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = (e as { originalError?: unknown }).originalError ?? e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    const refusal = code ? REFUSALS[code] : undefined;
    if (!refusal) continue;
    const parent = displayPath(dirname(outputDir));
    return (
      `folio: cannot write the site to ${displayPath(outputDir)}: ${refusal.what} (${code}); nothing was written, the previous site is unchanged.\n` +
      `  hint: ${refusal.hint.replace("{parent}", parent)}`
    );
  }
  return undefined;
}
