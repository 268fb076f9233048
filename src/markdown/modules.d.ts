// markdown-it-deflist ships no types: https://github.com/markdown-it/markdown-it-deflist
declare module "markdown-it-deflist" {
  import type { PluginSimple } from "markdown-it";

  const deflist: PluginSimple;
  export default deflist;
}
