// Preloaded into a build (node --import) to interrupt it at a moment a timed signal can miss.
// FOLIO_TEST_SIGNAL names the signal, FOLIO_TEST_SIGNAL_AT the moment:
//   "lock": the lock file has just been made and the build has not yet arranged its removal;
//   "swap": the new site is about to take the old one's place (its first rename).
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { basename } from "node:path";

const signal = process.env.FOLIO_TEST_SIGNAL as NodeJS.Signals;
const at = process.env.FOLIO_TEST_SIGNAL_AT;
// Delivered at the next turn of the event loop, while the step goes on.
const send = () => process.kill(process.pid, signal);

const open = fs.promises.open;
fs.promises.open = (async (...args: Parameters<typeof open>) => {
  const file = await open(...args);
  if (at === "lock" && String(args[0]).endsWith(".lock")) send();
  return file;
}) as typeof open;

// The staging folder beside the output (.out-staging-…), or the old site moved aside (…-previous).
const isStaging = (path: fs.PathLike) => /^\..*-staging-/.test(basename(String(path)));
const rename = fs.promises.rename;
let swapping = false;
fs.promises.rename = ((from: fs.PathLike, to: fs.PathLike) => {
  if (at === "swap" && !swapping && (isStaging(from) || isStaging(to))) {
    swapping = true;
    send();
  }
  return rename(from, to);
}) as typeof rename;

// The named imports of node:fs/promises (import { open } from ...) see the replacements too.
syncBuiltinESMExports();
