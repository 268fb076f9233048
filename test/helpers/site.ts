// Hugo-style integration tests: a whole tiny site inline as txtar text, built in a temp dir.
// https://github.com/gohugoio/hugo/blob/master/hugolib/integrationtest_builder.go
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll } from "vitest";
import { execFile } from "node:child_process";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `-- path --` sections into a new temp dir and returns it. */
export function writeSite(txtar: string): string {
  const dir = mkdtempSync(join(tmpdir(), "folio-test-"));
  made.push(dir);
  writeFiles(dir, txtar);
  return dir;
}

export function writeFiles(dir: string, txtar: string): void {
  const parts = txtar.split(/^-- (.+?) --$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const path = join(dir, parts[i]!.trim());
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, parts[i + 1]!.replace(/^\n/, ""));
  }
}

export interface Built {
  dir: string;
  code: number;
  /** Everything the build printed. */
  log: string;
  exists(path: string): boolean;
  /** A file of the output, as text. */
  read(path: string): string;
  /** Every output file, relative to the output dir, sorted. */
  files(): string[];
}

/** Runs folio's CLI as `npm run build` does (compiled, from the repository root); resolves with its exit code and stderr. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["src/cli/folio.mjs", ...args],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Builds `dir/content` (with `dir/folio.toml` and `dir/public/` when present) into `dir/out` with the real CLI. */
export async function buildDir(dir: string, flags: string[] = []): Promise<Built> {
  const out = join(dir, "out");
  // A site without folio.toml gets the defaults, never the repository's own settings.
  const args = ["build", "--content", join(dir, "content"), "--output", out, "--config", join(dir, "folio.toml"), ...flags];
  if (existsSync(join(dir, "public"))) args.push("--public", join(dir, "public"));
  const { code, stderr } = await runCli(args);
  return {
    dir,
    code,
    log: stderr,
    exists: (path) => existsSync(join(out, path)),
    read: (path) => readFileSync(join(out, path), "utf8"),
    files: () => (existsSync(out) ? listFiles(out).map((f) => relative(out, f)).sort() : []),
  };
}

export async function build(txtar: string, flags: string[] = []): Promise<Built> {
  return buildDir(writeSite(txtar), flags);
}

/** Every file below a folder, as text, by path relative to it: for comparing two builds byte for byte. */
export function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [relative(dir, path), readFileSync(path, "utf8")]));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Hugo's AssertFileContent: each line must appear in the text; a line starting with `! ` must not. */
export function assertContains(text: string, expectations: string): void {
  for (const raw of expectations.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("! ")) {
      if (text.includes(line.slice(2))) throw new Error(`expected no "${line.slice(2)}" in:\n${text}`);
    } else if (!text.includes(line)) {
      throw new Error(`expected "${line}" in:\n${text}`);
    }
  }
}
