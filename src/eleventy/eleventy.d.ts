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
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
    disableLogger(): void;
    /** The chokidar watcher, once watch() has run. */
    watcher?: { on(event: "unlink", listener: (path: string) => void): void; emit(event: "change", path: string): boolean };
  }
}
