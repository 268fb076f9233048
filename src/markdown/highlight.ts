// Syntax highlighting with Prism, at build time: pages ship `token` spans and no JavaScript.
// Each grammar is loaded the first time a page asks for it, then kept for the process.
// Languages and their aliases: https://prismjs.com/#supported-languages
import { createRequire } from "node:module";
import Prism from "prismjs";
import loadLanguages from "prismjs/components/index.js";
import { escapeHtml } from "markdown-it/lib/common/utils.mjs";

interface PrismComponents {
  languages: Record<string, { alias?: string | string[] }>;
}

// Prism's own catalogue of language ids and aliases, the same file loadLanguages reads.
const { languages } = createRequire(import.meta.url)("prismjs/components.json") as PrismComponents;

/** Every name Prism answers to (id or alias), mapped to the id its grammar loads under. */
const prismIds = new Map<string, string>();
for (const [id, language] of Object.entries(languages)) {
  if (id === "meta") continue;
  prismIds.set(id, id);
  for (const alias of [language.alias ?? []].flat()) prismIds.set(alias, id);
}

// Names people write that Prism lacks. `null`: plain text on purpose, so no warning.
const ourAliases = new Map<string, string | null>([
  ["console", "shell-session"],
  ["terminal", "shell-session"],
  ["golang", "go"],
  ["zsh", "bash"],
  ["ps1", "powershell"],
  ["pwsh", "powershell"],
  ["c++", "cpp"],
  ["c#", "csharp"],
  ["jsonc", "json"],
  ["make", "makefile"],
  ["terraform", "hcl"],
  ["tf", "hcl"],
  ["text", null],
  ["plain", null],
  ["plaintext", null],
  ["txt", null],
  ["none", null],
]);

// loadLanguages would print to the console for a name it does not know; we warn properly instead.
loadLanguages.silent = true;

// Prism.highlight escapes every string in the token tree with three replaces; most strings hold nothing to
// escape, and one test finds that first. The same result otherwise: new tokens, as Prism's own encode makes.
const ESCAPED = /[&<\u00a0]/;
function encode(tokens: Prism.TokenStream): Prism.TokenStream {
  if (tokens instanceof Prism.Token) return new Prism.Token(tokens.type, encode(tokens.content), tokens.alias);
  if (Array.isArray(tokens)) return tokens.map(encode) as Prism.TokenStream;
  return ESCAPED.test(tokens) ? tokens.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\u00a0/g, " ") : tokens;
}
Prism.util.encode = encode;

const grammars = new Map<string, Prism.Grammar | undefined>();

function grammarFor(id: string): Prism.Grammar | undefined {
  if (!grammars.has(id)) {
    if (!(id in Prism.languages)) loadLanguages([id]);
    grammars.set(id, Prism.languages[id]);
  }
  return grammars.get(id);
}

/**
 * `code` as highlighted, escaped HTML for the inside of `<code>`; `lang` is a fence's language,
 * lower-cased. Plain-text names give the code escaped; undefined means Prism has no such language.
 */
export function highlight(code: string, lang: string): string | undefined {
  const id = ourAliases.has(lang) ? ourAliases.get(lang) : prismIds.get(lang);
  if (id === null) return escapeHtml(code);
  const grammar = id === undefined ? undefined : grammarFor(id);
  return grammar && Prism.highlight(code, grammar, id!);
}
