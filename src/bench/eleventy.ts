// Stock Eleventy 3 configured like folio for the posts: TOML front matter, drafts left out, Prism. It writes
// the posts only: stock Eleventy makes no lists, taxonomies or feeds without templates for them.
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Corpus } from "./cache.ts";
import { REPO, type Tool } from "./tool.ts";

const config = (input: string, includes: string) => `// Written by src/bench: stock Eleventy 3 for the benchmark corpus.
import syntaxHighlight from "@11ty/eleventy-plugin-syntaxhighlight";
import { parse as parseToml } from "smol-toml";

export default function (eleventyConfig) {
  // TOML between +++ lines: https://www.11ty.dev/docs/data-frontmatter-customize/
  eleventyConfig.setFrontMatterParsingOptions({ language: "toml", delimiters: "+++", engines: { toml: (s) => parseToml(s) } });
  // Drafts are left out in one place, as eleventy-base-blog does: https://www.11ty.dev/docs/config-preprocessors/
  eleventyConfig.addPreprocessor("drafts", "md", (data) => (data.draft ? false : undefined));
  // Prism at build time, as folio highlights: https://www.11ty.dev/docs/plugins/syntaxhighlight/
  eleventyConfig.addPlugin(syntaxHighlight);
  eleventyConfig.addGlobalData("layout", "post.njk");
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString());
  eleventyConfig.addFilter("readableDate", (date) => date.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" }));
}

export const config = {
  dir: { input: ${JSON.stringify(input)}, includes: ${JSON.stringify(includes)} },
  templateFormats: ["md"],
  markdownTemplateEngine: false,
};
`;

// Like folio's single page: title, date, reading time, tags, the content.
const LAYOUT = `<!doctype html>
<html lang="en-us">
<head>
  <meta charset="utf-8">
  <title>{{ title }} · Eleventy benchmark</title>
  <link rel="canonical" href="https://example.org{{ page.url }}">
</head>
<body>
  <header><a href="/">Eleventy benchmark</a></header>
  <main>
    <article>
      <h1>{{ title }}</h1>
      <p><time datetime="{{ page.date | isoDate }}">{{ page.date | readableDate }}</time> · {{ ((content | striptags | wordcount) / 200) | round(0, "ceil") }} min read</p>
      <ul>{% for tag in tags %}<li><a href="/tags/{{ tag | slugify }}/">{{ tag }}</a></li>{% endfor %}</ul>
      {{ content | safe }}
    </article>
  </main>
</body>
</html>
`;

const project = (corpus: Corpus) => join(corpus.dir, "eleventy");

export const eleventy: Tool = {
  name: "eleventy",
  prepare(corpus) {
    const dir = project(corpus);
    mkdirSync(join(dir, "_includes"), { recursive: true });
    // The repository's node_modules, so the project runs the same Eleventy and plugin versions.
    if (!existsSync(join(dir, "node_modules"))) symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"));
    const input = relative(dir, corpus.contentDir);
    writeFileSync(join(dir, "eleventy.config.mjs"), config(input, relative(corpus.contentDir, join(dir, "_includes"))));
    writeFileSync(join(dir, "_includes", "post.njk"), LAYOUT);
  },
  build: (corpus, out) => ({ command: process.execPath, args: ["node_modules/@11ty/eleventy/cmd.cjs", "--quiet", "--output", out], cwd: project(corpus) }),
  highlighted: '<span class="token',
};
