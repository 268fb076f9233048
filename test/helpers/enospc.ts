// Preloaded into a build (node --import) to simulate a full disk: after FOLIO_TEST_FULL_AFTER files are
// written, every further write fails with ENOSPC, as the file system would say it.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const after = Number(process.env.FOLIO_TEST_FULL_AFTER ?? 0);
let written = 0;
const full = (path: unknown) =>
  Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), { code: "ENOSPC", errno: -28, syscall: "write", path: String(path) });

const writeFile = fs.promises.writeFile;
fs.promises.writeFile = ((path: Parameters<typeof writeFile>[0], ...rest: unknown[]) => {
  if (written++ >= after) return Promise.reject(full(path));
  return (writeFile as (...args: unknown[]) => Promise<void>)(path, ...rest);
}) as typeof writeFile;
const copyFile = fs.promises.copyFile;
fs.promises.copyFile = ((from: Parameters<typeof copyFile>[0], to: Parameters<typeof copyFile>[1], mode?: number) => {
  if (written++ >= after) return Promise.reject(full(to));
  return copyFile(from, to, mode);
}) as typeof copyFile;
// The named imports of node:fs/promises (import { writeFile } from ...) see the replacements too.
syncBuiltinESMExports();
