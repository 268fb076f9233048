#!/usr/bin/env node
// The `folio` command (npm run build / start / new / check): runs the command line compiled to JavaScript
// (src/compiled.mjs), or, when that cannot be written, the TypeScript itself through tsx.
import { runCompiled } from "../compiled.mjs";

if (!(await runCompiled())) {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./main.ts");
}
