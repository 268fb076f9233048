#!/usr/bin/env node
// folio's command line: `folio build` and `folio serve` (npm run build / npm start).
import { parseCliArgs, usage, UsageError } from "./args.ts";
import { describe, runBuild } from "./build.ts";
import { runServe } from "./serve.ts";

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
      await runServe(args, log);
      return -1; // keeps running
    }
    return await runBuild(args, log);
  } catch (error) {
    log(`folio: ${describe(error, args.verbose)}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
