// The dev server's search index: made again after each good rebuild, in the background, so a saved edit
// reaches the browser without waiting for it; one indexing at a time, and one more if the site changed meanwhile.
import { indexSite, type SearchIndex } from "./index.ts";

export interface DevSearch {
  /** The site in the output folder changed: index it again, once the indexing under way (if any) is done. */
  update(): void;
  /** Resolves when no indexing is under way or waiting (for tests and for stopping cleanly). */
  idle(): Promise<void>;
}

export function createDevSearch(dir: string, log: (line: string) => void, index: (dir: string) => Promise<SearchIndex> = (dir) => indexSite(dir, { replace: true })): DevSearch {
  let running: Promise<void> | undefined;
  let again = false;
  let first = true;
  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        const made = await index(dir);
        if (first) log(`folio: search index of ${made.pages} page${made.pages === 1 ? "" : "s"} made in ${made.seconds.toFixed(2)} s; made again after each change`);
        first = false;
      } catch (error) {
        // The pages are served all the same; only searching waits for the next good index.
        log(`folio: ${error instanceof Error ? error.message : String(error)}`);
      }
    } while (again);
    running = undefined;
  };
  return {
    update() {
      if (running) again = true;
      else running = run();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}
