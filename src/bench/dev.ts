// The dev server's rebuild after one post is edited: from the write until the post's page and the home page
// (which lists it with its summary) both serve the edit, polled every 20 ms over loopback.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./cache.ts";
import { isDraft, postSlug } from "./corpus.ts";
import { freePort, page, sleep, startServer, until } from "./server.ts";
import type { Tool } from "./tool.ts";

export interface DevRebuild {
  /** From starting the server until the edited post's page is served. */
  startSeconds: number;
  /** One per edit. */
  rebuildSeconds: number[];
}

/** The newest published post: first on the home page, so an edit to its summary shows there. */
const newestPost = (corpus: Corpus) => {
  let index = corpus.pages - 1;
  while (isDraft(index)) index--;
  return index;
};

/** What the timed edit changes: the post's text (the common edit while writing) or its front matter's title. */
export type DevEdit = "body" | "title";

/**
 * The marker becomes the body's first word, so it is in the post's summary as well as its page; or, for a
 * front matter edit, the title's first word, which the post and the home page's list both show.
 */
export const withMarker = (text: string, marker: string, edit: DevEdit = "body"): string =>
  edit === "title" ? text.replace(/^title = "/m, (start) => `${start}${marker} `) : text.replace(/\n\+\+\+\n\n/, (end) => `${end}${marker} `);

export async function measureDevRebuild(tool: Tool, corpus: Corpus, edits: number, log: (line: string) => void, what: DevEdit = "body"): Promise<DevRebuild> {
  if (!tool.serve) throw new Error(`${tool.name} has no dev server to measure`);
  const slug = postSlug(newestPost(corpus));
  const file = join(corpus.contentDir, "posts", `${slug}.md`);
  const original = readFileSync(file, "utf8");
  // The corpus is reused by later runs: put the post back even when the benchmark is interrupted.
  const restore = () => writeFileSync(file, original);
  process.once("exit", restore);
  const outDir = join(corpus.dir, tool.name, "dev");
  const port = await freePort();
  const started = performance.now();
  const server = startServer(tool.serve(corpus, port, outDir));
  const paths = [`/posts/${slug}/`, "/"];
  // Whether every path serves the marker (or, given `false`, none does); a path seen once is not asked again.
  const serving = (marker: string, wanted = true) => {
    const done = new Set<string>();
    return async () => {
      for (const path of paths) {
        if (done.has(path)) continue;
        const body = await page(port, path);
        if (body !== undefined && body.includes(marker) === wanted) done.add(path);
      }
      return done.size === paths.length;
    };
  };
  // Writes the post with `marker` and waits until it shows; then puts the post back and waits for that too.
  const edit = async (marker: string, seconds: number) => {
    const before = performance.now();
    writeFileSync(file, withMarker(original, marker, what));
    await until(`${paths.join(" and ")} to show the edit`, serving(marker), seconds);
    const elapsed = (performance.now() - before) / 1000;
    restore();
    await until("the edit to be undone", serving(marker, false), 60 + corpus.pages / 100);
    await sleep(500); // let the watcher settle before the next edit
    return elapsed;
  };
  const run = Date.now().toString(36);
  try {
    await until(`the first build to serve ${paths[0]}`, serving("</html>"), 120 + corpus.pages / 20, 100);
    const startSeconds = (performance.now() - started) / 1000;
    log(`  ${tool.name} dev server up in ${startSeconds.toFixed(1)} s on 127.0.0.1:${port}`);
    // folio's watcher missed an edit made the moment its server first answered: one untimed edit, made
    // again until it shows, proves the watcher is up before the timed ones.
    for (let attempt = 1; ; attempt++) {
      try {
        await edit(`warmup${attempt}x${run}`, 10 + corpus.pages / 500);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        log(`  ${tool.name}'s dev server missed the first edit; editing again`);
      }
    }
    const rebuildSeconds: number[] = [];
    for (let n = 1; n <= edits; n++) {
      rebuildSeconds.push(await edit(`benchmarked${n}x${run}`, 60 + corpus.pages / 100));
      log(`  ${tool.name} dev rebuild ${n}/${edits}: ${rebuildSeconds.at(-1)!.toFixed(2)} s`);
    }
    return { startSeconds, rebuildSeconds };
  } catch (error) {
    throw new Error(`${tool.name}'s dev server: ${(error as Error).message}; its last output:\n${server.log()}`);
  } finally {
    restore();
    process.off("exit", restore);
    await server.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
}
