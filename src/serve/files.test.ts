import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeSegments, resolveFile } from "./files.ts";

const dir = mkdtempSync(join(tmpdir(), "folio-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = join(dir, "site");
mkdirSync(join(root, "posts/a"), { recursive: true });
mkdirSync(join(root, "empty"));
mkdirSync(join(dir, "secret"));
writeFileSync(join(root, "index.html"), "home");
writeFileSync(join(root, "posts/a/index.html"), "a");
writeFileSync(join(root, "%2e%2e"), "a file named %2e%2e");
writeFileSync(join(dir, "secret/key.txt"), "SECRET");
symlinkSync("../secret/key.txt", join(root, "leak.txt"));
symlinkSync(join(dir, "secret"), join(root, "leakdir"));
symlinkSync("posts/a/index.html", join(root, "inside.html"));

describe("resolveFile", () => {
  it.each([
    ["/", "index.html"],
    ["/posts/a/", "posts/a/index.html"],
    ["/posts/a/index.html", "posts/a/index.html"],
    ["/posts/%61/", "posts/a/index.html"],
    ["/%252e%252e", "%2e%2e"], // double-encoded dots are a name, decoded once
    ["/inside.html", "posts/a/index.html"], // a link that stays inside is followed
  ])("serves %s as %s", async (path, file) => {
    expect(await resolveFile(root, path)).toEqual({ kind: "file", path: join(root, file) });
  });

  it("redirects a folder asked for without its slash", async () => {
    expect(await resolveFile(root, "/posts/a")).toEqual({ kind: "redirect", location: "/posts/a/" });
  });

  it.each(["/nope", "/empty/", "/leak.txt", "/leakdir/key.txt", "/leakdir/"])("finds nothing at %s (links out of the folder are not followed)", async (path) => {
    expect(await resolveFile(root, path)).toEqual({ kind: "missing" });
  });

  it.each([
    "/../secret/key.txt", "/posts/../../secret/key.txt", "/%2e%2e/secret/key.txt", "/%2E%2E/secret/key.txt", "/.%2e/secret/key.txt",
    "/..%2fsecret%2fkey.txt", "/..%5csecret%5ckey.txt", "/%5c..%5csecret", "/\\..\\secret", "/index.html%00.txt", "/%", "/%zz",
    "//etc/passwd", "secret", "http://example.org/", "/./index.html",
  ])("refuses %s", async (path) => {
    expect(await resolveFile(root, path)).toEqual({ kind: "refused" });
  });

  it("finds nothing when the folder does not exist yet", async () => {
    expect(await resolveFile(join(dir, "not-built"), "/")).toEqual({ kind: "missing" });
  });
});

describe("decodeSegments", () => {
  it("decodes each segment once and drops empty ones", () => {
    expect(decodeSegments("/tags/caf%C3%A9//page/2/")).toEqual(["tags", "café", "page", "2"]);
  });
});
