// `folio new`: a new page from an archetype, as `hugo new content` makes it, and never over an existing file.
// https://gohugo.io/commands/hugo_new_content/
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { archetypeNames, archetypeValues, BUILT_IN_ARCHETYPE, fillArchetype, planNewContent } from "../content/archetype.ts";
import { parseFrontMatter } from "../content/frontmatter.ts";
import { describePage } from "../content/page.ts";
import { displayPath, formatProblem } from "../problems.ts";
import type { CliArgs } from "./args.ts";

export interface NewOptions {
  /** The moment written as the page's date. @default () => new Date() */
  now: () => Date;
  /** IANA zone whose offset the date carries. @default the machine's (TZ) */
  timeZone: string;
  /** Port the dev server is started on, for the preview address. @default 8080 */
  port: number;
}

export const defaultNewOptions = (): NewOptions => ({
  now: () => new Date(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  port: 8080,
});

/** Returns the exit code; what was written goes to `print`, problems to `log`. */
export async function runNew(
  args: Pick<CliArgs, "path" | "contentDir" | "archetypesDir">,
  log: (line: string) => void,
  print: (line: string) => void,
  options: NewOptions = defaultNewOptions(),
): Promise<number> {
  const refuse = (reason: string, hint: string) => {
    log(`folio: ${reason}; nothing was written.\n  hint: ${hint}`);
    return 1;
  };
  const plan = planNewContent(args.path ?? "", args.contentDir);
  if ("reason" in plan) return refuse(plan.reason, plan.hint);
  const contentRoot = resolve(args.contentDir);
  if (!existsSync(contentRoot)) return refuse(`the content folder ${displayPath(contentRoot)} does not exist`, "create it, or point --content at your content");
  const target = join(contentRoot, ...plan.path.split("/"));
  const shown = displayPath(target);
  // A folder on the way may be a link to somewhere else on the machine: what it really leads to must stay inside.
  if (!inside(realpathSync(deepestExisting(target)), realpathSync(contentRoot))) {
    return refuse(`${shown} would be written outside ${displayPath(contentRoot)}: a folder on its way is a link out of it`, "create the page in a real folder of the content tree");
  }
  if (existsSync(target)) return refuse(`${shown} already exists`, "choose another name, or edit that file");
  // `posts/x.md` and `posts/x/index.md` are one URL: the build would stop on the second.
  const twin = twinOf(plan.path).map((path) => join(contentRoot, ...path.split("/"))).find((path) => existsSync(path));
  if (twin) return refuse(`${displayPath(twin)} already has the URL ${shown} would have`, "choose another name, or edit that file");

  const archetypesDir = resolve(args.archetypesDir);
  const found = archetypeNames(plan.section).map((name) => join(archetypesDir, name)).find((path) => existsSync(path));
  const source = found ? displayPath(found) : "folio's built-in archetype";
  const template = found ? readFileSync(found, "utf8") : BUILT_IN_ARCHETYPE;
  const filled = fillArchetype(template, archetypeValues(plan, options.now(), options.timeZone), source);
  if ("problem" in filled) {
    log(formatProblem(filled.problem));
    return refuse(`${shown} was not created`, `fix ${source}`);
  }
  // The archetype is the author's: what it makes must be a page folio can read, or the mistake is the archetype's.
  const file = { path: plan.path, displayPath: shown, text: filled.text };
  const parsed = parseFrontMatter(file);
  const described = parsed.problems.length > 0 ? undefined : describePage(file, parsed.frontMatter, { timeZone: options.timeZone, flags: { buildDrafts: true, buildFuture: true, buildExpired: true }, now: options.now() });
  const problems = [...parsed.problems, ...(described?.problems ?? [])].filter((p) => p.severity === "error");
  if (problems.length > 0) {
    for (const problem of problems) log(formatProblem({ ...problem, file: source }));
    return refuse(`${source} makes a page folio cannot read`, "fix the archetype's front matter");
  }

  await mkdir(dirname(target), { recursive: true });
  try {
    await writeFile(target, filled.text, { flag: "wx" }); // never over a file that appeared meanwhile
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return refuse(`${shown} already exists`, "choose another name, or edit that file");
    throw error;
  }
  const page = described!.page!;
  print(`Created ${shown} from ${source}.`);
  print(`Preview it: npm start, then open http://localhost:${options.port}${page.location.url}`);
  if (page.state.draft) print("It is a draft: npm run build leaves it out until you set draft = false.");
  return 0;
}

/** The other file that would give a page the same URL: `posts/x.md` ↔ `posts/x/index.md`. */
function twinOf(path: string): string[] {
  const bundle = /^(.*)\/index\.(md|markdown)$/i.exec(path);
  if (bundle) return [`${bundle[1]}.md`, `${bundle[1]}.markdown`];
  if (/(^|\/)_?index\.(md|markdown)$/i.test(path)) return [];
  const stem = path.replace(/\.(md|markdown)$/i, "");
  return [`${stem}/index.md`, `${stem}/index.markdown`];
}

function deepestExisting(path: string): string {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
}
