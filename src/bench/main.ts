// `npm run bench`: folio against Hugo and stock Eleventy on generated corpora. See README.md, "Measured".
// npm run bench -- [--sizes 1000,4000,10000] [--huge] [--runs 3] [--quick] [--tools folio,hugo,eleventy]
//                  [--no-dev] [--edit body|title] [--like-hugo] [--dir /tmp/folio-bench] [--json /tmp/folio-bench/results.json]
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatTable, invalidRuns } from "./report.ts";
import { runBench, type BenchOptions } from "./run.ts";
import { addFolioSettings, LIKE_HUGO } from "./folio.ts";
import { TOOL_NAMES, type ToolName } from "./tool.ts";

const log = (line: string) => process.stderr.write(`${line}\n`);

function options(argv: string[]): BenchOptions {
  const { values: v } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sizes: { type: "string", default: "1000,4000,10000" },
      huge: { type: "boolean", default: false },
      runs: { type: "string", default: "3" },
      quick: { type: "boolean", default: false },
      tools: { type: "string", default: TOOL_NAMES.join(",") },
      "no-dev": { type: "boolean", default: false },
      edit: { type: "string", default: "body" },
      dir: { type: "string", default: "/tmp/folio-bench" },
      json: { type: "string" },
      "like-hugo": { type: "boolean", default: false },
    },
  });
  const count = (text: string, what: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} takes whole numbers above 0, not "${text}"`);
    return n;
  };
  const sizes = v.quick ? [1000] : v.sizes.split(",").map((s) => count(s.trim(), "--sizes"));
  if (v.huge) sizes.push(100_000);
  const tools = v.tools.split(",").map((t) => t.trim());
  const unknown = tools.find((t) => !(TOOL_NAMES as readonly string[]).includes(t));
  if (unknown) throw new Error(`--tools takes ${TOOL_NAMES.join(", ")}, not "${unknown}"`);
  if (v.edit !== "body" && v.edit !== "title") throw new Error(`--edit takes body or title, not "${v.edit}"`);
  const dir = resolve(v.dir);
  if (v["like-hugo"]) addFolioSettings(LIKE_HUGO);
  return {
    sizes,
    runs: v.quick ? 1 : count(v.runs, "--runs"),
    dir,
    json: resolve(v.json ?? join(dir, "results.json")),
    tools: tools as ToolName[],
    dev: !v["no-dev"],
    devEdit: v.edit,
    installHugo: true,
  };
}

let parsed: BenchOptions;
try {
  parsed = options(process.argv.slice(2));
} catch (error) {
  log(`bench: ${(error as Error).message}`);
  process.exit(2);
}
// Interrupted: exit normally, so the dev servers are stopped and an edited post is put back.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
const results = await runBench(parsed, log);
process.stdout.write(`\n${formatTable(results)}\n\nAll figures: ${parsed.json}\n`);
if (invalidRuns(results).length) process.exitCode = 1;
