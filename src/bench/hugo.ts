// Hugo as Debian ships it: a site folder with a config and the minimal layouts 0.111 needs, its defaults
// (taxonomies, RSS, sitemap, Chroma highlighting) left on.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./cache.ts";
import type { Tool } from "./tool.ts";

// https://gohugo.io/templates/lookup-order/: home, section and term pages use list.html, /tags/ terms.html.
const LAYOUTS: Record<string, string> = {
  "baseof.html": `<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head>
  <meta charset="utf-8">
  <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
  <link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
  <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
  <main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  "single.html": `{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  <p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "January 2, 2006" }}</time> · {{ .ReadingTime }} min read</p>
  <ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
  {{ .Content }}
</article>
{{ end }}
`,
  // The home page lists every post, as folio's does; each list is paginated 10 to a page, as folio's are.
  "list.html": `{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
{{ range (.Paginate $pages).Pages }}
<article>
  <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
  <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time>
  {{ .Summary }}
</article>
{{ end }}
{{ template "_internal/pagination.html" . }}
{{ end }}
`,
  "terms.html": `{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
`,
};

const site = (corpus: Corpus) => join(corpus.dir, "hugo");

export const hugo: Tool = {
  name: "hugo",
  prepare(corpus) {
    mkdirSync(join(site(corpus), "layouts", "_default"), { recursive: true });
    const config = `baseURL = "https://example.org/"\ntitle = "Hugo benchmark"\nlanguageCode = "en-us"\ntimeZone = "UTC"\ncontentDir = ${JSON.stringify(corpus.contentDir)}\n`;
    writeFileSync(join(site(corpus), "config.toml"), config);
    for (const [name, text] of Object.entries(LAYOUTS)) writeFileSync(join(site(corpus), "layouts", "_default", name), text);
  },
  build: (corpus, out) => ({ command: "hugo", args: ["--quiet", "-s", site(corpus), "-d", out], cwd: site(corpus) }),
  // Drafts and future pages shown as `folio serve` shows them; rendered to memory, Hugo's default.
  serve: (corpus, port) => ({
    command: "hugo",
    args: ["server", "-s", site(corpus), "--port", String(port), "--bind", "127.0.0.1", "--buildDrafts", "--buildFuture"],
    cwd: site(corpus),
  }),
  highlighted: '<div class="highlight"><pre',
};

/** Hugo's version line, installing Debian's package first when it is missing and we may; else a reason. */
export function findHugo(install: boolean, log: (line: string) => void): { version: string } | { missing: string } {
  const version = () => {
    const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
  const found = version();
  if (found) return { version: found };
  if (!install) return { missing: "hugo is not installed" };
  if (process.getuid?.() !== 0) return { missing: "hugo is not installed, and installing it (apt-get install -y hugo) needs root" };
  log("hugo is not installed; installing Debian's package: apt-get install -y hugo …");
  const apt = spawnSync("apt-get", ["install", "-y", "hugo"], { stdio: ["ignore", "inherit", "inherit"] });
  const installed = apt.status === 0 ? version() : undefined;
  return installed ? { version: installed } : { missing: `apt-get install -y hugo failed (exit code ${apt.status})` };
}
