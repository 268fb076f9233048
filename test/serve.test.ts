// `npm start`: the real dev server on a free port, files changed on disk, pages read back.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { page, startServer, until } from "./helpers/server.ts";
import { assertContains, writeSite } from "./helpers/site.ts";

describe("dev server", () => {
  it("serves drafts and future pages marked, reloads on edits and survives a broken file", async () => {
    const dir = writeSite(`
-- content/posts/draft.md --
+++
title = "Work in progress"
draft = true
+++
First version.
-- content/posts/later.md --
+++
title = "Coming soon"
date = 2999-01-01
+++
`);
    const { port, log } = await startServer(["--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    const read = (path: string) => page(port, path);

    const home = await until("the first build", () => read("/"));
    assertContains(home, `
      Work in progress</a><span class="mark mark-draft">Draft</span>
      Coming soon</a><span class="mark mark-future">Scheduled</span>
      /.11ty/reload-client.js`);

    const draft = join(dir, "content/posts/draft.md");
    writeFileSync(draft, '+++\ntitle = "Work in progress"\ndraft = true\n+++\nSecond version.\n');
    await until("the edit", async () => ((await read("/posts/draft/"))?.includes("Second version.") ? true : undefined));

    writeFileSync(draft, '+++\ntitle = "Broken\n+++\n');
    await until("the error report", async () => (log().includes("draft.md:2:9: the TOML front matter is not valid") ? true : undefined));
    expect(log()).toContain("kept the last good site");
    expect(await read("/posts/draft/")).toContain("Second version.");

    writeFileSync(draft, '+++\ntitle = "Fixed"\n+++\nThird version.\n');
    await until("the fix", async () => ((await read("/posts/draft/"))?.includes("Third version.") ? true : undefined));
    rmSync(draft);
    await until("the deletion", async () => ((await read("/"))?.includes("Fixed") ? undefined : true));
  });
});
