import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "./nearest.ts";

describe("nearest", () => {
  it.each([
    ["posts/othr-post/", ["posts/other-post/", "posts/", "tags/"], "posts/other-post/"],
    ["the-vew", ["the-view", "intro"], "the-view"],
    ["completely-else", ["posts/a/", "tags/"], undefined],
    ["ab", ["ac", "ad"], "ac"], // ties: the first by name, so the hint is the same on every run
    ["x", [], undefined],
  ])("of %s among %j is %s", (wanted, candidates, expected) => {
    expect(nearest(wanted, candidates)).toBe(expected);
  });
});

describe("editDistance", () => {
  it("is Levenshtein's, stopping at the cap", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("aaaaaa", "bbbbbb", 2)).toBe(2);
  });
});
