// The shortcodes Hugo ships that folio has, in the order messages list them. A user shortcode of
// the same name in layouts/_shortcodes/ takes the place of one of these.
import details from "./details.ts";
import figure from "./figure.ts";
import highlight from "./highlight.ts";
import param from "./param.ts";
import { ref, relref } from "./ref.ts";
import type { Shortcode, ShortcodeDefinition, ShortcodeRegistry } from "./types.ts";
import vimeo from "./vimeo.ts";
import youtube from "./youtube.ts";

const table: [name: string, render: Shortcode, paired: boolean][] = [
  ["figure", figure, false],
  ["highlight", highlight, true],
  ["ref", ref, false],
  ["relref", relref, false],
  ["details", details, true],
  ["youtube", youtube, false],
  ["vimeo", vimeo, false],
  ["param", param, false],
];

export const BUILT_IN_NAMES: readonly string[] = table.map(([name]) => name);

export const builtInShortcodes: ShortcodeRegistry = new Map<string, ShortcodeDefinition>(
  table.map(([name, render, paired]) => [name, { render, paired, source: "built-in" }]),
);
