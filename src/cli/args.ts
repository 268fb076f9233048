// Command-line arguments, with Hugo's flag names accepted beside ours for authors who switch.
import { parseArgs } from "node:util";

export interface CliArgs {
  command: "build" | "serve" | "new" | "check";
  /** `folio new`: the content path to create, as given (`posts/my-first-post.md`, `posts/my-trip/`). */
  path: string | undefined;
  /** `folio new`: where archetypes are looked up. @default "archetypes" */
  archetypesDir: string;
  /** `folio check`: warnings count as errors. */
  strict: boolean;
  contentDir: string;
  publicDir: string;
  /** Undefined: the command's default (`_site` to build, `.folio/dev` to serve). */
  outputDir: string | undefined;
  settingsFile: string;
  drafts: boolean;
  future: boolean;
  expired: boolean;
  baseURL: string | undefined;
  port: number;
  /** Dev server address to listen on; undefined: 127.0.0.1, this machine only. */
  host?: string;
  /** Render threads for large sites; 0 renders on the main thread. Undefined: one per core. */
  workers: number | undefined;
  verbose: boolean;
  /** Print the build report as JSON on stdout (the summary and problems still go to stderr). */
  json: boolean;
  /** `folio build`: rendered pages kept here between builds; none kept when undefined. */
  cacheDir: string | undefined;
}

export const usage = `Usage:
  folio build [--content DIR] [--public DIR] [--output DIR] [--drafts] [--future] [--expired] [--base-url URL] [--json]
  folio serve [--content DIR] [--port 8080] [--host 127.0.0.1] [--base-url URL]
  folio new PATH [--content DIR] [--archetypes DIR]   (posts/my-first-post.md, or posts/my-trip/ for a bundle)
  folio check [--content DIR] [--config FILE] [--strict]

Options:
  --content DIR      Markdown content to build (default: content)
  --public DIR       static files copied verbatim to the output root (default: public)
  --output DIR       where the site is written (default: _site; the dev server uses .folio/dev)
  --config FILE      site settings (default: folio.toml)
  -D, --drafts       include drafts (Hugo: --buildDrafts)
  -F, --future       include pages whose publishDate is in the future (Hugo: --buildFuture)
  -E, --expired      include pages whose expiryDate has passed (Hugo: --buildExpired)
  -b, --base-url URL the site's address, overriding baseURL in the settings (Hugo: --baseURL)
  --port N           dev server port (default: 8080)
  --host ADDR        dev server address (default: 127.0.0.1, this machine only; 0.0.0.0 for every network; Hugo: --bind)
  --workers N        threads that render and write a large site (default: one per core; 0: none)
  --json             print the build report as JSON on stdout, for CI
  --cache-dir DIR    keep rendered pages in DIR between builds; render again only what changed
  --archetypes DIR   templates for new content (default: archetypes)
  --strict           check: warnings count as errors
  --verbose          show stack traces and Eleventy's own log`;

export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        content: { type: "string" },
        public: { type: "string" },
        output: { type: "string" },
        destination: { type: "string", short: "d" },
        config: { type: "string" },
        drafts: { type: "boolean", short: "D" },
        buildDrafts: { type: "boolean" },
        future: { type: "boolean", short: "F" },
        buildFuture: { type: "boolean" },
        expired: { type: "boolean", short: "E" },
        buildExpired: { type: "boolean" },
        "base-url": { type: "string", short: "b" },
        baseURL: { type: "string" },
        port: { type: "string", short: "p" },
        host: { type: "string" },
        bind: { type: "string" },
        workers: { type: "string" },
        verbose: { type: "boolean", short: "v" },
        json: { type: "boolean" },
        archetypes: { type: "string" },
        strict: { type: "boolean" },
        "cache-dir": { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  const command = positionals[0] ?? "build";
  if (command !== "build" && command !== "serve" && command !== "new" && command !== "check") throw new UsageError(`unknown command "${command}"`);
  const path = command === "new" ? positionals[1] : undefined;
  if (command === "new" && path === undefined) throw new UsageError("folio new needs the path of the content to create, such as posts/my-first-post.md");
  const extra = positionals[command === "new" ? 2 : 1];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const port = Number(v.port ?? 8080);
  if (v.port?.trim() === "" || !Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, not "${v.port}"`);
  const host = v.host ?? v.bind;
  if (host !== undefined && !/^[\w.:-]+$/.test(host)) throw new UsageError(`--host takes an address such as 127.0.0.1, ::1 or 0.0.0.0, not "${host}"`);
  const workers = v.workers === undefined ? undefined : Number(v.workers);
  if (workers !== undefined && (v.workers!.trim() === "" || !Number.isInteger(workers) || workers < 0)) {
    throw new UsageError(`--workers takes a number of threads (0 for none), not "${v.workers}"`);
  }
  return {
    command,
    path,
    archetypesDir: v.archetypes ?? "archetypes",
    strict: Boolean(v.strict),
    workers,
    contentDir: v.content ?? "content",
    publicDir: v.public ?? "public",
    outputDir: v.output ?? v.destination,
    settingsFile: v.config ?? "folio.toml",
    drafts: Boolean(v.drafts || v.buildDrafts),
    future: Boolean(v.future || v.buildFuture),
    expired: Boolean(v.expired || v.buildExpired),
    baseURL: v["base-url"] ?? v.baseURL,
    port,
    ...(host === undefined ? {} : { host }),
    verbose: Boolean(v.verbose),
    json: Boolean(v.json),
    cacheDir: v["cache-dir"],
  };
}
