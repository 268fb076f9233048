// The part of Nunjucks folio uses; @types/nunjucks is not installed. https://mozilla.github.io/nunjucks/api.html
declare module "nunjucks" {
  export interface EnvironmentOptions {
    autoescape?: boolean;
    throwOnUndefined?: boolean;
    /** Eleventy's default: fuller error messages. */
    dev?: boolean;
  }

  export class FileSystemLoader {
    constructor(searchPaths?: string | string[], options?: { noWatch?: boolean });
  }

  export class Environment {
    constructor(loader?: FileSystemLoader | null, options?: EnvironmentOptions);
    addFilter(name: string, filter: (...args: unknown[]) => unknown, isAsync?: boolean): this;
    /** Loads (and with `eagerCompile`, compiles) a template by name, kept by its loader for every later include. */
    getTemplate(name: string, eagerCompile?: boolean): Template;
  }

  export class Template {
    /** With `eagerCompile`, syntax errors are thrown here rather than at the first render. */
    constructor(source: string, env?: Environment, path?: string, eagerCompile?: boolean);
    render(context?: object): string;
    render(context: object, callback: (error: Error | null, text: string | null) => void): void;
  }

  const nunjucks: {
    Environment: typeof Environment;
    FileSystemLoader: typeof FileSystemLoader;
    Template: typeof Template;
  };
  export default nunjucks;
}
