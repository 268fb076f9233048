// Eleventy 3 ships no TypeScript types: this declares the programmatic API folio calls.
// https://www.11ty.dev/docs/programmatic/
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    source?: "cli" | "script";
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    /** Runs before the config file and its plugins. */
    config?: (eleventyConfig: object) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    /** Re-reads the configuration; Eleventy's watch loop calls it before each rebuild's write(). */
    restart(): Promise<void>;
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
    disableLogger(): void;
    /** The chokidar watcher, once watch() has run. */
    watcher?: {
      on(event: "unlink", listener: (path: string) => void): void;
      on(event: "all", listener: (event: string, path: string) => void): void;
      emit(event: "change", path: string): boolean;
      /** chokidar's options; `cwd` is the folder the paths it reports are relative to. */
      options?: { cwd?: string };
    };
  }
}

// The chokidar Eleventy watches with (a test makes one as Eleventy does).
declare module "@11ty/chokidar-with-glob-support" {
  const chokidar: {
    watch(paths: string | string[], options?: Record<string, unknown>): import("node:events").EventEmitter & { close(): Promise<void> };
  };
  export default chokidar;
}
