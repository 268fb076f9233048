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
    /** By name: Nunjucks' own and those added. */
    filters: Record<string, unknown>;
    globals: Record<string, unknown>;
    /** Custom tags (Eleventy's shortcodes among them), which the parser must know to read a template. */
    extensionsList: unknown[];
  }

  /** A node of a parsed template (Nunjucks' nodes.js): enough to find the filters, tags and names it uses. */
  export interface TemplateNode {
    typename: string;
    /** A Symbol's name, a Literal's value. */
    value?: unknown;
    /** A Filter's name (a Symbol). */
    name?: TemplateNode;
    /** A CallExtension's extension. */
    extName?: string;
    findAll(type: unknown, results?: TemplateNode[]): TemplateNode[];
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
    parser: { parse(source: string, extensions?: unknown[], options?: object): TemplateNode };
    nodes: Record<"Filter" | "FilterAsync" | "CallExtension" | "CallExtensionAsync" | "Symbol", unknown>;
  };
  export default nunjucks;
}
