// Hugo's linkify (Goldmark's extension): URLs with a scheme, `www.` hosts (linked as https)
// and e-mail addresses. Bare domains stay text, so `setup.py` and `README.md` are not links.
// https://github.com/yuin/goldmark#linkify-extension
import type { MarkdownIt } from "markdown-it";

// What every link found here holds: a scheme's colon, `www.` or an e-mail address's @.
const MAY_LINK = /[:@]|www\./i;

export function linkifyPlugin(md: MarkdownIt): void {
  // Built on first use from linkify-it's own host and path patterns, as its built-in schemas are.
  let wwwTail: RegExp | undefined;

  md.linkify
    .set({ fuzzyLink: false })
    .add("//", null)
    .add("www.", {
      validate(text, pos, self) {
        const src = self.re as unknown as Record<string, string>;
        wwwTail ??= new RegExp(
          `^${src.src_auth}(?:(?:${src.src_domain})\\.)+${src.src_domain_root}${src.src_port}${src.src_host_terminator}${src.src_path}`,
          "i",
        );
        return wwwTail.exec(text.slice(pos))?.[0].length ?? 0;
      },
      normalize(match) {
        match.url = `https://${match.url}`;
      },
    });
  // linkify-it's pretest tries a long alternation at every character of every paragraph (3 % of rendering a
  // post); a plain search rules out first the paragraphs that cannot hold a link.
  const pretest = md.linkify.pretest.bind(md.linkify);
  md.linkify.pretest = (text: string) => MAY_LINK.test(text) && pretest(text);
}
