// `npm run new -- posts/my-first-post.md`: a draft from an archetype, as `hugo new content` makes it; never over
// an existing file, never outside content/. The clock and the time zone are injected; one test runs the real CLI.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runNew, type NewOptions } from "../src/cli/new.ts";
import { buildDir, readTree, runCli, writeSite } from "./helpers/site.ts";

const now = new Date("2024-11-30T03:13:16.500Z");
const bangkok: NewOptions = { now: () => now, timeZone: "Asia/Bangkok", port: 8080 };

async function create(dir: string, path: string, options: NewOptions = bangkok) {
  const log: string[] = [];
  const printed: string[] = [];
  const code = await runNew({ path, contentDir: join(dir, "content"), archetypesDir: join(dir, "archetypes") }, (l) => log.push(l), (l) => printed.push(l), options);
  return { code, log: log.join("\n"), printed: printed.join("\n") };
}

const site = `
-- content/_index.md --
+++
title = "Home"
+++
-- archetypes/posts.md --
+++
title = "{{ .Title }}"
date = {{ .Date }}
draft = true
tags = ["{{ .Section }}"]
+++

Write about {{ .Title }} here.
-- archetypes/default.md --
+++
title = "{{ .Title }}"
date = {{ .Date }}
draft = true
+++
`;

