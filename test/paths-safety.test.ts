// Issue 8: nothing is written outside the output folder. Each site is built by the real CLI into a sandbox,
// and the sandbox is listed before and after: the output folder is the only thing that may change.
import { lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDir, writeFiles, writeSite } from "./helpers/site.ts";

/** Every path below `root`, links listed and not followed, with its kind and size. */
function listing(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const entry = `${relative(root, path)} ${stat.isDirectory() ? "dir" : stat.isSymbolicLink() ? "link" : stat.size}`;
      return stat.isDirectory() ? [entry, ...walk(path)] : [entry];
    });
  return walk(root).sort();
}

/** Builds `root/site` into `root/site/out`; what changed in `root` outside `out/`, and the build. */
async function buildInSandbox(txtar: string, prepare?: (site: string) => void) {
  const root = writeSite("");
  const site = join(root, "site");
  mkdirSync(site);
  writeFiles(site, txtar);
  writeFileSync(join(root, "beside.txt"), "a file next to the site, which no build may touch\n");
  prepare?.(site);
  const before = listing(root);
  const built = await buildDir(site);
  const after = listing(root).filter((entry) => !entry.startsWith("site/out/") && !entry.startsWith("site/out "));
  return { built, before, after, root, site };
}

const SETTINGS = `
-- folio.toml --
baseURL = "https://example.org/"
`;

