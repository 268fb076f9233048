// Shared types of the folio pipeline. Type-only: import with `import type`.
// Vocabulary is Hugo's: https://gohugo.io/methods/page/

/** A Markdown file read from the content directory; the only I/O result the pipeline sees. */
export interface ContentFile {
  /** Path inside the content directory, with forward slashes: `posts/foo.md`. */
  path: string;
  /** Path as messages print it, relative to the working directory: `content/posts/foo.md`. */
  displayPath: string;
  /** The file's text, as read (BOM and CRLF still in it). */
  text: string;
}

/** A file under content/ that is not a page: a bundle's image, PDF, data… */
export interface ContentAsset {
  /** Path inside the content directory, with forward slashes: `posts/trip/photo.jpg`. */
  path: string;
  /** Absolute path on disk. */
  sourcePath: string;
}

export type FrontMatterFormat = "toml" | "yaml" | "json";

/** A position in a source file; line and column are 1-based. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = "error" | "warning";

/** One thing wrong with the input, located precisely enough for an editor to jump to it. */
export interface Problem {
  severity: Severity;
  /** Display path of the file (`content/posts/x.md`, `folio.toml`). */
  file: string;
  line: number;
  column: number;
  message: string;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** The front matter field or setting concerned, when there is one. */
  field?: string;
}

/** The split of a content file into front matter and Markdown body. */
export interface FrontMatter {
  /** Undefined when the file has no front matter. */
  format: FrontMatterFormat | undefined;
  /** Parsed front matter with keys lower-cased (Hugo's keys are case-insensitive). */
  data: Record<string, unknown>;
  /** The Markdown after the front matter, BOM removed and line endings normalised to LF. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** Where the value of a top-level front matter key starts; the opening delimiter when not found. */
  positionOf(key: string): Position;
}

/** Hugo's publishing flags: https://gohugo.io/getting-started/usage/#draft-future-and-expired-content */
export interface BuildFlags {
  buildDrafts: boolean;
  buildFuture: boolean;
  buildExpired: boolean;
}

/** Why a page would be left out of a production build; all false for an ordinary published page. */
export interface PublishState {
  draft: boolean;
  /** publishDate (or, lacking it, date) is after now. */
  future: boolean;
  /** expiryDate is at or before now. */
  expired: boolean;
}

/** Front matter, typed and with Hugo's aliases and date fallbacks resolved. */
export interface PageMeta {
  title: string | undefined;
  linkTitle: string | undefined;
  description: string | undefined;
  /** The `summary` field, Markdown. */
  summary: string | undefined;
  /** Resolved as Hugo does: date ← [date, publishDate, lastmod]. */
  date: Date | undefined;
  /** publishDate ← [publishDate, pubdate, published, date]. */
  publishDate: Date | undefined;
  /** expiryDate ← [expiryDate, unpublishdate]. */
  expiryDate: Date | undefined;
  /** lastmod ← [lastmod, modified, date, publishDate]. */
  lastmod: Date | undefined;
  draft: boolean;
  tags: string[];
  categories: string[];
  slug: string | undefined;
  url: string | undefined;
  aliases: string[];
  weight: number;
  layout: string | undefined;
  type: string | undefined;
  /** The `[params]` table merged with every front matter key folio does not know, as Hugo's .Params. */
  params: Record<string, unknown>;
  toc: boolean;
  /** A headless bundle is neither written nor listed; only its resources are there for others to use. */
  headless: boolean;
  build: BuildOptions;
  /** Values handed down to the pages below (Hugo's cascade), each table with an optional `_target`. */
  cascade: Record<string, unknown>[];
  /** The raw `menu`/`menus` value, read against the site's menus later. */
  menus: unknown;
}

/** Hugo's page kinds: https://gohugo.io/methods/page/kind/ */
export type PageKind = "home" | "section" | "page" | "taxonomy" | "term";

/** A link to a page, without the page itself: keeps the data free of cycles (prev ↔ next, child → parent). */
export interface PageLink {
  title: string;
  linkTitle: string;
  /** Site-relative, percent-encoded. */
  url: string;
}

/** A term of a taxonomy as a page shows it: `{ name: "Docker", url: "/tags/docker/" }`. */
export interface TermLink {
  name: string;
  url: string;
  /** Published pages carrying the term. */
  count: number;
}

/** A file of a page bundle, published beside the page: https://gohugo.io/content-management/page-resources/ */
export interface Resource {
  /** Path relative to the bundle folder, as Markdown refers to it: `photo.jpg`, `img/a.png`. */
  name: string;
  /** Site-relative URL, percent-encoded: `/posts/trip/photo.jpg`. */
  url: string;
  /** File to write, relative to the output directory. */
  outputPath: string;
  /** Absolute path of the source file. */
  sourcePath: string;
}

/** Hugo's build options (front matter `[build]`, formerly `_build`): https://gohugo.io/content-management/build-options/ */
export interface BuildOptions {
  /** "always": written; "never": not written, but in lists (unless `list` says otherwise); "link": Hugo's link-only. */
  render: "always" | "never" | "link";
  /** "always": in lists; "never": in no list; "local": only in its own section's list. */
  list: "always" | "never" | "local";
  /** Publish the bundle's files even when the page is not rendered. */
  publishResources: boolean;
}