describe("npm run new", () => {
  it("writes a draft from the section's archetype, titled from the file name, dated now with the local offset, and says how to preview it", async () => {
    const dir = writeSite(site);
    const made = await create(dir, "posts/my-first-post.md");
    expect(made.code, made.log).toBe(0);
    expect(readFileSync(join(dir, "content/posts/my-first-post.md"), "utf8")).toBe(`+++
title = "My First Post"
date = 2024-11-30T10:13:16+07:00
draft = true
tags = ["posts"]
+++

Write about My First Post here.
`);
    expect(made.printed).toBe(`Created ${dir}/content/posts/my-first-post.md from ${dir}/archetypes/posts.md.
Preview it: npm start, then open http://localhost:8080/posts/my-first-post/
It is a draft: npm run build leaves it out until you set draft = false.`);
  });

  it("uses archetypes/default.md for a section without its own, and folio's built-in archetype when there is none", async () => {
    const dir = writeSite(site);
    expect((await create(dir, "notes/a-note.md")).code).toBe(0);
    expect(readFileSync(join(dir, "content/notes/a-note.md"), "utf8")).toBe('+++\ntitle = "A Note"\ndate = 2024-11-30T10:13:16+07:00\ndraft = true\n+++\n');

    const bare = writeSite("-- content/_index.md --\n");
    const made = await create(bare, "posts/plain.md", { ...bangkok, timeZone: "America/New_York" });
    expect(made.printed).toContain("from folio's built-in archetype.");
    expect(readFileSync(join(bare, "content/posts/plain.md"), "utf8")).toBe('+++\ntitle = "Plain"\ndate = 2024-11-29T22:13:16-05:00\ndraft = true\n+++\n');
  });

  it("makes a bundle from a folder: index.md, titled from the folder", async () => {
    const dir = writeSite(site);
    const made = await create(dir, "posts/my-trip/");
    expect(made.code, made.log).toBe(0);
    expect(readFileSync(join(dir, "content/posts/my-trip/index.md"), "utf8")).toContain('title = "My Trip"');
    expect(made.printed).toContain("open http://localhost:8080/posts/my-trip/");
  });

  it("fills the repository's own archetypes/default.md", async () => {
    const dir = writeSite("-- content/_index.md --\n");
    const log: string[] = [];
    const printed: string[] = [];
    const code = await runNew({ path: "posts/hello-world.md", contentDir: join(dir, "content"), archetypesDir: "archetypes" }, (l) => log.push(l), (l) => printed.push(l), bangkok);
    expect(code, log.join("\n")).toBe(0);
    expect(printed[0]).toContain("from archetypes/default.md.");
    expect(readFileSync(join(dir, "content/posts/hello-world.md"), "utf8")).toMatch(/^\+\+\+\ntitle = "Hello World"\ndate = 2024-11-30T10:13:16\+07:00\ndraft = true\n\+\+\+\n/);
  });

  it("refuses to overwrite a file, or to make a second page with the same URL, and leaves everything as it was", async () => {
    const dir = writeSite(`${site}
-- content/posts/kept.md --
mine, not to be touched
-- content/posts/trip/index.md --
+++
title = "Trip"
+++
`);
    const before = readTree(join(dir, "content"));
    expect(await create(dir, "posts/kept.md")).toEqual({
      code: 1, printed: "",
      log: `folio: ${dir}/content/posts/kept.md already exists; nothing was written.\n  hint: choose another name, or edit that file`,
    });
    expect((await create(dir, "posts/trip.md")).log).toBe(
      `folio: ${dir}/content/posts/trip/index.md already has the URL ${dir}/content/posts/trip.md would have; nothing was written.\n  hint: choose another name, or edit that file`,
    );
    expect((await create(dir, "posts/kept/")).code).toBe(1);
    expect(readTree(join(dir, "content"))).toEqual(before);
  });

  it.each([
    ["../escape.md", '"../escape.md" leads out of the content folder'],
    ["posts/../../escape.md", '"posts/../../escape.md" leads out of the content folder'],
    ["/tmp/escape.md", '"/tmp/escape.md" is an absolute path'],
    ["posts\\escape.md", '"posts\\\\escape.md" holds a backslash'],
  ])("refuses %j, which is not inside content/, writing nothing", async (path, reason) => {
    const dir = writeSite(site);
    const before = readTree(dir);
    const made = await create(dir, path);
    expect(made.code).toBe(1);
    expect(made.log).toBe(`folio: ${reason}; nothing was written.\n  hint: ${path.includes("\\") ? "separate folders with forward slashes: posts/my-first-post.md" : path.startsWith("/") ? "give the path inside the content folder, such as posts/my-first-post.md" : "give a path inside the content folder, without .."}`);
    expect(readTree(dir)).toEqual(before);
  });

  it("refuses a path through a folder that links out of content/", async () => {
    const dir = writeSite(site);
    mkdirSync(join(dir, "elsewhere"));
    symlinkSync(join(dir, "elsewhere"), join(dir, "content/linked"));
    const made = await create(dir, "linked/post.md");
    expect(made.code).toBe(1);
    expect(made.log).toContain("a folder on its way is a link out of it; nothing was written.");
    expect(existsSync(join(dir, "elsewhere/post.md"))).toBe(false);
  });

  it("names an archetype's mistake by file and line, and writes nothing", async () => {
    const dir = writeSite(site);
    writeFileSync(join(dir, "archetypes/posts.md"), '+++\ntitle = "{{ .Title }}"\ndate = {{ .Date }}\nauthor = "{{ .Site.Author }}"\n+++\n');
    const made = await create(dir, "posts/a.md");
    expect(made.code).toBe(1);
    expect(made.log).toContain(`${dir}/archetypes/posts.md:4:11: the archetype placeholder {{ .Site.Author }} is not one folio knows`);
    writeFileSync(join(dir, "archetypes/posts.md"), '+++\ntitle = "{{ .Title }}\ndate = {{ .Date }}\n+++\n');
    const broken = await create(dir, "posts/a.md");
    expect(broken.code).toBe(1);
    expect(broken.log).toMatch(new RegExp(`^${dir}/archetypes/posts.md:2:\\d+: `));
    expect(broken.log).toContain("makes a page folio cannot read; nothing was written.");
    expect(existsSync(join(dir, "content/posts/a.md"))).toBe(false);
  });

  it("runs as npm run new does, with --content and the machine's time zone, and the post builds as a draft", async () => {
    const dir = writeSite("-- content/_index.md --\n");
    const made = await runCli(["new", "posts/my-first-post.md", "--content", join(dir, "content"), "--archetypes", join(dir, "none")], { TZ: "Asia/Kathmandu" });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Created ${dir}/content/posts/my-first-post.md from folio's built-in archetype.`);
    const text = readFileSync(join(dir, "content/posts/my-first-post.md"), "utf8");
    expect(text).toMatch(/^date = \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:45$/m);
    const built = await buildDir(dir, ["--drafts"]);
    expect(built.code, built.log).toBe(0);
    expect(built.read("posts/my-first-post/index.html")).toContain('<h1>My First Post<span class="mark mark-draft">Draft</span></h1>');
  }, 180_000);
});
