import { describe, expect, it } from "vitest";
import { errorPage } from "./error-page.ts";
import { RELOAD_SCRIPT } from "./reload.ts";

describe("errorPage", () => {
  const source = '+++\ntitle = "<script>alert(1)</script>\n+++\nBody\nmore\nand more\n';
  const page = errorPage(
    [
      { file: "content/posts/x.md", line: 2, column: 9, message: "the TOML front matter is not valid: <b>unfinished</b>", hint: "check the TOML syntax" },
      { message: "the site could not be written: ENOSPC" },
    ],
    { read: (file) => (file === "content/posts/x.md" ? source : undefined), build: 3 },
  );

  it("names each error's file, line and column, with its hint", () => {
    expect(page).toContain("<title>folio: the site has 2 errors</title>");
    expect(page).toContain("<code>content/posts/x.md:2:9</code>");
    expect(page).toContain('<p class="hint">hint: check the TOML syntax</p>');
    expect(page).toContain("<p class=\"message\">the site could not be written: ENOSPC</p>");
  });

  it("shows the lines around the error, the line itself marked, all escaped", () => {
    expect(page).toContain('<pre>1 | +++\n<span class="at">2 | title = &quot;&lt;script&gt;alert(1)&lt;/script&gt;</span>\n3 | +++\n4 | Body</pre>');
    expect(page).toContain("the TOML front matter is not valid: &lt;b&gt;unfinished&lt;/b&gt;");
    expect(page).not.toContain("<script>alert");
  });

  it("reloads by itself once the site is fixed", () => {
    expect(page).toContain(`<script src="${RELOAD_SCRIPT}" data-build="3" defer></script></body>`);
  });
});
