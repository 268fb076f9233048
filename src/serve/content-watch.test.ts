import { describe, expect, it } from "vitest";
import { unchangedBut } from "../content/loader.ts";
import { HeardChanges } from "./content-watch.ts";

describe("HeardChanges", () => {
  it("trusts the watcher only while it listens, forgets what each build took, and covers what is below a folder", () => {
    const heard = new HeardChanges();
    heard.heard(["/c/posts/a.md"]);
    expect(heard.take(), "not listening yet").toBeUndefined();
    heard.listening();
    heard.heard(["/c/posts/a.md", "/c/notes"]);
    const paths = heard.take()!;
    expect(paths).toEqual(["/c/posts/a.md", "/c/notes"]);
    expect(["/c/posts/a.md", "/c/posts/b.md", "/c/notes/deep/x.md", "/c/notes-other.md"].map(unchangedBut(paths))).toEqual([false, true, false, true]);
    expect(heard.take(), "taken by the last build").toEqual([]);
    heard.heard(Array.from({ length: 100 }, (_, i) => `/c/posts/p${i}.md`));
    expect(heard.take(), "too many to check one by one").toBeUndefined();
    heard.lost();
    expect(heard.take(), "after a watcher error").toBeUndefined();
  });
});