/** One entry of a menu, from site settings or page front matter: https://gohugo.io/content-management/menus/ */
export interface MenuEntry {
  name: string;
  /** Site-relative URL, or an absolute external URL. */
  url: string;
  weight: number;
  /** The page's path (`posts/_index.md`) when the entry stands for a page: marks it current. */
  pagePath: string | undefined;
  identifier: string;
  /** Entries whose `parent` is this entry's identifier. */
  children: MenuEntry[];
}

/** A heading of a rendered page, for tables of contents and anchors. */
export interface Heading {
  level: number;
  id: string;
  text: string;
}

/** What the Markdown stage makes of a page body. */
export interface RenderedMarkdown {
  html: string;
  /** HTML before the `<!--more-->` divider; undefined when the body has none. */
  beforeMore: string | undefined;
  /** The leading whole blocks that reach `summaryLength` words: Hugo's automatic summary. */
  autoSummary: string;
  /** Words in the rendered text, counted as Hugo does. */
  wordCount: number;
  headings: Heading[];
  /** Warnings found while rendering (omitted raw HTML, unknown code languages). */
  problems: Problem[];
}

/** A page ready for the layouts: Hugo's .Page. */
export interface Page {
  kind: PageKind;
  /** Content path (`posts/foo.md`); for a section or home without an `_index.md`, where it would be. */
  path: string;
  /** Display path of the source file; undefined for a section or home that has no `_index.md`. */
  file: string | undefined;
  /** Hugo's .Section: the first folder of the path, "" at the root. */
  section: string;
  /** Site-relative, percent-encoded URL: `/posts/foo/`. Layouts pass it through relURL or absURL. */
  url: string;
  /** File written, relative to the output directory. */
  outputPath: string;
  title: string;
  linkTitle: string;
  /** The rendered body opens with its own `<h1>`: layouts show that heading as the title, not `title` a second time. */
  titleInBody: boolean;
  description: string | undefined;
  date: Date | undefined;
  publishDate: Date | undefined;
  expiryDate: Date | undefined;
  lastmod: Date | undefined;
  /** Why a production build would leave it out; shown as marks when it is built anyway. */
  state: PublishState;
  tags: string[];
  categories: string[];
  aliases: string[];
  weight: number;
  layout: string | undefined;
  type: string | undefined;
  params: Record<string, unknown>;
  /** Rendered body. */
  content: string;
  summary: string;
  /** Hugo's .Truncated: the summary is not the whole content. */
  truncated: boolean;
  wordCount: number;
  /** Minutes, as Hugo counts them: ceil(words / 213). */
  readingTime: number;
  headings: Heading[];
  /** Front matter `toc = true`: the layout shows the table of contents. */
  toc: boolean;
  /** Hugo's .TableOfContents: a `<nav id="TableOfContents">`, "" when the page has no headings in range. */
  tableOfContents: string;
  /** For home, section and term pages: the regular pages listed, in Hugo's default order. */
  pages: Page[];
  /** For home and section pages: the sections directly below, in Hugo's default order. */
  sections: Page[];
  /** From the home page down to the parent section, for breadcrumbs. */
  ancestors: PageLink[];
  /** Neighbours in the parent section's list (Hugo's .PrevInSection / .NextInSection). */
  prevInSection: PageLink | undefined;
  nextInSection: PageLink | undefined;
  /** Pages sharing the most tags and categories, then the newest. */
  related: PageLink[];
  /** The page's terms by taxonomy (plural name): `{ tags: [{ name, url, count }] }`. */
  taxonomies: Record<string, TermLink[]>;
  /** For a taxonomy page (`/tags/`): every term, with counts. */
  terms: TermLink[];
  /** Files of the page bundle, published beside the page. */
  resources: Resource[];
  build: BuildOptions;
  /** Site-relative URL of the page's RSS feed (Hugo's `.OutputFormats.Get "rss"`): home, section and term pages, unless feeds are off. */
  feedURL?: string;
}

/** Everything the layouts get, as the global `folio` data. */
export interface Site {
  title: string;
  baseURL: string;
  languageCode: string;
  timeZone: string;
  params: Record<string, unknown>;
  home: Page;
  /** Section pages (kind `section`), in path order. */
  sections: Page[];
  /** Regular pages that may be listed site-wide (not `[build] list = "never"` or `"local"`), in Hugo's default order. */
  regularPages: Page[];
  /** Publishing flags this build ran with. */
  flags: BuildFlags;
  /** Taxonomy list pages (`/tags/`), each with its `terms`. */
  taxonomies: Page[];
  /** Menus by name (`main`), entries in weight order. */
  menus: Record<string, MenuEntry[]>;
  /** Where the header's search box sends its words (`/search/`); none with `disableKinds = ["search"]`. */
  searchURL?: string;
}
