// The dev server's watcher for content/, public/ and layouts/: @parcel/watcher, which hears the operating
// system's events for a whole tree natively. Eleventy's chokidar re-reads the folder of every file that
// changes, 0.3 s per edit at 10,000 posts in one section; this costs nothing per edit, whatever the site's size.
import { subscribe, type AsyncSubscription } from "@parcel/watcher";
import { realpathSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";

export interface FolderWatch {
  close(): Promise<void>;
}

/** Events closer than this are one change: an editor's save is often a write, a rename and a chmod. */
const SETTLE_MS = 20;

/** How often the content folder is looked at, to see it made, removed or made anew: watching its parent could mean watching a whole disk. */
const APPEAR_MS = 200;

/**
 * Calls `onChange` with the absolute paths that changed in `dir` (created, edited, deleted or renamed; `dir`
 * itself when the folder was made, or made anew). `ignore` holds folders inside `dir` whose changes do not
 * count, such as an output folder placed there.
 */
export async function watchFolder(dir: string, onChange: (paths: string[]) => void, ignore: string[] = [], heard?: HeardChanges): Promise<FolderWatch> {
  const root = resolve(dir);
  const inside = ignore.map((folder) => relative(root, resolve(folder))).filter((path) => path !== "" && !path.startsWith("..") && !path.startsWith(sep));
  const pending = new Set<string>();
  // The operating system may tell of one save twice, tens of milliseconds apart (a write, then its close):
  // a file as it was at the last change heard is not a change, and does not rebuild the site again.
  const last = new Map<string, string>();
  const changedSinceHeard = (path: string) => {
    const stamp = stampOf(path);
    if (last.get(path) === stamp) return false;
    last.set(path, stamp);
    return true;
  };
  let timer: NodeJS.Timeout | undefined;
  let subscription: AsyncSubscription | undefined;
  /** The folder the subscription watches (`folderOf`): one removed and made anew is another folder. */
  let watched: string | undefined;
  let busy = false;
  let closed = false;
  const listener = (error: Error | null, events: { path: string }[]) => {
    // A watcher error is not a reason to stop the server; the next build says what is missing.
    if (error) return heard?.lost();
    heard?.heard(events.map((event) => event.path));
    for (const event of events) pending.add(event.path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending].filter(changedSinceHeard);
      pending.clear();
      if (paths.length > 0) onChange(paths);
    }, SETTLE_MS);
  };
  // The folder not made yet, removed, moved away or made anew (a branch switched): its watch, if any, is let go
  // and the folder now there watched, the whole of it counting as changed, since files may have been written
  // into it before the watch was up. Looked at every APPEAR_MS rather than told by the watcher, which does not
  // always say that the folder itself went, and may say it after a new one is made.
  const follow = async (initial: boolean) => {
    const now = folderOf(root);
    if (closed || busy || now === watched) return;
    busy = true;
    try {
      heard?.lost();
      const gone = subscription;
      [subscription, watched] = [undefined, undefined];
      await gone?.unsubscribe().catch(() => undefined);
      if (now !== undefined) {
        subscription = await subscribe(root, listener, { ignore: [".git", "node_modules", ...inside] });
        watched = now;
        if (closed) return void (await subscription.unsubscribe());
        // The loader names files by the folder as given; where that is not the real path (a link in it), a
        // watcher may name them otherwise, and its silence about a file proves nothing.
        if (realpathSync(root) === root) heard?.listening();
      }
      if (initial) return;
      heard?.heard([root]);
      last.clear();
      onChange([root]);
    } catch {
      // Gone again, or not a folder: looked at again on the next round.
    } finally {
      busy = false;
    }
  };
  await follow(true);
  const looking = setInterval(() => void follow(false), APPEAR_MS);
  looking.unref();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(looking);
      await subscription?.unsubscribe();
    },
  };
}

/** Which folder is at `path`, or undefined when there is none: its inode, which a folder made at once after one removed may be given again, and when it was made. */
function folderOf(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return stat.isDirectory() ? `${stat.ino}:${stat.birthtimeNs}` : undefined;
  } catch {
    return undefined;
  }
}

/** What a path is now, to the nanosecond: size, modification time and inode, or that it is gone. */
function stampOf(path: string): string {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch {
    return "gone";
  }
}

/** More paths than this heard between two builds (a branch switched, say): the next build stats every file. */
const MANY = 64;

/**
 * What the watcher heard since the last build asked: the loader stats only those files (and what is below a
 * folder heard), and trusts the others to be as it last read them; one post heard alone may be rebuilt alone
 * (src/eleventy/page-rebuild.ts). Until the watcher is up nothing is trusted; after a watcher error, nothing is again.
 */
export class HeardChanges {
  #trusted = false;
  #paths = new Set<string>();

  /** The watcher is subscribed: from now on it hears every change. */
  listening(): void {
    this.#trusted = true;
  }

  heard(paths: readonly string[]): void {
    for (const path of paths) this.#paths.add(path);
  }

  /** The watcher failed: it may have missed changes, so every later build asks the file system. */
  lost(): void {
    this.#trusted = false;
  }

  /** For one build: the paths heard since the last build asked, which are then forgotten; undefined when they cannot be trusted. */
  take(): string[] | undefined {
    const paths = [...this.#paths];
    this.#paths.clear();
    return this.#trusted && paths.length <= MANY ? paths : undefined;
  }
}
