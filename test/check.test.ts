// `npm run check`: every problem of a content tree as `file:line:col: message`, without writing a site; exit 1
// on errors, and on warnings too with --strict. Drafts are checked as well, and links as the published site has them.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTree, runCli, writeSite } from "./helpers/site.ts";

/** Runs `folio check` on `dir/content`, with a TMPDIR of its own so that what it leaves behind can be seen. */
async function check(dir: string, flags: string[] = []) {
  const tmp = mkdtempSync(join(tmpdir(), "folio-check-test-"));
  const args = ["check", "--content", join(dir, "content"), "--config", join(dir, "folio.toml"), "--public", join(dir, "public"), ...flags];
  const result = await runCli(args, { TMPDIR: tmp, FOLIO_PROGRESS: "" });
  return { ...result, left: readdirSync(tmp).filter((name) => name.startsWith("folio-")), lines: result.stderr.trimEnd().split("\n").map((line) => line.replaceAll(`${dir}/`, "")) };
}

describe("npm run check", () => {
  it("passes a good site, drafts included, and writes nothing anywhere", async () => {
    const dir = writeSite(`
-- content/posts/a.md --
+++
title = "A"
date = 2024-01-01
+++
## Setup

See [B](b.md#usage) and [the draft]({{< relref "draft.md" >}}), which links back.
-- content/posts/b.md --
+++
title = "B"
date = 2024-01-02
+++
## Usage
-- content/posts/draft.md --
+++
title = "Draft"
draft = true
+++
Back to [A](a.md#setup).
`);
    const before = readTree(dir);
    const checked = await check(dir);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.lines).toEqual([expect.stringMatching(/^folio check: 3 pages \(1 draft among them\), \d+ internal links: no problems$/)]);
    expect(checked.left).toEqual([]); // the site written to check its links is gone
    expect(readTree(dir)).toEqual(before);
  }, 180_000);

  it("finds the problems of front matter, dates, shortcodes, refs and URLs in every page, drafts included, all at once", async () => {
    const dir = writeSite(`
-- content/posts/syntax.md --
+++
title = "Syntax
+++
-- content/posts/date.md --
+++
title = "Date"
date = 2024-02-30
+++
-- content/posts/draft.md --
+++
title = "Draft"
draft = true
+++
A {{< figur src="x.png" >}} here.
-- content/posts/ref.md --
+++
title = "Ref"
+++
See [the guide]({{< ref "gide.md" >}}).
-- content/posts/one.md --
+++
title = "One"
url = "/same/"
+++
-- content/posts/two.md --
+++
title = "Two"
url = "/same/"
+++
`);
    const checked = await check(dir);
    expect(checked.code).toBe(1);
    expect(checked.lines.filter((line) => !line.startsWith("  hint:"))).toEqual([
      'content/posts/date.md:3:8: the date 2024-02-30 does not exist: February 2024 has 29 days',
      'content/posts/draft.md:5:3: unknown shortcode "figur"',
      'content/posts/ref.md:4:17: ref "gide.md" does not match any page',
      'content/posts/syntax.md:2:9: the TOML front matter is not valid: the string is not closed on this line (a string of several lines opens and closes with """)',
      "content/posts/two.md:1:1: this page and content/posts/one.md both want the URL /same/",
      "folio check: 4 pages (1 draft among them), links not checked until the errors are fixed: 5 errors",
    ]);
    expect(checked.left).toEqual([]);
  }, 180_000);

  it("finds broken links, missing bundle files, and links that only work while drafts are shown", async () => {
    const dir = writeSite(`
-- content/posts/a.md --
+++
title = "A"
date = 2024-01-01
+++
## Setup

[B's usage](b.md#usge), [nowhere](/posts/c/) and [the plan](/posts/plan/).
-- content/posts/b.md --
+++
title = "B"
date = 2024-01-02
+++
## Usage
-- content/posts/plan.md --
+++
title = "Plan"
draft = true
+++
-- content/posts/trip/index.md --
+++
title = "Trip"
date = 2024-01-03
+++
![The view](view.jpeg)

{{< figure src="map.png" alt="The map" >}}
-- content/posts/trip/view.jpg --
not really a JPEG
`);
    const checked = await check(dir);
    expect(checked.code).toBe(1);
    expect(checked.lines).toEqual([
      'content/posts/a.md:7:17: the link "/posts/b/#usge" leads nowhere: /posts/b/ has no element with id "usge"',
      "  hint: did you mean #usage?",
      'content/posts/a.md:7:35: the link "/posts/c/" leads nowhere: no file of the site is at /posts/c/',
      "  hint: did you mean /posts/a/?",
      'content/posts/a.md:7:61: the link "/posts/plan/" leads nowhere: no file of the site is at /posts/plan/, in the site as npm run build publishes it',
      "  hint: it leads to a draft, future or expired page, which npm run build leaves out: publish that page first, or link to it later",
      'content/posts/trip/index.md:5:13: the bundle file "view.jpeg" does not exist: content/posts/trip/ holds no such file',
      '  hint: did you mean "view.jpg"?',
      'content/posts/trip/index.md:7:17: the bundle file "map.png" does not exist: content/posts/trip/ holds no such file',
      "  hint: the bundle's files: view.jpg",
      expect.stringMatching(/^folio check: 4 pages \(1 draft among them\), \d+ internal links: 5 errors$/),
    ]);
    expect(checked.left).toEqual([]);
  }, 180_000);

  const warned = `
-- content/posts/a.md --
+++
title = "A"
date = 2024-01-01
+++
Text and <b>raw HTML</b>.
`;

  it("passes a site with warnings, and prints them", async () => {
    const checked = await check(writeSite(warned));
    expect(checked.code).toBe(0);
    expect(checked.lines[0]).toBe("content/posts/a.md:5:1: warning: raw HTML omitted");
    expect(checked.lines.at(-1)).toMatch(/^folio check: 1 page, \d+ internal links: 1 warning$/);
  }, 180_000);

  it("with --strict, fails on warnings, as errors", async () => {
    const checked = await check(writeSite(warned), ["--strict"]);
    expect(checked.code).toBe(1);
    expect(checked.lines[0]).toBe("content/posts/a.md:5:1: raw HTML omitted");
    expect(checked.lines.at(-1)).toMatch(/^folio check: 1 page, \d+ internal links: 1 error \(--strict: warnings count as errors\)$/);
  }, 180_000);
});
