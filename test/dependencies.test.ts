// Issue 8: what `npm ci` installs is pinned by the lock file, version and checksum, and folio runs no install
// script of its own. (The registry's audit is a network check, not a test: see README, "What folio guarantees".)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts?: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; integrity?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>; hasInstallScript?: boolean; link?: boolean }>;
};
const installed = Object.entries(lock.packages).filter(([path]) => path !== "");

describe("dependencies", () => {
  it("has no install script of folio's own", () => {
    const lifecycle = ["preinstall", "install", "postinstall", "prepare", "prepublish", "preprepare", "postprepare", "prepack", "postpack"];
    expect(Object.keys(pkg.scripts ?? {}).filter((name) => lifecycle.includes(name))).toEqual([]);
  });

  it("pins every package in the lock file, by version and sha512 checksum, as package.json asks", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(lock.packages[""]!.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[""]!.devDependencies).toEqual(pkg.devDependencies);
    expect(installed.length).toBeGreaterThan(100);
    expect(installed.filter(([, entry]) => !entry.link && !(entry.version && entry.integrity?.startsWith("sha512-"))).map(([path]) => path)).toEqual([]);
  });

  // A new dependency that runs code at install time should be a decision, not a surprise.
  it("runs install scripts of only the packages known to need one", () => {
    // esbuild (through tsx) checks that its platform binary, an optional dependency in the lock, was installed;
    // @parcel/watcher (the dev server's watcher) builds itself from source only where no prebuilt binary installed.
    expect(installed.filter(([, entry]) => entry.hasInstallScript).map(([path]) => path)).toEqual(["node_modules/@parcel/watcher", "node_modules/esbuild"]);
  });
});
