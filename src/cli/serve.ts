// `folio serve`: the site with drafts and future pages shown and marked, built into .folio/dev by Eleventy's
// watcher and served by folio's own small server (src/serve/) on 127.0.0.1 unless told otherwise.
import { resolve } from "node:path";
import type { LoadResult } from "../load.ts";
import { fromProblem, fromRenderError, formatFailure, type Failure } from "../serve/failure.ts";
import { basePathOf, createDevServer } from "../serve/server.ts";
import { createDevSearch } from "../search/dev.ts";
import { hasSearch } from "../search/index.ts";
import { HeardChanges } from "../serve/content-watch.ts";
import { freshDevOutput } from "../serve/dev-output.ts";
import { watchSite, type Rebuild } from "../serve/watch.ts";
import type { CliArgs } from "./args.ts";
import { folioOptions } from "./build.ts";
import { createEleventy } from "./eleventy.ts";

export const DEFAULT_HOST = "127.0.0.1";
const DEV_OUTPUT = ".folio/dev";

export async function runServe(args: CliArgs, log: (line: string) => void): Promise<void> {
  // Not _site/: a preview with drafts in it must never be mistaken for the production site.
  const outputDir = resolve(args.outputDir ?? DEV_OUTPUT);
  const host = args.host ?? DEFAULT_HOST;
  const options = folioOptions(args, { buildDrafts: true, buildFuture: true, buildExpired: args.expired });
  let loaded: LoadResult | undefined;
  let failures: Failure[] = [];
  let basePath = "/";
  let ready = false;
  const problemsOf = (load: LoadResult | undefined) => (load?.failed ? load.problems.filter((p) => p.severity === "error").map(fromProblem) : []);
  // The error page is up as soon as the loader has found a problem, the moment the terminal shows it.
  const onLoad = (result: LoadResult) => {
    loaded = result;
    failures = problemsOf(result);
  };
  // folio watches content, public/ and layouts/ itself (src/serve/content-watch.ts), a folder not made yet
  // too, and copies public/ file by file (src/serve/public-files.ts).
  const contentDir = resolve(options.contentDir);
  const heard = new HeardChanges();
  // While a rebuild writes, the server holds a request for anything but a page until it is done: the feeds,
  // sitemap, new assets and what changed in public/ follow the pages. The browser reloads once the pages are
  // written.
  let settling: Promise<void> | undefined;
  let settled = () => {};
  const rebuildStarted = () => {
    settled();
    settling = new Promise((resolve) => (settled = resolve));
  };
  const rebuildDone = () => {
    settled();
    settling = undefined;
  };
  let reloadedEarly = false;
  const onPagesWritten = () => {
    if (!ready || failures.length > 0) return;
    reloadedEarly = true;
    dev.hub.reload();
  };
  // Copies of public/ files taken out of the preview: one may have stood where a page goes, which is written again.
  const removedCopies: string[] = [];
  const outputsRemoved = () => removedCopies.splice(0);
  const eleventy = await createEleventy({ outputDir, runMode: "serve", verbose: args.verbose, folio: { ...options, log, onLoad, watchesFolders: true, onPagesWritten, heard, outputsRemoved } });
  // folio says what each rebuild did in one line; Eleventy's own log only with --verbose.
  if (!args.verbose) eleventy.disableLogger();
  const dev = createDevServer({ root: outputDir, basePath: () => basePath, failures: () => failures, ready: () => ready, settled: () => settling });
  // Listening first: a port in use is said at once, not after the first build.
  const address = await dev.listen(args.port, host).catch((error: NodeJS.ErrnoException) => {
    throw new Error(listenProblem(error, host, args.port));
  });
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  // Emptied once the port is ours: a second server turned away must not empty the first one's folder.
  const output = freshDevOutput(outputDir, DEV_OUTPUT);
  if (output.note) log(output.note);
  // The search index, made again in the background after each good rebuild (src/search/dev.ts).
  const search = createDevSearch(outputDir, log);

  const rebuilt = (rebuild: Rebuild) => {
    rebuildDone();
    const load = loaded;
    loaded = undefined;
    const rendering = rebuild.error === undefined ? undefined : fromRenderError(rebuild.error);
    if (rendering) log(formatFailure(rendering));
    failures = [...problemsOf(load), ...(rendering ? [rendering] : [])];
    if (load && !load.failed) basePath = basePathOf(load.settings.baseURL);
    if (load && !load.failed && !rendering && hasSearch(load)) search.update();
    log(rebuildLine(rebuild, failures.length));
    if (!reloadedEarly || failures.length > 0) dev.hub.reload();
    reloadedEarly = false;
  };
  const watch = await watchSite(eleventy, { started: rebuildStarted, rebuilt }, {
    content: { dir: contentDir, ignore: [outputDir], heard },
    public: { dir: resolve(options.publicDir), outputDir, removed: (paths) => removedCopies.push(...paths) },
    layouts: resolve(options.layoutsDir),
  });
  ready = true;
  void output.removeOld();
  log(`folio: serving ${origin}${basePath} (drafts and future pages shown and marked; Ctrl+C stops)`);
  dev.hub.reload(); // a page opened during the first build

  const stop = async () => {
    await Promise.all([dev.close(), watch.close()]);
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** One line per rebuild: how long it took, what it wrote, and why it ran. */
export function rebuildLine(rebuild: Rebuild, errors: number): string {
  const ms = rebuild.milliseconds;
  const took = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
  const what =
    errors > 0
      ? `with ${errors} error${errors === 1 ? "" : "s"}, shown in the browser until fixed`
      : `${rebuild.written} page${rebuild.written === 1 ? "" : "s"} written`;
  const [one, ...more] = rebuild.changed;
  const why = one === undefined ? "" : ` (${one}${more.length > 0 ? ` and ${more.length} more` : ""} changed)`;
  return `folio: ${rebuild.first ? "built" : "rebuilt"} in ${took}${errors > 0 ? " " : ", "}${what}${why}`;
}

function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is in use (another dev server?); choose another with --port`;
    case "EACCES":
      return `port ${port} needs privileges this user does not have; choose one above 1023 with --port`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `cannot listen on ${host}: it is not an address of this machine; leave --host out for 127.0.0.1`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}
