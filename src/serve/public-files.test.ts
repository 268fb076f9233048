import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PublicFiles } from "./public-files.ts";

/** Copies all of public/, as the dev server's first build does. */
async function copyPublic(pub: string, out: string): Promise<PublicFiles> {
  const files = new PublicFiles(pub, out);
  await files.copyAll();
  return files;
}

/** Both steps, in the order a rebuild runs them (src/serve/watch.ts). */
async function updatePublic(files: PublicFiles, paths: string[]) {
  await files.removeGone(paths);
  await files.copyChanged(paths);
}

const root = mkdtempSync(join(tmpdir(), "folio-public-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A public/ folder with a file, a file in a folder and links out, beside an empty output folder. */
function folders(name: string) {
  const [pub, out] = [join(root, name, "public"), join(root, name, "out")];
  mkdirSync(join(pub, "img"), { recursive: true });
  mkdirSync(out);
  writeFileSync(join(root, name, "secret.txt"), "secret");
  writeFileSync(join(pub, "a.txt"), "a");
  writeFileSync(join(pub, "img/b.txt"), "b");
  symlinkSync(join(root, name, "secret.txt"), join(pub, "leak.txt"));
  symlinkSync(join(root, name), join(pub, "leakdir"));
  return { pub, out };
}

describe("public/ in the dev server", () => {
  it("is copied whole, without its symbolic links", async () => {
    const { pub, out } = folders("whole");
    await copyPublic(pub, out);
    expect(readdirSync(out).sort()).toEqual(["a.txt", "img"]);
    expect(readFileSync(join(out, "img/b.txt"), "utf8")).toBe("b");
    await copyPublic(join(root, "whole/none"), out); // no public/ at all: nothing, no error
  });

  it("is brought up to date path by path: changed, added, removed, a file made a folder, a file made a link", async () => {
    const { pub, out } = folders("update");
    writeFileSync(join(pub, "keep.txt"), "kept");
    const files = await copyPublic(pub, out);
    const kept = statSync(join(out, "keep.txt")).ino;
    writeFileSync(join(pub, "a.txt"), "a again");
    mkdirSync(join(pub, "new/deep"), { recursive: true });
    writeFileSync(join(pub, "new/deep/c.txt"), "c");
    rmSync(join(pub, "img"), { recursive: true });
    mkdirSync(join(pub, "img"));
    writeFileSync(join(pub, "img/d.txt"), "d");
    await updatePublic(files, [join(pub, "a.txt"), join(pub, "new"), join(pub, "img/b.txt"), join(pub, "img/d.txt")]);
    expect(readFileSync(join(out, "a.txt"), "utf8")).toBe("a again");
    expect(readFileSync(join(out, "new/deep/c.txt"), "utf8")).toBe("c");
    expect(existsSync(join(out, "img/b.txt"))).toBe(false);
    expect(readFileSync(join(out, "img/d.txt"), "utf8")).toBe("d");
    expect(readdirSync(out).some((name) => name.includes(".folio-"))).toBe(false);
    expect(statSync(join(out, "keep.txt")).ino).toBe(kept); // not named: not copied again

    rmSync(join(pub, "a.txt"));
    mkdirSync(join(pub, "a.txt"));
    writeFileSync(join(pub, "a.txt/index.html"), "page");
    rmSync(join(pub, "new"), { recursive: true });
    symlinkSync(join(root, "update/secret.txt"), join(pub, "new"));
    await updatePublic(files, [join(pub, "a.txt"), join(pub, "new")]);
    expect(readFileSync(join(out, "a.txt/index.html"), "utf8")).toBe("page");
    // Its copy goes; the folders stay, empty (Eleventy would not make one again that it made for a page).
    expect(existsSync(join(out, "new/deep/c.txt"))).toBe(false);
    expect(readdirSync(join(out, "new/deep"))).toEqual([]);

    // A name that starts with two dots is inside public/ all the same.
    writeFileSync(join(pub, "..dots.txt"), "dots");
    await updatePublic(files, [join(pub, "..dots.txt")]);
    expect(readFileSync(join(out, "..dots.txt"), "utf8")).toBe("dots");
  });

  it("writes nothing outside the output folder, whatever path it is handed", async () => {
    const { pub, out } = folders("outside");
    await updatePublic(new PublicFiles(pub, out), [join(root, "outside/secret.txt"), join(pub, "../secret.txt"), "/etc/passwd"]);
    expect(readdirSync(out)).toEqual([]);
    expect(readFileSync(join(root, "outside/secret.txt"), "utf8")).toBe("secret");
  });

  it("copies public/ whole when the folder itself is named (made, or made anew)", async () => {
    const { pub, out } = folders("anew");
    const files = new PublicFiles(pub, out);
    await updatePublic(files, [pub]);
    expect(readdirSync(out).sort()).toEqual(["a.txt", "img"]);
  });

  it("takes out every copy of its files when public/ goes as a whole, and nothing folio wrote beside them", async () => {
    const { pub, out } = folders("gone");
    const files = await copyPublic(pub, out);
    writeFileSync(join(out, "index.html"), "a page folio wrote");
    writeFileSync(join(out, "img/page.html"), "another, in a folder public/ has too");
    rmSync(pub, { recursive: true });
    await updatePublic(files, [pub]);
    expect(readdirSync(out).sort()).toEqual(["img", "index.html"]);
    expect(readdirSync(join(out, "img"))).toEqual(["page.html"]);
    // Made anew with one file: that one is copied, and it is the only one taken out when public/ goes again.
    mkdirSync(pub);
    writeFileSync(join(pub, "again.txt"), "again");
    await updatePublic(files, [pub]);
    expect(readFileSync(join(out, "again.txt"), "utf8")).toBe("again");
    rmSync(pub, { recursive: true });
    await updatePublic(files, [pub]);
    expect(readdirSync(out).sort()).toEqual(["img", "index.html"]);
  });

  it("leaves no temporary file behind when a copy cannot take its place", async () => {
    const { pub, out } = folders("blocked");
    const files = await copyPublic(pub, out);
    // A page's folder where public/ now has a file of that name: the build wrote it after the old copy went.
    writeFileSync(join(pub, "posts"), "a file where the site has a folder");
    mkdirSync(join(out, "posts"));
    writeFileSync(join(out, "posts/index.html"), "a page");
    await expect(files.copyChanged([join(pub, "posts")])).rejects.toThrow();
    expect(readdirSync(out).sort()).toEqual(["a.txt", "img", "posts"]);
    expect(readFileSync(join(out, "posts/index.html"), "utf8")).toBe("a page");
  });

  it("takes out only its own copies when a folder of public/ goes, never the pages beside them", async () => {
    const { pub, out } = folders("beside");
    mkdirSync(join(pub, "posts/hello"), { recursive: true });
    writeFileSync(join(pub, "posts/hello/photo.jpg"), "photo");
    const files = await copyPublic(pub, out);
    // The pages the build wrote into the same folders.
    writeFileSync(join(out, "posts/index.html"), "the list");
    writeFileSync(join(out, "posts/hello/index.html"), "the post");
    rmSync(join(pub, "posts"), { recursive: true });
    await updatePublic(files, [join(pub, "posts")]);
    expect(readdirSync(join(out, "posts/hello"))).toEqual(["index.html"]);
    expect(readFileSync(join(out, "posts/index.html"), "utf8")).toBe("the list");
    // A folder left empty by its copies gives way to a file of public/ of its name.
    expect(existsSync(join(out, "img/b.txt"))).toBe(true);
    rmSync(join(pub, "img"), { recursive: true });
    writeFileSync(join(pub, "img"), "now a file");
    await updatePublic(files, [join(pub, "img")]);
    expect(readFileSync(join(out, "img"), "utf8")).toBe("now a file");
  });
});
