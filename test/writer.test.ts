// A build writes its pages itself through Eleventy's Nunjucks environment; Eleventy's pagination (what the
// dev server uses) must give the same site, byte for byte.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTree, runCli, writeSite } from "./helpers/site.ts";

const SITE = `
-- folio.toml --
baseURL = "https://example.org/blog/"
title = "Both ways"
[pagination]
pagerSize = 2
[[menus.main]]
name = "Posts"
pageRef = "/posts"
-- content/_index.md --
+++
title = "Home"
+++
Welcome & <hello>.
-- content/posts/_index.md --
+++
title = "Posts"
+++
-- content/posts/one.md --
+++
title = "One <b>"
date = 2024-01-01
tags = ["a", "b"]
aliases = ["/old/one/"]
toc = true
+++
# Heading

## Part

Some **text** and a [link](/posts/two/).

\`\`\`js {hl_lines=[1]}
const x = 1;
\`\`\`
-- content/posts/two.md --
+++
title = "Two"
date = 2024-01-02
tags = ["a"]
+++
Text with a footnote.[^1]

[^1]: The note.
-- content/posts/three/index.md --
+++
title = "Three"
date = 2024-01-03
draft = true
+++
![A picture](pic.png)
-- content/posts/three/pic.png --
not really a picture
`;

describe("writing the pages", () => {
  it("gives the same site through Eleventy's pagination as through folio's own writer", async () => {
    const dir = writeSite(SITE);
    const build = async (withEleventy: boolean) => {
      const out = join(dir, withEleventy ? "eleventy" : "direct");
      const args = ["build", "--drafts", "--content", join(dir, "content"), "--output", out, "--config", join(dir, "folio.toml")];
      const { code, stderr } = await runCli(args, { FOLIO_WRITE_WITH_ELEVENTY: withEleventy ? "1" : "0" });
      expect(code, stderr).toBe(0);
      return readTree(out);
    };
    const [eleventy, direct] = [await build(true), await build(false)];
    expect(Object.keys(direct).sort()).toEqual(Object.keys(eleventy).sort());
    expect(Object.keys(direct)).toContain("posts/one/index.html");
    expect(Object.keys(direct)).toContain("old/one/index.html");
    for (const path of Object.keys(eleventy)) expect(direct[path], path).toBe(eleventy[path]);
  });
});
