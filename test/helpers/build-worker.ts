// Runs `folio build` on request in one long-lived process (under tsx, as npm run build does), so that a
// property test can afford many builds: each message is the command line, each reply its exit code and output.
import { parseCliArgs } from "../../src/cli/args.ts";
import { runBuild } from "../../src/cli/build.ts";

process.on("message", async (argv: string[]) => {
  const printed: string[] = [];
  let code: number;
  try {
    code = await runBuild(parseCliArgs(argv), (line) => printed.push(line));
  } catch (error) {
    // What the CLI's own catch would print; a thrown error is a failure the tests must see.
    code = 70;
    printed.push(`uncaught: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.send!({ code, log: printed.join("\n") });
});
