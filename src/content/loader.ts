// The only stage that touches the file system: finds and reads the content tree.
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { displayPath } from "../problems.ts";
import type { ContentAsset, ContentFile, Problem } from "../types.ts";
import { MARKDOWN_FILE, unsafeName } from "./paths.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export interface LoadedContent {
  /** Markdown files that are pages. */
  files: ContentFile[];
  /** Every other file, including Markdown inside a leaf bundle (Hugo's rule: those are resources, not pages). */
  assets: ContentAsset[];
  problems: Problem[];
}

const isLeafIndex = (name: string) => /^index\.(md|markdown)$/i.test(name);

/** Files kept from an earlier read, by path and a stamp of size and modification time (the dev server's cache). */
export interface FileMemo {
  /** Without a stamp: the file as last read, whatever it is now. */
  file(path: string, stamp?: string): ContentFile | undefined;
  rememberFile(path: string, stamp: string, file: ContentFile): void;
  retainFiles(paths: ReadonlySet<string>): void;
}

// A file name may hold a newline, which would break the one-line `file:line:col` form of a message.
const printable = (path: string) => path.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

/**
 * Whether a file is known not to have changed since it was last read, without asking the file system: the dev
 * server's watcher hears every change (src/serve/content-watch.ts), so 10,000 unchanged posts are not statted.
 */
export type Unchanged = (absolutePath: string) => boolean;

/** Every file is unchanged but the paths heard and what is below a folder heard. */
export const unchangedBut =
  (paths: readonly string[]): Unchanged =>
  (path) =>
    !paths.some((heard) => path === heard || path.startsWith(heard + sep));

/**
 * Reads every page below `contentDir`, in path order, and lists the other files; `cwd` is what display paths
 * are relative to. `memo` keeps files between reads; `unchanged` says which need not even be statted.
 */
export function loadContent(contentDir: string, cwd: string = process.cwd(), memo?: FileMemo, unchanged?: Unchanged): LoadedContent {
  const files: ContentFile[] = [];
  const assets: ContentAsset[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const display = (abs: string) => displayPath(abs, cwd);

  const walk = (dir: string, prefix: string, inLeafBundle: boolean) => {
    // Sorted by name so the build reads, reports and orders identically on every machine.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const leafIndex = inLeafBundle ? undefined : entries.find((e) => e.isFile() && isLeafIndex(e.name))?.name;
    const folded = new Map<string, string>(); // names as a case-insensitive file system or host sees them
    for (const entry of entries) {
      // Hidden files and folders (.git, editor swap files) are not content, as in Hugo.
      if (entry.name.startsWith(".")) continue;
      const abs = join(dir, entry.name);
      // A link could publish a file from anywhere on the machine, or loop forever: links are not followed.
      if (entry.isSymbolicLink()) {
        problems.push({ severity: "warning", file: display(abs), line: 1, column: 1, message: "a symbolic link is not followed; it is left out", hint: "copy the file or folder into the content folder instead" });
        continue;
      }
      const what = entry.isDirectory() ? "folder" : "file";
      const unsafe = unsafeName(entry.name);
      if (unsafe !== undefined) {
        problems.push({
          severity: "error", file: printable(display(abs)), line: 1, column: 1, field: `${what} name`,
          message: `the ${what} name ${JSON.stringify(entry.name)} is not usable: ${unsafe}`,
          hint: "rename it: its name becomes part of a URL and of a path in the output",
        });
        continue;
      }
      const foldedName = entry.name.normalize("NFC").toLowerCase();
      const twin = folded.get(foldedName);
      if (twin !== undefined) {
        problems.push({
          severity: "error", file: display(abs), line: 1, column: 1, field: `${what} name`,
          message: `the ${what} "${entry.name}" and "${twin}" beside it differ only in ${twin.toLowerCase() === entry.name.toLowerCase() ? "case" : "case or in how accents are encoded"}: case-insensitive file systems and hosts take them for one`,
          hint: "rename or merge one of them",
        });
        continue;
      }
      folded.set(foldedName, entry.name);
      const path = prefix + entry.name;
      const bundled = inLeafBundle || (leafIndex !== undefined && entry.name !== leafIndex);
      if (entry.isDirectory()) walk(abs, `${path}/`, bundled);
      else if (!entry.isFile()) continue;
      else if (bundled || !MARKDOWN_FILE.test(entry.name)) assets.push({ path, sourcePath: abs });
      else {
        seen.add(abs);
        const kept = unchanged?.(abs) ? memo?.file(abs) : undefined;
        if (kept) {
          files.push(kept);
          continue;
        }
        const stamp = memo ? fileStamp(abs) : "";
        const known = memo?.file(abs, stamp);
        if (known) {
          files.push(known);
          continue;
        }
        const text = readText(abs);
        if (text !== undefined) {
          const file = { path, displayPath: display(abs), text };
          memo?.rememberFile(abs, stamp, file);
          files.push(file);
        } else {
          problems.push({
            severity: "error", file: display(abs), line: 1, column: 1,
            message: "the file is not valid UTF-8 text",
            hint: "save it with UTF-8 encoding",
          });
        }
      }
    }
  };
  // Hugo builds a site with no content folder (a home page alone); say so, as it is most often a typo.
  if (!existsSync(contentDir)) {
    const file = displayPath(contentDir, cwd);
    problems.push({ severity: "warning", file, line: 1, column: 1, message: "the content folder does not exist; the site has no pages", hint: "create it, or point --content at your content" });
  } else walk(contentDir, "", false);
  memo?.retainFiles(seen);
  return { files, assets, problems };
}

/** What the file cache compares to know a file unchanged: its size and modification time. */
export function fileStamp(abs: string): string {
  const stat = statSync(abs);
  return `${stat.size}:${stat.mtimeMs}`;
}

// One buffer read into for every file: readFileSync allocates one a file, outside V8's heap, and 4,000 of them
// brought on collections that made reading a site take half as long again. A rare large file's buffer is let go.
const READ_BUFFER = 256 * 1024;
let readBuffer = Buffer.allocUnsafe(READ_BUFFER);

/** A content file's text; undefined when it is not UTF-8. */
export function readText(abs: string): string | undefined {
  try {
    const fd = openSync(abs, "r");
    let buffer = readBuffer;
    try {
      let length = 0;
      for (let n = -1; n !== 0; length += n) {
        if (length === buffer.length) buffer = Buffer.concat([buffer], buffer.length * 2);
        n = readSync(fd, buffer, length, buffer.length - length, null);
      }
      return utf8.decode(buffer.subarray(0, length));
    } finally {
      closeSync(fd);
      if (buffer.length <= 4 * READ_BUFFER) readBuffer = buffer;
    }
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}
