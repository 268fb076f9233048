// New content from an archetype, as `hugo new content` makes it: which file a requested path becomes, which
// archetype it starts from, and the archetype's placeholders filled in. Pure: the CLI (src/cli/new.ts) does the I/O.
// https://gohugo.io/content-management/archetypes/
import { DateTime } from "luxon";
import type { Problem } from "../types.ts";
import { defaultTitle } from "./page.ts";
import { MARKDOWN_FILE, unsafeName } from "./paths.ts";

/** A checked request for new content. */
export interface NewContent {
  /** Path inside the content folder, with forward slashes: `posts/my-trip/index.md`. */
  path: string;
  /** The top-level folder it goes in (`posts`), "" at the top: it chooses the archetype. */
  section: string;
  /** A leaf bundle, asked for as a folder (`posts/my-trip/`). */
  bundle: boolean;
}

export type Refusal = { reason: string; hint: string };

/** Used when neither `archetypes/<section>.md` nor `archetypes/default.md` exists. */
export const BUILT_IN_ARCHETYPE = `+++
title = "{{ .Title }}"
date = {{ .Date }}
draft = true
+++
`;

/**
 * Reads the path an author typed (relative to the content folder, which it may also start with) and refuses
 * anything that would land outside it, be skipped by the loader or not be a page.
 */
export function planNewContent(requested: string, contentDir = "content"): NewContent | Refusal {
  const show = JSON.stringify(requested);
  if (requested.trim() === "") return { reason: "the path is empty", hint: "name the file to create, such as posts/my-first-post.md" };
  if (requested.includes("\\")) return { reason: `${show} holds a backslash`, hint: "separate folders with forward slashes: posts/my-first-post.md" };
  if (requested.startsWith("/") || /^[a-z]:/i.test(requested)) {
    return { reason: `${show} is an absolute path`, hint: "give the path inside the content folder, such as posts/my-first-post.md" };
  }
  let path = requested.replace(/^(\.\/)+/, "");
  // Hugo accepts the content folder's own name in front (tab completion gives it): `content/posts/x.md`.
  const prefix = `${contentDir.replace(/^(\.\/)+/, "").replace(/\/+$/, "")}/`;
  if (prefix !== "/" && path.startsWith(prefix)) path = path.slice(prefix.length);
  const bundle = path.endsWith("/");
  const segments = path.replace(/\/$/, "").split("/");
  for (const segment of segments) {
    if (segment === "..") return { reason: `${show} leads out of the content folder`, hint: "give a path inside the content folder, without .." };
    if (segment === "" || segment === ".") return { reason: `${show} has an empty folder name`, hint: "write it as posts/my-first-post.md" };
    // The loader skips hidden files and folders, as Hugo does: the page would never appear.
    if (segment.startsWith(".")) return { reason: `${show} names a hidden file or folder (${segment}), which is not content`, hint: "choose a name that does not start with a dot" };
    const unsafe = unsafeName(segment);
    if (unsafe !== undefined) return { reason: `the name ${JSON.stringify(segment)} is not usable: ${unsafe}`, hint: "choose a name of letters, digits and dashes" };
  }
  if (bundle) return { path: `${segments.join("/")}/index.md`, section: sectionOf(segments, true), bundle };
  if (!MARKDOWN_FILE.test(path)) {
    return { reason: `${show} is neither a Markdown file nor a folder`, hint: `write ${path}.md for a page, or ${path}/ for a bundle (a folder with index.md)` };
  }
  return { path, section: sectionOf(segments, false), bundle };
}

/** Hugo's section is the top-level folder; a page at the top has none. */
function sectionOf(segments: readonly string[], bundle: boolean): string {
  return segments.length > (bundle ? 0 : 1) ? segments[0]! : "";
}

/** The archetypes to try, in Hugo's order: the section's own, then the default. */
export function archetypeNames(section: string): string[] {
  return section === "" ? ["default.md"] : [`${section}.md`, "default.md"];
}

export interface ArchetypeValues {
  /** From the file name: `my-first-post.md` → "My First Post"; a bundle's from its folder. */
  title: string;
  /** Now, with the local offset: `2024-11-30T10:13:16+07:00`. */
  date: string;
  section: string;
  /** The file's name without extension (a bundle's folder name): `my-first-post`. */
  name: string;
}

export function archetypeValues(content: NewContent, now: Date, timeZone: string): ArchetypeValues {
  const segments = content.path.split("/");
  const name = (content.bundle ? segments.at(-2)! : segments.at(-1)!).replace(MARKDOWN_FILE, "");
  const kind = /^_index\./i.test(segments.at(-1)!) ? "section" : "page";
  return { title: defaultTitle(content.path, kind) || name, date: localDate(now, timeZone), section: content.section, name };
}

/** RFC 3339 to the second, with the zone's offset at that instant: a TOML datetime as Hugo's archetypes write it. */
export function localDate(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

// `{{ .Title }}`, `{{- .Date -}}` (the dashes trim the white space beside, as in Go templates)… but not
// shortcodes, `{{< >}}` and `{{% %}}`, which the archetype's body may hold.
const PLACEHOLDER = /\{\{(?![<%])(-?)\s*([\s\S]*?)\s*(-?)\}\}/g;

/** Hugo's template expressions folio understands, by what each names. */
const EXPRESSIONS: Record<string, keyof ArchetypeValues> = {
  ".Title": "title",
  ".Date": "date",
  ".Section": "section",
  ".Type": "section",
  ".Name": "name",
  ".File.ContentBaseName": "name",
  // Hugo's own default archetype, so an archetype brought from a Hugo site works unchanged.
  'replace .File.ContentBaseName "-" " " | title': "title",
  'replace .Name "-" " " | title': "title",
};

/**
 * The archetype with its placeholders filled in. A value inside a quoted string is escaped for it (TOML's and
 * YAML's double-quoted strings share JSON's escapes); a placeholder folio does not know is a problem at its place.
 */
export function fillArchetype(template: string, values: ArchetypeValues, file: string): { text: string } | { problem: Problem } {
  let problem: Problem | undefined;
  let text = "";
  let cursor = 0;
  let trimNext = false;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, trimBefore, expression, trimAfter] = match as unknown as [string, string, string, string];
    const offset = match.index;
    let between = template.slice(cursor, offset);
    if (trimNext) between = between.trimStart();
    if (trimBefore) between = between.trimEnd();
    text += between;
    [cursor, trimNext] = [offset + whole.length, trimAfter !== ""];
    const key = EXPRESSIONS[expression.replace(/\s+/g, " ")];
    const at = () => position(template, offset);
    if (key === undefined) {
      problem ??= {
        severity: "error", file, ...at(),
        message: `the archetype placeholder ${whole} is not one folio knows`,
        hint: "use {{ .Title }}, {{ .Date }}, {{ .Section }} or {{ .Name }}",
      };
      continue;
    }
    const value = values[key];
    const quote = template[offset - 1];
    if (quote === "'" && value.includes("'")) {
      problem ??= {
        severity: "error", file, ...at(),
        message: `the ${key} ${JSON.stringify(value)} holds a ' that a single-quoted string cannot`,
        hint: `write the placeholder in double quotes: "${whole}"`,
      };
    }
    text += quote === '"' ? JSON.stringify(value).slice(1, -1) : value;
  }
  const rest = template.slice(cursor);
  text += trimNext ? rest.trimStart() : rest;
  return problem ? { problem } : { text };
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}
