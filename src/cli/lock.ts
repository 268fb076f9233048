// One build at a time into an output folder: a lock file beside it, made atomically, naming the build that
// holds it. A second build stops with a clear message; a lock left by a build that died is taken over.
import { readdirSync, rmSync } from "node:fs";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";

export class LockedError extends Error {}

export interface OutputLock {
  path: string;
  /** Synchronous, so no interruption falls between forgetting the lock and removing it. */
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export const lockPathOf = (outputDir: string) => join(dirname(outputDir), `.${basename(outputDir)}.lock`);

/** Takes the output folder's lock, or throws LockedError naming the build that holds it. */
export async function lockOutput(outputDir: string, now: () => Date = () => new Date()): Promise<OutputLock> {
  const path = lockPathOf(outputDir);
  await mkdir(dirname(path), { recursive: true });
  const me: Holder = { pid: process.pid, host: hostname(), started: now().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, "wx"); // fails if it exists: two builds cannot both create it
      await file.writeFile(`${JSON.stringify(me)}\n`);
      await file.close();
      // Released on any exit, even one that skips our finally blocks; a kill -9 leaves it to the stale check.
      const onExit = () => rmSync(path, { force: true });
      process.once("exit", onExit);
      removeStaleStaging(outputDir);
      return {
        path,
        release: () => {
          process.removeListener("exit", onExit);
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readHolder(path);
    if (holder && (holder.host !== me.host || isAlive(holder.pid))) {
      throw new LockedError(
        `another build (process ${holder.pid}${holder.host !== me.host ? ` on ${holder.host}` : ""}, started ${holder.started}) is writing to ${outputDir}; ` +
          `wait for it to finish, or delete ${path} if no build is running`,
      );
    }
    await rm(path, { force: true }); // its build is gone (or the file is unreadable): take the lock over
  }
  throw new LockedError(`could not take the lock ${path}; another build may have just started`);
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path, "utf8")) as Partial<Holder>;
    return typeof holder.pid === "number" && typeof holder.host === "string" ? { pid: holder.pid, host: holder.host, started: String(holder.started) } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process of this machine is running; signal 0 only asks. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // running, but someone else's
  }
}

/** Staging folders of builds that were killed: only the lock's holder may remove them. */
function removeStaleStaging(outputDir: string): void {
  const prefix = `.${basename(outputDir)}-staging-`;
  let names: string[];
  try {
    names = readdirSync(dirname(outputDir));
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix)) rmSync(join(dirname(outputDir), name), { recursive: true, force: true });
}
