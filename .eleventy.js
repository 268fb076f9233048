// Wires folio's plugin to this site's settings; everything else lives in src/.
// The folio command hands the import below its compiled plugin (src/compiled.mjs); under tsx it is the TypeScript.
import folio from "./src/index.ts";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(folio, { contentDir: "content", settingsFile: "folio.toml" });
}

export const config = {
  // No output here: it would override the folder the CLI builds into (a staging folder, swapped in on success).
  dir: { input: ".", includes: "layouts" },
  // Only folio's own virtual templates are rendered: Markdown never reaches a template engine.
  templateFormats: ["njk"],
};
