import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BuildError } from "../../problems.ts";
import { createMarkdown } from "../index.ts";
import { builtInShortcodes, createShortcodes } from "./index.ts";
import { render } from "./testPage.ts";

let layouts: string;
beforeEach(() => {
  layouts = mkdtempSync(join(tmpdir(), "folio-shortcodes-"));
  mkdirSync(join(layouts, "_shortcodes"));
});
afterEach(() => rmSync(layouts, { recursive: true, force: true }));

const write = (files: Record<string, string>) => {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(layouts, "_shortcodes", name), text);
};
const markdownWith = async () => createMarkdown({ shortcodes: await createShortcodes({ layoutsDir: layouts }) });

describe("user shortcodes in layouts/_shortcodes/", () => {
  it("renders a Nunjucks template with args, inner, innerHTML, page and site, autoescaped", async () => {
    write({
      "badge.njk": "<span class=\"badge\" title=\"{{ args.title }}\">{{ args.text }} {{ page.params.place }} {{ site.params.tagline }}</span>",
      "box.njk": "<div>{{ args[0] }}|{{ inner }}|{{ innerHTML | safe }}</div>",
    });
    const md = await markdownWith();
    expect(render('{{< badge text="<script>alert(1)</script>" title="a\\"b" >}}', md).html).toBe(
      '<span class="badge" title="a&quot;b">&lt;script&gt;alert(1)&lt;/script&gt; Lisbon Notes &amp; more</span>\n',
    );
    expect(render('{{< box "<i>" >}}*x* & y{{< /box >}}', md).html).toBe("<div>&lt;i&gt;|*x* &amp; y|<p><em>x</em> &amp; y</p>\n</div>\n");
  });

  it("runs a TypeScript or JavaScript module's default export", async () => {
    write({
      "shout.ts": "export default (ctx: { call: { args: string[] } }): string => `<b>${ctx.call.args.join(' ').toUpperCase()}</b>`;\n",
      "wrap.js": "export const paired = true;\nexport default (ctx) => `<section>${ctx.renderMarkdown(ctx.call.inner ?? '')}</section>`;\n",
    });
    const md = await markdownWith();
    expect(render('{{< shout "hey" you >}}', md).html).toBe("<b>HEY YOU</b>\n");
    expect(render("{{< wrap >}}**x**{{< /wrap >}}", md).html).toBe("<section><p><strong>x</strong></p>\n</section>\n");
  });

  it("lets a user shortcode replace a built-in of the same name", async () => {
    write({ "figure.njk": "<img src=\"{{ args.src }}\">" });
    const registry = await createShortcodes({ layoutsDir: layouts });
    expect(registry.get("figure")!.source).toMatch(/_shortcodes\/figure\.njk$/);
    expect(render('{{< figure src="a.png" >}}', createMarkdown({ shortcodes: registry })).html).toBe('<img src="a.png">\n');
  });

  it("needs a closing tag for a template that uses its inner, and refuses one for a template that does not", async () => {
    write({ "box.njk": "<div>{{ innerHTML | safe }}</div>", "dot.njk": "•" });
    const md = await markdownWith();
    expect(render("{{< box >}}", md).problems.map((p) => p.message)).toEqual(['shortcode "box" is not closed']);
    expect(render("{{< box />}}", md).problems).toEqual([]);
    expect(render("{{< dot >}}x{{< /dot >}}", md).problems.map((p) => p.hint)).toEqual(['"dot" takes no inner content: remove this closing tag']);
  });

  it("reports every file that cannot load, with the template's line and column", async () => {
    write({ "bad.njk": "ok\n{% if %}", "empty.ts": "export const x = 1;\n", "twice.njk": "a", "twice.ts": "export default () => 'b';\n" });
    const error: BuildError = await createShortcodes({ layoutsDir: layouts }).then(
      () => expect.unreachable(),
      (e: unknown) => e as BuildError,
    );
    expect(error).toBeInstanceOf(BuildError);
    expect(error.problems.map((p) => [p.file.replace(/^.*_shortcodes\//, ""), p.line, p.column, p.message])).toEqual([
      ["bad.njk", 2, 7, "unexpected token: %}"],
      ["empty.ts", 1, 1, "a shortcode module needs a default export"],
      ["twice.ts", 1, 1, expect.stringMatching(/^shortcode "twice" is defined twice, here and in .*twice\.njk$/)],
    ]);
  });

  it("ignores other files, and a layouts folder without _shortcodes/", async () => {
    write({ "notes.txt": "x", "old.html": "{{ .Inner }}", "a.test.ts": "throw 1" });
    expect([...(await createShortcodes({ layoutsDir: layouts })).keys()]).toEqual([...builtInShortcodes.keys()]);
    expect(await createShortcodes({ layoutsDir: join(layouts, "nowhere") })).toEqual(builtInShortcodes);
    expect(await createShortcodes()).toBe(builtInShortcodes);
  });
});

describe("the site's example shortcode, layouts/_shortcodes/note.njk", () => {
  it("renders an admonition around Markdown, its title escaped", async () => {
    const layoutsDir = new URL("../../../layouts/", import.meta.url).pathname;
    const md = createMarkdown({ shortcodes: await createShortcodes({ layoutsDir }) });
    const { html, problems } = render('{{< note type="tip" title="<Try>" >}}\nSome *text*.\n{{< /note >}}', md);
    expect(problems).toEqual([]);
    expect(html).toBe('<aside class="note note-tip" role="note">\n<p class="note-title">&lt;Try&gt;</p>\n<p>Some <em>text</em>.</p>\n</aside>\n\n');
  });
});
