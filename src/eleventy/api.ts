// The part of Eleventy's configuration API that folio calls, typed at the edge (Eleventy ships no types).
// https://www.11ty.dev/docs/config/

export interface EleventyEventArgs {
  runMode: "build" | "watch" | "serve";
  /** Output folder of this build, with a trailing slash. */
  directories: { output: string };
}

export interface EleventyConfig {
  on(event: "eleventy.before" | "eleventy.after", callback: (args: EleventyEventArgs) => unknown): void;
  /** Emitted when Eleventy creates its Nunjucks environment. */
  on(event: "eleventy.engine.njk", callback: (args: unknown) => unknown): void;
  /** Before a watch rebuild, with the paths queued for it. */
  on(event: "eleventy.beforeWatch", callback: (queue: string[]) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addTemplate(virtualPath: string, content: string, data: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  ignores: Set<string>;
  /** Paths Eleventy's watcher leaves alone. */
  watchIgnores: Set<string>;
}
