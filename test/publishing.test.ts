// Drafts, future and expired pages × Hugo's flags, as Hugo's own TestBuildDrafts-style tests do.
import { describe, expect, it } from "vitest";
import { assertContains, build } from "./helpers/site.ts";

// One base site; each variant adds one flag. Dates far from today keep it true for centuries.
const site = `
-- content/posts/published.md --
+++
title = "Published"
date = 2024-01-01T00:00:00Z
+++
Plain.
-- content/posts/draft.md --
+++
title = "A draft"
date = 2024-01-02T00:00:00Z
draft = true
+++
Not yet.
-- content/posts/future.md --
+++
title = "From the future"
date = 2999-01-01T00:00:00Z
+++
Later.
-- content/posts/expired.md --
+++
title = "Expired"
date = 2024-01-03T00:00:00Z
expiryDate = 2024-06-01T00:00:00Z
+++
Gone.
-- content/posts/publish-later.md --
+++
title = "Published later"
date = 2024-01-04T00:00:00Z
publishDate = 2999-01-01T00:00:00Z
+++
publishDate wins over date.
`;

// The posts written, without the section's own page, its /page/1/ redirect and its feed.
const pagesOf = (files: string[]) => files.filter((f) => f.startsWith("posts/") && f.endsWith(".html") && f !== "posts/index.html" && !f.startsWith("posts/page/"));

describe("publishing rules", () => {
  it.each([
    [[], ["posts/published/index.html"]],
    [["--drafts"], ["posts/draft/index.html", "posts/published/index.html"]],
    [["--future"], ["posts/future/index.html", "posts/publish-later/index.html", "posts/published/index.html"]],
    [["--expired"], ["posts/expired/index.html", "posts/published/index.html"]],
    [["--drafts", "--future", "--expired"], ["posts/draft/index.html", "posts/expired/index.html", "posts/future/index.html", "posts/publish-later/index.html", "posts/published/index.html"]],
  ])("with %j builds exactly %j", async (flags, expected) => {
    const built = await build(site, flags);
    expect(built.code, built.log).toBe(0);
    expect(pagesOf(built.files())).toEqual(expected);
  });

  it("leaves unpublished pages out of every list", async () => {
    const built = await build(site);
    for (const list of ["index.html", "posts/index.html"]) {
      assertContains(built.read(list), `
        Published
        ! A draft
        ! From the future
        ! Expired
        ! Published later
        ! class="mark`);
    }
    expect(built.log).toContain("4 left out");
  });

  it("marks drafts, future and expired pages on the page and in lists when they are built", async () => {
    const built = await build(site, ["-D", "-F", "-E"]);
    assertContains(built.read("posts/draft/index.html"), `<span class="mark mark-draft">Draft</span>`);
    assertContains(built.read("posts/future/index.html"), `<span class="mark mark-future">Scheduled</span>`);
    assertContains(built.read("posts/expired/index.html"), `<span class="mark mark-expired">Expired</span>`);
    assertContains(built.read("index.html"), `
      mark-draft
      mark-future
      mark-expired`);
    assertContains(built.read("posts/published/index.html"), `! class="mark`);
  });

  it("takes buildDrafts from the site settings too", async () => {
    const built = await build(`${site}\n-- folio.toml --\nbuildDrafts = true\n`);
    expect(built.exists("posts/draft/index.html")).toBe(true);
  });

  it("says plainly that nothing is published yet", async () => {
    const built = await build(`
-- content/posts/draft.md --
+++
title = "Only a draft"
draft = true
+++
Text.
`);
    expect(built.code).toBe(0);
    assertContains(built.read("index.html"), `
      No posts have been published yet.
      ! Only a draft`);
    expect(built.exists("posts/draft/index.html")).toBe(false);
  });
});
