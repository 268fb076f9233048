// The site the browser tests read: the repository's own content/ and folio.toml (the seed post is a draft,
// so --drafts), plus one page with every kind of block, tags and a table of contents.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { buildDir, writeSite, type Built } from "../helpers/site.ts";

const EVERY_BLOCK = `-- content/posts/every-kind-of-block.md --
+++
title = "Every kind of block"
date = 2024-12-01T09:00:00Z
tags = ["docker", "reading"]
categories = ["notes"]
toc = true
description = "Lists, quotes, footnotes, tasks, definitions and code, to see how folio shows them."
+++

A paragraph with \`inline code\`, a [link to the seed post](/posts/docker-vs-kube/), **bold**, *emphasis* and a
footnote.[^1] A long address breaks instead of widening the page:
https://example.com/a/very/long/path/that/goes/on/and/on/without/any/space/in/it/at/all/index.html

| A wide table | in the summary | scrolls in its box | on the home page too |
|---|---|---|---|
| one | two | three | four |

## Lists

1. First
2. Second, with a nested list:
   - nested
     - deeper
3. Third

- [ ] a task to do
- [x] a task done

## Quotes and definitions

> A blockquote, with *emphasis*, over
> two lines.

Term
: Its definition.

## Code

\`\`\`go {linenos=table,hl_lines=[3]}
package main

import "fmt"

func main() {
	fmt.Println("hello") // a comment
}
\`\`\`

\`\`\`ts
const answer: number = 42; /* a line far too long for a phone's screen, so it scrolls inside its own box */
\`\`\`

### Configuration

\`\`\`yaml
key: "value"
list: [1, 2.5, true, null]
\`\`\`

\`\`\`sh
docker run --rm -it alpine echo "hi" | grep -E 'h.' > /dev/null
\`\`\`

[^1]: The footnote's text, with a [link](https://example.com/).
`;

export const EVERY_BLOCK_URL = "/posts/every-kind-of-block/";
export const SEED_URL = "/posts/docker-vs-kube/";

/** Builds the site into a temp dir; `built.dir/out` is the output. */
export async function buildReadingSite(): Promise<Built> {
  const dir = writeSite(EVERY_BLOCK);
  cpSync("content", join(dir, "content"), { recursive: true });
  cpSync("folio.toml", join(dir, "folio.toml"));
  return buildDir(dir, ["--drafts"]);
}
