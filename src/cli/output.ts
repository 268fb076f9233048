// Atomic output: build into a staging folder beside the output and swap it in only on success,
// so a failed build leaves the previous site exactly as it was and a good one leaves nothing stale.
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeAtomically(outputDir: string, write: (stagingDir: string) => Promise<void>): Promise<void> {
  const parent = dirname(outputDir);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(outputDir)}-staging-`));
  try {
    await chmod(staging, 0o755); // mkdtemp makes it private; a web server reading the swapped-in site must not be shut out
    await write(staging);
    const previous = existsSync(outputDir) ? `${staging}-previous` : undefined;
    if (previous) await rename(outputDir, previous);
    try {
      await rename(staging, outputDir);
    } catch (error) {
      if (previous) await rename(previous, outputDir); // put the old site back before reporting
      throw error;
    }
    if (previous) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
