// The three front matter formats in one project, BOM and CRLF, and errors that name file, line and column.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertContains, build, buildDir, writeFiles, writeSite } from "./helpers/site.ts";

describe("front matter formats", () => {
  it("reads TOML, YAML and JSON front matter side by side", async () => {
    const built = await build(`
-- content/posts/toml.md --
+++
title = "In TOML"
tags = ["a", "b"]
+++
T.
-- content/posts/yaml.md --
---
title: In YAML
date: 2024-03-01
---
Y.
-- content/posts/json.md --
{
  "title": "In JSON",
  "weight": 1
}
J.
`);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("posts/toml/index.html"), "<h1>In TOML");
    assertContains(built.read("posts/yaml/index.html"), `<h1>In YAML
      <time datetime="2024-03-01T00:00:00Z">1 March 2024</time>`);
    assertContains(built.read("posts/json/index.html"), "<h1>In JSON");
    // weight 1 puts the JSON page first in Hugo's default order.
    const home = built.read("index.html");
    expect(home.indexOf("In JSON")).toBeLessThan(home.indexOf("In YAML"));
  });

  it("accepts a UTF-8 BOM and CRLF line endings", async () => {
    const dir = writeSite("");
    writeFiles(dir, "-- content/posts/windows.md --\n");
    const text = "\uFEFF+++\r\ntitle = \"Saved on Windows\"\r\n+++\r\n\r\n## Heading\r\n\r\nBody text.\r\n";
    writeFileSync(join(dir, "content/posts/windows.md"), text);
    const built = await buildDir(dir);
    expect(built.code, built.log).toBe(0);
    assertContains(built.read("posts/windows/index.html"), `
      <h1>Saved on Windows
      <h2 id="heading">Heading</h2>
      <p>Body text.</p>`);
  });

  it("keeps a TOML datetime's offset and reads a bare date in the site's time zone", async () => {
    const built = await build(`
-- folio.toml --
timeZone = "America/New_York"
-- content/posts/offset.md --
+++
title = "Offset"
date = 2024-11-30T10:13:16+07:00
+++
-- content/posts/local.md --
+++
title = "Local"
date = 2024-01-15
+++
`);
    expect(built.code, built.log).toBe(0);
    // 10:13 in UTC+7 is 03:13Z, which is 22:13 the day before in New York.
    assertContains(built.read("posts/offset/index.html"), `<time datetime="2024-11-29T22:13:16-05:00">29 November 2024</time>`);
    assertContains(built.read("posts/local/index.html"), `<time datetime="2024-01-15T00:00:00-05:00">15 January 2024</time>`);
  });
});

describe("front matter errors", () => {
  const bad = `
-- content/posts/types.md --
+++
title = "Types"
date = "soon"
draft = "yes"
tags = 3
+++
Body.
-- content/posts/broken.md --
+++
title = "Broken
+++
-- content/posts/open.md --
+++
title = "Never closed"
-- content/posts/fine.md --
+++
title = "Fine"
+++
`;

  it("reports every problem in the tree as file:line:col, with hints, and exits 1", async () => {
    const built = await build(bad);
    expect(built.code).toBe(1);
    const file = (name: string) => join(built.dir, "content/posts", name);
    assertContains(built.log, `
      ${file("types.md")}:3:8: the "date" front matter field is not a date
      ${file("types.md")}:4:9: the "draft" front matter field is not a boolean
      ${file("types.md")}:5:8: the "tags" front matter field is not a list of strings
      ${file("open.md")}:1:1: the front matter opened on line 1 is never closed
      hint:
      errors; nothing was written, the previous site is unchanged.`);
    expect(built.log).toMatch(new RegExp(`${file("broken.md")}:2:\\d+: the TOML front matter is not valid`));
    expect(built.log).not.toMatch(/\n\s+at /); // no stack trace
    expect(built.files()).toEqual([]);
  });

  it("leaves the previous site exactly as it was", async () => {
    const dir = writeSite(`
-- content/posts/ok.md --
+++
title = "Good"
+++
`);
    expect((await buildDir(dir)).code).toBe(0);
    const before = readFileSync(join(dir, "out/posts/ok/index.html"), "utf8");
    writeFiles(dir, bad);
    const failed = await buildDir(dir);
    expect(failed.code).toBe(1);
    expect(failed.read("posts/ok/index.html")).toBe(before);
    expect(failed.exists("posts/fine/index.html")).toBe(false);
  });

  it("rejects a slug or url that would leave the output directory", async () => {
    const built = await build(`
-- content/posts/a.md --
+++
slug = "../../escape"
+++
-- content/posts/b.md --
+++
url = "/../../etc/x/"
+++
-- content/posts/c.md --
+++
url = "https://evil.example/"
+++
`);
    expect(built.code).toBe(1);
    assertContains(built.log, `
      a.md:2:8: the "slug" front matter field is not usable
      b.md:2:7: the "url" front matter field is not usable
      c.md:2:7: the "url" front matter field is not usable`);
  });

  it("stops when two pages want one URL, naming both", async () => {
    const built = await build(`
-- content/posts/one.md --
+++
title = "One"
slug = "same"
+++
-- content/posts/two.md --
+++
title = "Two"
url = "/posts/same/"
+++
`);
    expect(built.code).toBe(1);
    expect(built.log).toMatch(/two\.md:1:1: this page and .*one\.md both want the URL \/posts\/same\//);
  });
});
