// folio's public surface: the Eleventy plugin, and the pipeline for tools that want the site as data.
export { default, setRunOptions, type RunOptions, type SiteData } from "./eleventy/plugin.ts";
export { loadSite, defaultOptions, type FolioOptions, type LoadResult } from "./load.ts";
export { BuildError, formatProblem } from "./problems.ts";
export type { Page, Site, Problem, PageMeta, BuildFlags, PublishState } from "./types.ts";
