// `folio serve`: Eleventy's dev server with live reload, drafts and future pages shown and marked.
import { resolve } from "node:path";
import type { CliArgs } from "./args.ts";
import { folioOptions } from "./build.ts";
import { createEleventy } from "./eleventy.ts";

export async function runServe(args: CliArgs, log: (line: string) => void): Promise<void> {
  // Not _site/: a preview with drafts in it must never be mistaken for the production site.
  const outputDir = resolve(args.outputDir ?? ".folio/dev");
  const options = folioOptions(args, { buildDrafts: true, buildFuture: true, buildExpired: args.expired });
  const eleventy = createEleventy({ outputDir, runMode: "serve", verbose: args.verbose, folio: { ...options, log } });
  await eleventy.init();
  await eleventy.watch();
  // Eleventy only logs a deleted file; a deleted page must disappear from the site and its lists.
  eleventy.watcher?.on("unlink", (path) => eleventy.watcher?.emit("change", path));
  await eleventy.serve(args.port);
  const stop = async () => {
    await eleventy.stopWatch();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
