// Copies page bundle files beside their pages. Only resolved, checked output paths get here (bundles.ts).
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Resource } from "../types.ts";

export async function copyResources(resources: readonly Resource[], outputDir: string): Promise<void> {
  const made = new Set<string>();
  for (const resource of resources) {
    const target = join(outputDir, resource.outputPath);
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await copyFile(resource.sourcePath, target);
  }
}
