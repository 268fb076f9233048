import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError, type CliArgs } from "./args.ts";

const defaults: CliArgs = {
  command: "build", path: undefined, archetypesDir: "archetypes", strict: false, contentDir: "content", publicDir: "public", outputDir: undefined, settingsFile: "folio.toml",
  drafts: false, future: false, expired: false, baseURL: undefined, port: 8080, workers: undefined, verbose: false, json: false, cacheDir: undefined,
};

describe("parseCliArgs", () => {
  it("builds with the defaults when given nothing", () => {
    expect(parseCliArgs([])).toEqual(defaults);
  });

  it.each([
    ["build", ["build"], {}],
    ["serve", ["serve"], { command: "serve" }],
    ["--content", ["--content", "docs"], { contentDir: "docs" }],
    ["--public", ["--public", "static"], { publicDir: "static" }],
    ["--output", ["--output", "out"], { outputDir: "out" }],
    ["--config", ["--config", "site.toml"], { settingsFile: "site.toml" }],
    ["--output=", ["--output=out"], { outputDir: "out" }],
    ["--drafts", ["--drafts"], { drafts: true }],
    ["--future", ["--future"], { future: true }],
    ["--expired", ["--expired"], { expired: true }],
    ["--base-url", ["--base-url", "https://example.org/"], { baseURL: "https://example.org/" }],
    ["--verbose", ["--verbose"], { verbose: true }],
    ["--json", ["--json"], { json: true }],
    ["--cache-dir", ["--cache-dir", ".folio/cache"], { cacheDir: ".folio/cache" }],
    // Hugo's names: https://gohugo.io/commands/hugo/
    ["Hugo's -D", ["-D"], { drafts: true }],
    ["Hugo's --buildDrafts", ["--buildDrafts"], { drafts: true }],
    ["Hugo's -F", ["-F"], { future: true }],
    ["Hugo's --buildFuture", ["--buildFuture"], { future: true }],
    ["Hugo's -E", ["-E"], { expired: true }],
    ["Hugo's --buildExpired", ["--buildExpired"], { expired: true }],
    ["Hugo's -DFE", ["-DFE"], { drafts: true, future: true, expired: true }],
    ["Hugo's -b", ["-b", "https://example.org/"], { baseURL: "https://example.org/" }],
    ["Hugo's --baseURL", ["--baseURL", "https://example.org/"], { baseURL: "https://example.org/" }],
    ["Hugo's -d", ["-d", "out"], { outputDir: "out" }],
    ["Hugo's --destination", ["--destination", "out"], { outputDir: "out" }],
    ["--output over --destination", ["--destination", "b", "--output", "a"], { outputDir: "a" }],
    ["serve --port 9000", ["serve", "--port", "9000"], { command: "serve", port: 9000 }],
    ["serve -p 0 (any free port)", ["serve", "-p", "0"], { command: "serve", port: 0 }],
    ["flags before the command", ["-D", "serve"], { command: "serve", drafts: true }],
    ["serve --host", ["serve", "--host", "0.0.0.0"], { command: "serve", host: "0.0.0.0" }],
    ["Hugo's --bind", ["serve", "--bind", "::1"], { command: "serve", host: "::1" }],
    ["new PATH", ["new", "posts/my-first-post.md"], { command: "new", path: "posts/my-first-post.md" }],
    ["new --archetypes", ["new", "posts/trip/", "--archetypes", "arch"], { command: "new", path: "posts/trip/", archetypesDir: "arch" }],
    ["check --strict", ["check", "--strict"], { command: "check", strict: true }],
  ])("reads %s", (_, argv, expected) => {
    expect(parseCliArgs(argv)).toEqual({ ...defaults, ...expected });
  });

  const usageError = (argv: string[]): string => {
    try {
      parseCliArgs(argv);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    throw new Error(`parseCliArgs(${JSON.stringify(argv)}) did not throw`);
  };

  it.each([
    [["deploy"], 'unknown command "deploy"'],
    [["build", "extra"], 'unexpected argument "extra"'],
    [["new"], "folio new needs the path of the content to create, such as posts/my-first-post.md"],
    [["new", "a.md", "b.md"], 'unexpected argument "b.md"'],
    [["check", "content"], 'unexpected argument "content"'],
    [["serve", "--port", "http"], '--port takes a port number, not "http"'],
    [["serve", "--port", "70000"], '--port takes a port number, not "70000"'],
    [["serve", "--port", "8080.5"], '--port takes a port number, not "8080.5"'],
    [["serve", "--host", "evil.example/x"], '--host takes an address such as 127.0.0.1, ::1 or 0.0.0.0, not "evil.example/x"'],
    [["--port"], "Option '-p, --port <value>' argument missing"],
    [["--drafts=yes"], "Option '-D, --drafts' does not take an argument"],
  ])("rejects %j", (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });

  it.each([["--nope"], ["-x"]])("rejects the unknown flag %s, naming it", (flag) => {
    expect(usageError([flag])).toBe(
      `Unknown option '${flag}'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "${flag}"`,
    );
  });

  // Number("") is 0, so an empty port silently means "any free port".
  it("rejects an empty port", () => {
    expect(usageError(["serve", "--port", ""])).toBe('--port takes a port number, not ""');
  });
});
