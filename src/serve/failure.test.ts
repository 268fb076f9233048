import { describe, expect, it } from "vitest";
import { formatFailure, fromProblem, fromRenderError } from "./failure.ts";

/** An error as Eleventy throws it when a layout does not compile: its wrapper, then Nunjucks's own. */
const eleventyError = (inner: Error) => Object.assign(new Error("Having trouble rendering njk template ./folio.njk"), { originalError: inner });

describe("fromRenderError", () => {
  it("places a Nunjucks error at the innermost template's line and column", () => {
    const nunjucks = new Error("(./folio.njk)\n (/site/layouts/single.njk) [Line 4, Column 7]\n  unexpected token: %}");
    expect(fromRenderError(eleventyError(nunjucks), "/site")).toEqual({
      file: "layouts/single.njk", line: 4, column: 7, message: "unexpected token: %}", hint: "fix the layout; the page comes back when it is saved",
    });
  });

  it("takes the last of nested template heads, and drops Nunjucks's 'Error:'", () => {
    const nunjucks = new Error("(/site/layouts/baseof.njk) [Line 1, Column 2]\n (/site/layouts/_partials/head.njk) [Line 9, Column 3]\n  Error: filter not found: nope");
    expect(fromRenderError(eleventyError(nunjucks), "/site")).toMatchObject({ file: "layouts/_partials/head.njk", line: 9, column: 3, message: "filter not found: nope" });
  });

  it("says what it can of an error with no place, and the system's code", () => {
    const disk = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const failure = fromRenderError(disk, "/site");
    expect(failure).toEqual({ message: "the site could not be written: ENOSPC: no space left on device, write", hint: "the system said ENOSPC" });
    expect(formatFailure(failure)).toBe("folio: the site could not be written: ENOSPC: no space left on device, write\n  hint: the system said ENOSPC");
  });

  it("leaves an unknown path unplaced", () => {
    expect(fromRenderError(new Error("(unknown path) [Line 1, Column 1]\n  oops"), "/site").file).toBeUndefined();
  });
});

describe("formatFailure", () => {
  it("prints a placed failure as every folio problem is printed", () => {
    const failure = fromProblem({ severity: "error", file: "content/x.md", line: 3, column: 8, message: "bad", hint: "fix it" });
    expect(formatFailure(failure)).toBe("content/x.md:3:8: bad\n  hint: fix it");
  });
});
