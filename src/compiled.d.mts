// Types of src/compiled.mjs, which is JavaScript so that it runs before anything can load TypeScript.
export function codeVersion(): string;
export function compiledDir(dir?: string): string | undefined;
export function compiledEntry(entry: "main" | "index" | "thread", dir?: string): URL | undefined;
export function runCompiled(): Promise<boolean>;
export function hookConfigImports(): void;
export const TYPESCRIPT_THREAD: URL;
export function threadScript(dir?: string): URL;
