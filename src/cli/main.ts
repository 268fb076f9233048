#!/usr/bin/env node
// folio's command line: `folio build`, `folio serve`, `folio new`, `folio check` (npm run build / start / new / check).
// Each command's modules load only when it runs: a build does not wait for the dev server's, nor `--help` for any.
import { parseCliArgs, usage, UsageError } from "./args.ts";
import { describe } from "./describe.ts";

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log(`folio: ${error.message}\n\n${usage}`);
    return 2;
  }
  try {
    if (args.command === "serve") {
      await (await import("./serve.ts")).runServe(args, log);
      return -1; // keeps running
    }
    if (args.command === "new") return await (await import("./new.ts")).runNew(args, log, (line) => process.stdout.write(`${line}\n`));
    if (args.command === "check") return await (await import("./check.ts")).runCheck(args, log);
    return await (await import("./build.ts")).runBuild(args, log);
  } catch (error) {
    log(`folio: ${describe(error, args.verbose)}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
