// Preloaded into a build (node --import) to interrupt it at the worst moment for its lock: the lock file has
// just been made and the build has not yet arranged its removal. FOLIO_TEST_SIGNAL names the signal.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const open = fs.promises.open;
fs.promises.open = (async (...args: Parameters<typeof open>) => {
  const file = await open(...args);
  // Delivered at the next turn of the event loop, while the lock is being written.
  if (String(args[0]).endsWith(".lock")) process.kill(process.pid, process.env.FOLIO_TEST_SIGNAL as NodeJS.Signals);
  return file;
}) as typeof open;
// The named imports of node:fs/promises (import { open } from ...) see the replacement too.
syncBuiltinESMExports();
