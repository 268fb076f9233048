// `npm start`: the real dev server on a free port, files changed on disk, pages read back.
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFailed } from "vitest";
import { page, reloads, request, startServer as start, until, writeProject } from "./helpers/server.ts";
import { assertContains, writeSite } from "./helpers/site.ts";

/** The dev server, whose log is printed when the test fails. */
async function startServer(...args: Parameters<typeof start>) {
  const server = await start(...args);
  onTestFailed(() => console.log(`--- the dev server's log ---\n${server.log()}`));
  return server;
}

/** Waits until `path` serves a page holding `text` (the error page does not count: it is a 500). */
const serving = (port: number, path: string, text: string) => until(`${path} to show ${JSON.stringify(text)}`, async () => (await page(port, path))?.includes(text) === true);

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
      <script src="/.folio/reload.js" data-build="`);

    const draft = join(dir, "content/posts/draft.md");
    writeFileSync(draft, '+++\ntitle = "Work in progress"\ndraft = true\n+++\nSecond version.\n');
    await until("the edit", async () => ((await read("/posts/draft/"))?.includes("Second version.") ? true : undefined));

    writeFileSync(draft, '+++\ntitle = "Broken\n+++\n');
    await until("the error report", async () => (log().includes("draft.md:2:9: the TOML front matter is not valid") ? true : undefined));
    const broken = await request(port, "/posts/draft/");
    expect(broken.status).toBe(500);
    expect(broken.body).toContain("draft.md:2:9</code>");

    writeFileSync(draft, '+++\ntitle = "Fixed"\n+++\nThird version.\n');
    await until("the fix", async () => ((await read("/posts/draft/"))?.includes("Third version.") ? true : undefined));
    rmSync(draft);
    await until("the deletion", async () => ((await read("/"))?.includes("Fixed") ? undefined : true));
  });

  it("reloads the browser on a change to content, layouts, styles, public files and site settings", async () => {
    const dir = writeProject(`
-- folio.toml --
title = "First title"
-- content/posts/hello.md --
+++
title = "Hello"
+++
First body.
-- public/notes.txt --
first notes
`);
    const { port, log } = await startServer(["--output", "dev"], { cwd: dir });
    await serving(port, "/posts/hello/", "First body.");
    const events = reloads(port);
    try {
      const css = () => /href="(\/css\/folio\.[0-9a-f]{12}\.css)"/.exec(readFileSync(join(dir, "dev/posts/hello/index.html"), "utf8"))?.[1];
      const firstCss = css();
      const changes: [string, () => void, () => Promise<unknown>][] = [
        ["content", () => writeFileSync(join(dir, "content/posts/hello.md"), '+++\ntitle = "Hello"\n+++\nSecond body.\n'), () => serving(port, "/posts/hello/", "Second body.")],
        ["a layout", () => appendFileSync(join(dir, "layouts/baseof.njk"), "\n<!-- layout edited -->\n"), () => serving(port, "/posts/hello/", "<!-- layout edited -->")],
        [
          "a stylesheet",
          () => appendFileSync(join(dir, "layouts/_assets/css/folio.css"), "\n.edited { color: red }\n"),
          () => until("the new stylesheet", async () => css() !== firstCss && (await request(port, css()!)).body.includes(".edited")),
        ],
        ["a public file", () => writeFileSync(join(dir, "public/notes.txt"), "second notes\n"), () => until("the new notes", async () => (await request(port, "/notes.txt")).body === "second notes\n")],
        ["the settings", () => writeFileSync(join(dir, "folio.toml"), 'title = "Second title"\n'), () => serving(port, "/posts/hello/", "Second title")],
      ];
      for (const [what, change, shown] of changes) {
        const before = events.count();
        change();
        await shown();
        await until(`a reload after a change to ${what}`, async () => events.count() > before);
      }
      // One line per rebuild, with how long it took, said once the rebuild is done (the browser reloads before).
      const lines = () => log().match(/^folio: rebuilt in [\d.]+ m?s, \d+ pages? written \(.+ changed\)$/gm)?.length ?? 0;
      await until("a line for every rebuild", async () => lines() >= changes.length, 10).catch(() => {});
      expect(lines(), log()).toBeGreaterThanOrEqual(changes.length);
    } finally {
      events.close();
    }
  });

  it("hears a layout saved the moment it is up, and is not rebuilt by the links in the project", async () => {
    // writeProject links src/ and node_modules/ in from the repository.
    const dir = writeProject(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
Hello body.
`);
    const { port, log } = await startServer(["--output", "dev"], { cwd: dir });
    await serving(port, "/posts/hello/", "Hello body.");
    appendFileSync(join(dir, "layouts/baseof.njk"), "\n<!-- layout edited -->\n");
    await serving(port, "/posts/hello/", "<!-- layout edited -->");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(log().match(/^folio: rebuilt .*$/gm)).toEqual([expect.stringMatching(/ \(layouts\/baseof\.njk changed\)$/)]);
  });

  it("shows a mistake in the terminal and as an error page naming file and line, and brings the page back when it is fixed", async () => {
    const dir = writeProject(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
Good body.
-- content/posts/other.md --
+++
title = "Other"
+++
The other page.
`);
    const { port, log } = await startServer(["--output", "dev"], { cwd: dir });
    await serving(port, "/posts/hello/", "Good body.");
    const events = reloads(port);
    const hello = join(dir, "content/posts/hello.md");
    const good = readFileSync(hello, "utf8");
    const baseof = join(dir, "layouts/baseof.njk");
    const layout = readFileSync(baseof, "utf8");
    const mistakes: [string, string, () => void, string][] = [
      ["bad front matter", "content/posts/hello.md:2:9: the TOML front matter is not valid", () => writeFileSync(hello, '+++\ntitle = "Hello\n+++\nGood body.\n'), "content/posts/hello.md:2:9"],
      ["an unknown shortcode", 'content/posts/hello.md:6:1: unknown shortcode "nosuch"', () => writeFileSync(hello, `${good}\n{{< nosuch >}}\n`), "content/posts/hello.md:6:1"],
      ["a broken ref", 'relref "posts/missing.md" does not match any page', () => writeFileSync(hello, `${good}\n[x]({{< relref "posts/missing.md" >}})\n`), "content/posts/hello.md:6:"],
      ["a broken layout", "layouts/baseof.njk:2:", () => writeFileSync(baseof, `{#- broken -#}\n{% if %}\n${layout}`), "layouts/baseof.njk:2:"],
    ];
    try {
      for (const [what, printed, breakIt, named] of mistakes) {
        breakIt();
        await until(`${what} in the terminal`, async () => log().includes(printed));
        const broken = await until(`the error page for ${what}`, async () => {
          const answer = await request(port, "/posts/other/");
          return answer.status === 500 && answer.body.includes(named) ? answer : undefined;
        });
        expect(broken.headers["content-type"]).toBe("text/html; charset=utf-8");
        expect(broken.body, what).toContain("<h1>The site has an error</h1>");
        expect((await request(port, "/no/such/page/")).status, "every page shows the error").toBe(500);
        if (what === "a broken layout") {
          // Another rebuild while the layout is broken (a save of a post, unchanged): the pages are still not written.
          const rebuilds = log().match(/rebuilt in/g)!.length;
          writeFileSync(join(dir, "content/posts/other.md"), readFileSync(join(dir, "content/posts/other.md")));
          await until("another rebuild", async () => log().match(/rebuilt in/g)!.length > rebuilds);
          expect((await request(port, "/posts/other/")).status, "the page is still broken").toBe(500);
        }
        const before = events.count();
        writeFileSync(hello, good);
        writeFileSync(baseof, layout);
        await serving(port, "/posts/hello/", "Good body.");
        await until(`a reload after ${what} is fixed`, async () => events.count() > before);
      }
      expect(log()).toMatch(/^folio: rebuilt in [\d.]+ m?s with 1 error, shown in the browser until fixed \(.+ changed\)$/m);
      expect(log()).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    } finally {
      events.close();
    }
  });

  it("rebuilds only what shows an edited post, and says how long it took", async () => {
    const post = (n: number, body: string) => `-- content/posts/p${n}.md --\n+++\ntitle = "Post ${n}"\ndate = 2024-01-0${n}\ntags = ["t${n}"]\n+++\n${body}\n`;
    const dir = writeSite([1, 2, 3, 4, 5, 6].map((n) => post(n, `Body ${n}.`)).join(""));
    const { port, log } = await startServer(["--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    await serving(port, "/posts/p1/", "Body 1.");
    const total = Number(/^folio: built in [\d.]+ m?s, (\d+) pages written$/m.exec(log())?.[1]);
    const events = reloads(port);
    onTestFailed(() => events.close());
    await until("the reload stream", async () => request(port, "/index.xml").then(() => true));
    writeFileSync(join(dir, "content/posts/p1.md"), post(1, "Edited body.").replace(/^-- .+ --\n/, ""));
    // The browser reloads once the pages are written; a feed asked for then is held until it has the edit.
    await until("the reload", async () => events.count() === 1);
    expect((await request(port, "/index.xml")).body).toContain("Edited body.");
    await serving(port, "/posts/p1/", "Edited body.");
    const line = await until("the rebuild line", async () => /^folio: rebuilt in [\d.]+ m?s, (\d+) pages? written \(.*p1\.md changed\)$/m.exec(log()) ?? undefined);
    expect(events.count(), "one reload for one rebuild").toBe(1);
    events.close();
    // The post, the lists that show its summary (home, section, its tag): not the other posts or their tags.
    expect(Number(line[1])).toBeGreaterThan(0);
    expect(Number(line[1])).toBeLessThan(total / 2);
  });

  it("sees a post added in a new folder, a renamed post, an editor's atomic save and a deleted post", async () => {
    const dir = writeSite(`
-- content/posts/first.md --
+++
title = "First"
+++
First body.
`);
    const { port } = await startServer(["--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    await serving(port, "/posts/first/", "First body.");
    // A folder and the post in it made at once: the watcher reports the folder alone.
    mkdirSync(join(dir, "content/notes/deep"), { recursive: true });
    writeFileSync(join(dir, "content/notes/deep/new.md"), '+++\ntitle = "Deep note"\n+++\nDeep body.\n');
    await serving(port, "/notes/deep/new/", "Deep body.");
    await serving(port, "/", "Deep note");
    renameSync(join(dir, "content/posts/first.md"), join(dir, "content/posts/renamed.md"));
    await serving(port, "/posts/renamed/", "First body.");
    await until("the old address to go", async () => ((await request(port, "/posts/first/")).status === 404 ? true : undefined));
    // Vim, VS Code and others save to a temporary file and rename it over the post.
    const temp = join(dir, "content/posts/.renamed.md.swp");
    writeFileSync(temp, '+++\ntitle = "First"\n+++\nSaved atomically.\n');
    renameSync(temp, join(dir, "content/posts/renamed.md"));
    await serving(port, "/posts/renamed/", "Saved atomically.");
    rmSync(join(dir, "content/notes"), { recursive: true });
    await until("the deleted note to leave the home page", async () => ((await page(port, "/"))?.includes("Deep note") ? undefined : true));
    // Its page goes just after the pages that listed it are written, before the browser is told to reload.
    await until("the deleted note's page to go", async () => ((await request(port, "/notes/deep/new/")).status === 404 ? true : undefined));
  });

  it("watches a content folder made after the server started, and one removed and made again", async () => {
    const dir = writeSite(`
-- folio.toml --
title = "Empty for now"
`);
    const { port } = await startServer(["--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    await until("the first build", () => page(port, "/"));
    mkdirSync(join(dir, "content/posts"), { recursive: true });
    writeFileSync(join(dir, "content/posts/late.md"), '+++\ntitle = "Late"\n+++\nLate body.\n');
    await serving(port, "/posts/late/", "Late body.");
    // Removed and made again (a branch without it checked out, then back): watched again.
    rmSync(join(dir, "content"), { recursive: true });
    await until("the removed post's page to go", async () => ((await request(port, "/posts/late/")).status === 404 ? true : undefined));
    mkdirSync(join(dir, "content/posts"), { recursive: true });
    writeFileSync(join(dir, "content/posts/again.md"), '+++\ntitle = "Again"\n+++\nAgain body.\n');
    await serving(port, "/posts/again/", "Again body.");
  });
});

describe("dev server and public/", () => {
  it("copies only what changed in public/, at once after it starts, and never serves a file cut short meanwhile", async () => {
    const dir = writeSite(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
Hello body.
-- public/note.txt --
first
-- public/old/gone.txt --
to be deleted
`);
    // Large: copying it again on every change took 0.2 s or more, and a request meanwhile read it half-written.
    const big = "x".repeat(20_000_000);
    writeFileSync(join(dir, "public/big.txt"), big);
    const output = join(dir, "dev");
    const { port, log } = await startServer(["--content", join(dir, "content"), "--public", join(dir, "public"), "--output", output, "--config", join(dir, "folio.toml")]);
    await until("the first build", () => page(port, "/posts/hello/"));
    const copied = statSync(join(output, "big.txt")).ino;

    // At once: folio's watcher is listening before the first build, so even this change is heard.
    writeFileSync(join(dir, "public/note.txt"), "second\n");
    const rebuilds = () => log().split("folio: rebuilt").length - 1;
    const lengths = new Set<number>();
    for (let after = 0; after < 3; ) {
      // Several at once, as a browser asks for a page's stylesheets and images; HEAD, so each asks sooner
      // (the server reads the whole file for it all the same, and says its length).
      const answers = await Promise.all([1, 2, 3, 4].map(() => request(port, "/big.txt", { method: "HEAD" })));
      for (const answer of answers) lengths.add(Number(answer.headers["content-length"]));
      if (rebuilds() > 0) after++;
    }
    expect([...lengths]).toEqual([big.length]);
    expect((await request(port, "/note.txt")).body).toBe("second\n");
    expect(statSync(join(output, "big.txt")).ino).toBe(copied);

    // A file deleted, a folder added with a file in it, a file made a folder.
    rmSync(join(dir, "public/old"), { recursive: true });
    mkdirSync(join(dir, "public/new"));
    writeFileSync(join(dir, "public/new/here.txt"), "new\n");
    rmSync(join(dir, "public/note.txt"));
    mkdirSync(join(dir, "public/note.txt"));
    writeFileSync(join(dir, "public/note.txt/index.html"), "<p>now a page</p>\n");
    await until("the changes", async () => (await request(port, "/new/here.txt")).body === "new\n" && (await request(port, "/old/gone.txt")).status === 404);
    await until("the file made a folder", async () => (await page(port, "/note.txt/"))?.includes("now a page") === true);
    expect((await request(port, "/big.txt")).body).toBe(big);

    // public/ moved away as a whole (no file in it is told of): its files go, the pages stay.
    renameSync(join(dir, "public"), join(dir, "public-moved"));
    await until("public/ gone", async () => (await request(port, "/big.txt")).status === 404 && (await request(port, "/new/here.txt")).status === 404);
    expect(await page(port, "/posts/hello/")).toContain("Hello body.");
  });

  it("starts from an empty output folder: a post deleted or a public file removed while it was stopped is not served", async () => {
    const dir = writeSite(`
-- content/posts/kept.md --
+++
title = "Kept"
+++
Kept body.
-- content/posts/gone.md --
+++
title = "Gone"
+++
Gone body.
-- public/gone.txt --
gone
`);
    const args = ["--content", join(dir, "content"), "--public", join(dir, "public"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")];
    const first = await startServer(args);
    await serving(first.port, "/posts/gone/", "Gone body.");
    await first.stop();
    rmSync(join(dir, "content/posts/gone.md"));
    rmSync(join(dir, "public/gone.txt"));
    const { port } = await startServer(args);
    await serving(port, "/posts/kept/", "Kept body.");
    expect((await request(port, "/posts/gone/")).status).toBe(404);
    expect((await request(port, "/gone.txt")).status).toBe(404);
  });

  it("serves the site's own public/robots.txt from when it is added, and folio's again once it is deleted", async () => {
    const dir = writeSite(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
Hello body.
`);
    mkdirSync(join(dir, "public"));
    const { port } = await startServer(["--content", join(dir, "content"), "--public", join(dir, "public"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    const robots = async () => (await request(port, "/robots.txt")).body;
    await until("the first build", () => page(port, "/posts/hello/"));
    expect(await robots()).toContain("Allow: /");
    writeFileSync(join(dir, "public/robots.txt"), "User-agent: *\nDisallow: /private/\n");
    await until("the site's own", async () => (await robots()) === "User-agent: *\nDisallow: /private/\n");
    rmSync(join(dir, "public/robots.txt"));
    await until("folio's again", async () => (await robots()).includes("Allow: /"));
  });
  it("shows a file of public/ at a page's path as an error, and the page again once the file is gone", async () => {
    const dir = writeSite(`
-- content/posts/hello.md --
+++
title = "Hello"
+++
Hello body.
-- public/posts/hello/photo.jpg --
a photo beside the post
`);
    const { port, log } = await startServer(["--content", join(dir, "content"), "--public", join(dir, "public"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    await serving(port, "/posts/hello/", "Hello body.");
    writeFileSync(join(dir, "public/posts/hello/index.html"), "<p>a page of public/</p>\n");
    await until("the error page", async () => (await request(port, "/posts/hello/")).status === 500);
    expect((await request(port, "/posts/hello/")).body).toContain("the site writes its own /posts/hello/ here");
    expect(log()).toMatch(/public\/posts\/hello\/index\.html:1:1: the site writes its own \/posts\/hello\/ here/);
    // The whole folder goes: the post, which the copy may have overwritten, is written again; the photo's copy goes.
    rmSync(join(dir, "public/posts"), { recursive: true });
    await serving(port, "/posts/hello/", "Hello body.");
    expect((await request(port, "/posts/hello/photo.jpg")).status).toBe(404);
    expect((await request(port, "/posts/")).status).toBe(200);
  });
});

describe("dev server under a base URL's path", () => {
  it("serves a site published at https://example.org/blog/ under /blog/, as its links expect", async () => {
    const dir = writeSite(`
-- folio.toml --
baseURL = "https://example.org/blog/"
-- content/posts/hello.md --
+++
title = "Hello"
+++
Hello body.
`);
    const { port } = await startServer(["--content", join(dir, "content"), "--output", join(dir, "dev"), "--config", join(dir, "folio.toml")]);
    const home = await until("the first build", () => page(port, "/blog/"));
    expect(home).toContain('href="/blog/posts/hello/"');
    expect(await page(port, "/blog/posts/hello/")).toContain("Hello body.");
    const root = await request(port, "/");
    expect([root.status, root.headers.location]).toEqual([302, "/blog/"]);
    expect((await request(port, "/posts/hello/")).status).toBe(404);
  });
});
