import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Fingerprints } from "./fingerprint.ts";

const dir = mkdtempSync(join(tmpdir(), "folio-fingerprint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const layouts = join(dir, "layouts");
mkdirSync(join(layouts, "_assets", "css"), { recursive: true });
const css = join(layouts, "_assets", "css", "site.css");
const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);

describe("Fingerprints", () => {
  it("names a file of layouts/_assets/ by the hash of its content, and writes it under that name", async () => {
    writeFileSync(css, "body { color: red }");
    const prints = new Fingerprints(layouts);
    const url = prints.url("css/site.css");
    expect(url).toBe(`/css/site.${hash("body { color: red }")}.css`);
    expect(prints.url("/css/site.css")).toBe(url);
    await prints.write(join(dir, "out"));
    expect(readFileSync(join(dir, "out", url), "utf8")).toBe("body { color: red }");
  });

  it("gives a changed file a new name (the dev server)", () => {
    const prints = new Fingerprints(layouts);
    writeFileSync(css, "a {}");
    const before = prints.url("css/site.css");
    writeFileSync(css, "b {}");
    utimesSync(css, new Date(), new Date(Date.now() + 5000));
    expect(prints.url("css/site.css")).not.toBe(before);
    expect(prints.url("css/site.css")).toBe(`/css/site.${hash("b {}")}.css`);
  });

  it("looks at a file once for one build (rehash: false), however many pages link it", () => {
    writeFileSync(css, "c {}");
    const prints = new Fingerprints(layouts, { rehash: false });
    const first = prints.url("css/site.css");
    expect(first).toBe(`/css/site.${hash("c {}")}.css`);
    rmSync(css); // a stat now would throw: the name comes from what was hashed
    expect(prints.url("/css/site.css")).toBe(first);
    expect(() => prints.url("css/other.css")).toThrow("does not exist");
  });

  it.each([
    ["css/missing.css", "fingerprint: layouts/_assets/css/missing.css does not exist"],
    ["../folio.toml", 'fingerprint: "../folio.toml" is not a file of layouts/_assets/'],
    ["", 'fingerprint: "" is not a file of layouts/_assets/'],
  ])("refuses %j", (path, message) => {
    expect(() => new Fingerprints(layouts).url(path)).toThrow(message);
  });
});
