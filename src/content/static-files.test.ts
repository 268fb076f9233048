import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { staticProblems } from "./static-files.ts";

const root = mkdtempSync(join(tmpdir(), "folio-static-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A public/ folder holding these files (a path ending in / is an empty folder). */
function publicFolder(name: string, paths: string[]): string {
  const dir = join(root, name);
  for (const path of paths) {
    if (path.endsWith("/")) mkdirSync(join(dir, path), { recursive: true });
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const messages = (dir: string, written: string[], links = true) =>
  staticProblems(dir, { written, links, cwd: root }).map((p) => `${p.file}: ${p.message}`).sort();

describe("public/ against what the site writes", () => {
  it("has nothing to say of files beside the pages", () => {
    const dir = publicFolder("fine", ["favicon.ico", "img/a.png", "posts/hello/photo.jpg", "notes/"]);
    expect(messages(dir, ["index.html", "posts/hello/index.html", "posts/index.xml"])).toEqual([]);
  });

  it("names a file at a page's path, a file where the site has a folder and a folder where it writes a file", () => {
    const dir = publicFolder("clash", ["posts/hello/index.html", "notes", "index.xml/x.txt"]);
    expect(messages(dir, ["index.html", "index.xml", "posts/hello/index.html", "notes/a/index.html", "notes/b/index.html"])).toEqual([
      "clash/index.xml: a folder where the site writes the file /index.xml",
      "clash/notes: a file where the site has the folder /notes/ (it writes /notes/a/ there)",
      "clash/posts/hello/index.html: the site writes its own /posts/hello/ here: one of the two would overwrite the other",
    ]);
  });

  it("takes paths that differ only in case for one, as case-insensitive hosts do", () => {
    const dir = publicFolder("case", ["About/index.html", "Tags"]);
    expect(messages(dir, ["about/index.html", "tags/go/index.html"])).toEqual([
      "case/About/index.html: the site writes its own /about/ here: one of the two would overwrite the other",
      "case/Tags: a file where the site has the folder /Tags/ (it writes /tags/go/ there)",
    ]);
  });

  it("refuses symbolic links in a build only, and never follows one", () => {
    const dir = publicFolder("links", ["real/"]);
    symlinkSync(join(root, "clash"), join(dir, "posts"));
    expect(messages(dir, ["posts/hello/index.html"])).toEqual(["links/posts: a symbolic link would be published as a link, which a host may follow outside the site"]);
    expect(messages(dir, ["posts/hello/index.html"], false)).toEqual([]);
  });

  it("has nothing to say when there is no public/", () => {
    expect(messages(join(root, "none"), ["index.html"])).toEqual([]);
  });
});
