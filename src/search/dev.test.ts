import { describe, expect, it } from "vitest";
import { createDevSearch } from "./dev.ts";
import type { SearchIndex } from "./index.ts";

const made: SearchIndex = { pages: 3, files: 9, bytes: 1000, seconds: 0.25 };

/** An indexer that finishes only when the test says so. */
function controlled() {
  const runs: (() => void)[] = [];
  const index = () => new Promise<SearchIndex>((resolve) => runs.push(() => resolve(made)));
  return { index, runs };
}

describe("createDevSearch", () => {
  it("indexes after a rebuild; rebuilds meanwhile make one more indexing, not one each", async () => {
    const { index, runs } = controlled();
    const lines: string[] = [];
    const search = createDevSearch("/site", (line) => lines.push(line), index);
    search.update();
    search.update();
    search.update();
    expect(runs).toHaveLength(1);
    runs.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toHaveLength(1); // the one more
    runs.shift()!();
    await search.idle();
    expect(runs).toHaveLength(0);
    expect(lines).toEqual(["folio: search index of 3 pages made in 0.25 s; made again after each change"]);
  });

  it("says why an index could not be made, and makes the next one all the same", async () => {
    let fail = true;
    const lines: string[] = [];
    const search = createDevSearch("/site", (line) => lines.push(line), async () => {
      if (fail) throw new Error("the search index could not be made: out of disk");
      return made;
    });
    search.update();
    await search.idle();
    fail = false;
    search.update();
    await search.idle();
    expect(lines).toEqual(["folio: the search index could not be made: out of disk", "folio: search index of 3 pages made in 0.25 s; made again after each change"]);
  });
});