describe("what would leave the output folder", () => {
  it("stops the build, naming file and field, and nothing is written anywhere", async () => {
    const { built, before, after } = await buildInSandbox(
      `${SETTINGS}
[taxonomies]
tag = "tags"
sneaky = ".."
-- content/url-dots.md --
+++
url = "/../../escaped/"
+++
-- content/url-encoded.md --
+++
url = "/%2e%2e/%2E%2E/escaped/"
+++
-- content/url-backslash.md --
+++
url = '/..\\..\\escaped/'
+++
-- content/url-encoded-backslash.md --
+++
url = "/x%5c..%5c..%5cescaped/"
+++
-- content/url-nul.md --
+++
url = "/a\\u0000b/"
+++
-- content/url-encoded-nul.md --
+++
url = "/a%00b/"
+++
-- content/url-full.md --
+++
url = "https://evil.example/x/"
+++
-- content/url-protocol-relative.md --
+++
url = "//evil.example/x/"
+++
-- content/slug-dots.md --
+++
slug = ".."
+++
-- content/slug-encoded.md --
+++
slug = "%2e%2e"
+++
-- content/slug-path.md --
+++
slug = "../../escaped"
+++
-- content/slug-backslash.md --
+++
slug = '..\\..\\escaped'
+++
-- content/aliases.md --
+++
aliases = ["/../../escaped/", "../../../escaped/", "/%2e%2e/escaped/", '..\\escaped', "/x%5c..%5cescaped/", "/a%00/", "https://evil.example/"]
+++
-- content/a\\..\\escaped.md --
x
-- content/%2e%2e.md --
x
-- content/%2E%2E/page.md --
x
-- content/trip/index.md --
Trip.
-- content/trip/%2e%2e%2fescaped.txt --
x
-- content/trip/a\\b.txt --
x
`,
    );
    expect(built.code, built.log).toBe(1);
    // Messages print absolute paths here (the site is outside the working directory): compared from content/ on.
    const printed = built.log.split("\n").filter((line) => /\.md:|\.txt:|\.toml:|content\/%2E%2E:/.test(line)).map((line) => line.replace(/^.*?\/site\//, ""));
    expect(printed).toEqual([
      'content/%2E%2E:1:1: the folder name "%2E%2E" is not usable: it holds a %-escape that means ".." once decoded',
      'content/%2e%2e.md:1:1: the file name "%2e%2e.md" is not usable: it holds a %-escape that means ".." once decoded',
      'content/a\\..\\escaped.md:1:1: the file name "a\\\\..\\\\escaped.md" is not usable: it contains a backslash or a control character',
      'content/aliases.md:2:11: the alias "/../../escaped/" is not usable: it would leave the site\'s folder',
      'content/aliases.md:2:11: the alias "../../../escaped/" is not usable: it would leave the site\'s folder',
      'content/aliases.md:2:11: the alias "/%2e%2e/escaped/" is not usable: it would leave the site\'s folder',
      'content/aliases.md:2:11: the alias "..\\escaped" is not usable: it contains a backslash or a control character',
      'content/aliases.md:2:11: the alias "/x%5c..%5cescaped/" is not usable: it contains a backslash or a control character',
      'content/aliases.md:2:11: the alias "/a%00/" is not usable: it contains a backslash or a control character',
      'content/aliases.md:2:11: the alias "https://evil.example/" is not usable: it must be a path inside the site, such as /about/, not a full URL',
      'content/slug-backslash.md:2:8: the "slug" front matter field is not usable: it contains a backslash or a control character',
      'content/slug-dots.md:2:8: the "slug" front matter field is not usable: it would leave its folder',
      'content/slug-encoded.md:2:8: the "slug" front matter field is not usable: it would leave its folder',
      'content/slug-path.md:2:8: the "slug" front matter field is not usable: it contains a slash; use the url field to set a whole path',
      'content/trip/%2e%2e%2fescaped.txt:1:1: the file name "%2e%2e%2fescaped.txt" is not usable: it holds a %-escape that means "../escaped.txt" once decoded',
      'content/trip/a\\b.txt:1:1: the file name "a\\\\b.txt" is not usable: it contains a backslash or a control character',
      'content/url-backslash.md:2:7: the "url" front matter field is not usable: it contains a backslash or a control character',
      'content/url-dots.md:2:7: the "url" front matter field is not usable: it would leave the site\'s folder',
      'content/url-encoded-backslash.md:2:7: the "url" front matter field is not usable: it contains a backslash or a control character',
      'content/url-encoded-nul.md:2:7: the "url" front matter field is not usable: it contains a backslash or a control character',
      'content/url-encoded.md:2:7: the "url" front matter field is not usable: it would leave the site\'s folder',
      'content/url-full.md:2:7: the "url" front matter field is not usable: it must be a path inside the site, such as /about/, not a full URL',
      'content/url-nul.md:2:7: the "url" front matter field is not usable: it contains a backslash or a control character',
      'content/url-protocol-relative.md:2:7: the "url" front matter field is not usable: it must be a path inside the site, such as /about/, not a full URL',
      'folio.toml:3:2: taxonomies.sneaky: both names need letters or digits, such as tag = "tags"',
    ]);
    expect(built.log).toContain("nothing was written, the previous site is unchanged.");
    expect(after).toEqual(before);
    expect(built.files()).toEqual([]);
  });
});

describe("symbolic links in the static folder", () => {
  it("stop the build, naming each, so no link out of the site is published", async () => {
    const { built, before, after } = await buildInSandbox(`${SETTINGS}
-- content/_index.md --
+++
title = "Home"
+++
-- public/robots-extra.txt --
fine
`, (site) => {
      symlinkSync(join(site, "..", "beside.txt"), join(site, "public/leak.txt"));
      mkdirSync(join(site, "public/deep"));
      symlinkSync("/etc", join(site, "public/deep/etc"));
    });
    expect(built.code, built.log).toBe(1);
    expect(built.log).toMatch(/public\/deep\/etc:1:1: a symbolic link would be published as a link/);
    expect(built.log).toMatch(/public\/leak\.txt:1:1: a symbolic link would be published as a link/);
    expect(after).toEqual(before);
    expect(built.files()).toEqual([]);
  });
});

describe("public/ and the pages, in one output folder", () => {
  it("stops the build where a file of public/ and a page would take one place, naming the file", async () => {
    const { built, before, after } = await buildInSandbox(`${SETTINGS}
-- content/posts/hello.md --
+++
title = "Hello"
+++
-- content/notes/a.md --
+++
title = "A"
+++
-- public/posts/hello/index.html --
<p>a page of public/ where the post goes</p>
-- public/notes --
a file where the site has the folder notes/
-- public/index.xml/feed.txt --
a folder where the home feed goes
-- public/robots.txt --
User-agent: *
`);
    expect(built.code, built.log).toBe(1);
    expect(built.log).toMatch(/public\/posts\/hello\/index\.html:1:1: the site writes its own \/posts\/hello\/ here: one of the two would overwrite the other/);
    expect(built.log).toMatch(/public\/notes:1:1: a file where the site has the folder \/notes\/ \(it writes \/notes\/[a-z/.]+ there\)/);
    expect(built.log).toMatch(/public\/index\.xml:1:1: a folder where the site writes the file \/index\.xml/);
    // public/robots.txt replaces folio's, as documented: no problem of its own.
    expect(built.log).not.toMatch(/robots\.txt:1:1/);
    expect(built.log.match(/^\S+:1:1: /gm)).toHaveLength(3);
    expect(after).toEqual(before);
    expect(built.files()).toEqual([]);
  });
});

describe("what stays inside, however odd", () => {
  it("is written below the output folder and nowhere else, and links out of content/ are not followed", async () => {
    const { built, before, after } = await buildInSandbox(
      `${SETTINGS}
-- content/passwd.md --
+++
url = "/etc/passwd"
+++
-- content/spaced.md --
+++
url = "/a%20b/c/"
aliases = ["../sibling/", "old.html", "../up/"]
+++
-- content/dots.md --
+++
tags = ["..", ".", "ok"]
+++
-- content/trip/index.md --
Trip.
-- content/trip/100%25 %41.txt --
x
`,
      (site) => {
        writeFileSync(join(site, "..", "secret.txt"), "secret\n");
        symlinkSync(join(site, "..", "secret.txt"), join(site, "content/trip/secret.txt"));
        symlinkSync("..", join(site, "content/trip/up"));
      },
    );
    expect(built.code, built.log).toBe(0);
    expect(built.log).toContain("content/trip/secret.txt:1:1: warning: a symbolic link is not followed; it is left out");
    expect(built.log).toContain("content/trip/up:1:1: warning: a symbolic link is not followed; it is left out");
    expect(after).toEqual(before);
    const files = built.files();
    expect(files).toEqual(expect.arrayContaining(["etc/passwd/index.html", "a b/c/index.html", "sibling/index.html", "a b/old.html", "up/index.html", "trip/100%25 %41.txt", "tags/ok/index.html"]));
    expect(files.filter((f) => f.includes("secret") || f.startsWith("tags/.") || f.includes("/up/trip"))).toEqual([]);
    expect(files.every((f) => !f.split("/").includes(".."))).toBe(true);
  });
});
