import { describe, expect, it } from "vitest";
import { archetypeNames, archetypeValues, BUILT_IN_ARCHETYPE, fillArchetype, localDate, planNewContent, type NewContent } from "./archetype.ts";

describe("planNewContent", () => {
  it.each([
    ["posts/my-first-post.md", { path: "posts/my-first-post.md", section: "posts", bundle: false }],
    ["posts/my-trip/", { path: "posts/my-trip/index.md", section: "posts", bundle: true }],
    ["about.md", { path: "about.md", section: "", bundle: false }],
    ["about/", { path: "about/index.md", section: "about", bundle: true }],
    ["posts/2024/notes.markdown", { path: "posts/2024/notes.markdown", section: "posts", bundle: false }],
    ["posts/_index.md", { path: "posts/_index.md", section: "posts", bundle: false }],
    // The content folder's own name in front, as tab completion gives it, and ./ are dropped, as Hugo does.
    ["content/posts/a.md", { path: "posts/a.md", section: "posts", bundle: false }],
    ["./posts/a.md", { path: "posts/a.md", section: "posts", bundle: false }],
    ["posts/Café au lait.md", { path: "posts/Café au lait.md", section: "posts", bundle: false }],
  ])("reads %j", (requested, expected) => {
    expect(planNewContent(requested)).toEqual(expected);
  });

  it("drops the name of a content folder given with --content", () => {
    expect(planNewContent("site/pages/posts/a.md", "site/pages")).toEqual({ path: "posts/a.md", section: "posts", bundle: false });
  });

  it.each([
    ["../outside.md", '"../outside.md" leads out of the content folder'],
    ["posts/../../outside.md", '"posts/../../outside.md" leads out of the content folder'],
    ["/etc/passwd.md", '"/etc/passwd.md" is an absolute path'],
    ["C:/posts/a.md", '"C:/posts/a.md" is an absolute path'],
    ["posts\\a.md", '"posts\\\\a.md" holds a backslash'],
    ["posts//a.md", '"posts//a.md" has an empty folder name'],
    ["posts/./a.md", '"posts/./a.md" has an empty folder name'],
    ["posts/.draft.md", '"posts/.draft.md" names a hidden file or folder (.draft.md), which is not content'],
    ["posts/a\u0007.md", 'the name "a\\u0007.md" is not usable: it contains a backslash or a control character'],
    ["posts/%2e%2e.md", 'the name "%2e%2e.md" is not usable: it holds a %-escape that means ".." once decoded'],
    ["posts/my-post", '"posts/my-post" is neither a Markdown file nor a folder'],
    ["", "the path is empty"],
  ])("refuses %j", (requested, reason) => {
    const plan = planNewContent(requested);
    expect(plan).toHaveProperty("reason", reason);
  });

  it("says how to write a path without an extension", () => {
    expect(planNewContent("posts/my-post")).toHaveProperty("hint", "write posts/my-post.md for a page, or posts/my-post/ for a bundle (a folder with index.md)");
  });
});

describe("archetypeNames", () => {
  it("tries the section's archetype, then the default", () => {
    expect(archetypeNames("posts")).toEqual(["posts.md", "default.md"]);
    expect(archetypeNames("")).toEqual(["default.md"]);
  });
});

describe("localDate", () => {
  const instant = new Date("2024-11-30T03:13:16.789Z");
  it.each([
    ["Asia/Bangkok", "2024-11-30T10:13:16+07:00"],
    ["UTC", "2024-11-30T03:13:16+00:00"],
    ["America/New_York", "2024-11-29T22:13:16-05:00"],
    ["Asia/Kathmandu", "2024-11-30T08:58:16+05:45"],
  ])("writes now in %s with its offset", (zone, expected) => {
    expect(localDate(instant, zone)).toBe(expected);
  });

  it("takes the offset of the date itself, daylight saving time included", () => {
    expect(localDate(new Date("2024-07-01T12:00:00Z"), "America/New_York")).toBe("2024-07-01T08:00:00-04:00");
  });
});

describe("archetypeValues", () => {
  const now = new Date("2024-11-30T03:13:16Z");
  const values = (content: NewContent) => archetypeValues(content, now, "Asia/Bangkok");

  it("makes the title from the file name, a bundle's from its folder", () => {
    expect(values({ path: "posts/my-first-post.md", section: "posts", bundle: false })).toEqual({ title: "My First Post", date: "2024-11-30T10:13:16+07:00", section: "posts", name: "my-first-post" });
    expect(values({ path: "posts/my-trip/index.md", section: "posts", bundle: true })).toMatchObject({ title: "My Trip", name: "my-trip" });
    expect(values({ path: "posts/_index.md", section: "posts", bundle: false })).toMatchObject({ title: "Posts" });
  });
});

describe("fillArchetype", () => {
  const values = { title: "My First Post", date: "2024-11-30T10:13:16+07:00", section: "posts", name: "my-first-post" };

  it("fills the built-in archetype with TOML front matter and draft = true", () => {
    expect(fillArchetype(BUILT_IN_ARCHETYPE, values, "built-in")).toEqual({
      text: '+++\ntitle = "My First Post"\ndate = 2024-11-30T10:13:16+07:00\ndraft = true\n+++\n',
    });
  });

  it("reads Hugo's forms: .Name, .File.ContentBaseName, .Section, .Type, trimmed braces and Hugo's default title", () => {
    const template = `---
title: '{{ replace .File.ContentBaseName "-" " " | title }}'
date: '{{ .Date }}'
slug: "{{ .Name }}"
---
In {{ .Section }} ({{ .Type }}), file {{ .File.ContentBaseName }}
  {{- .Name -}}
.
{{< figure src="cover.jpg" alt="" >}} {{% details %}}kept{{% /details %}}
`;
    expect(fillArchetype(template, values, "archetypes/posts.md")).toEqual({
      text: `---
title: 'My First Post'
date: '2024-11-30T10:13:16+07:00'
slug: "my-first-post"
---
In posts (posts), file my-first-postmy-first-post.
{{< figure src="cover.jpg" alt="" >}} {{% details %}}kept{{% /details %}}
`,
    });
  });

  it("escapes a value for the double-quoted string it stands in", () => {
    const filled = fillArchetype('title = "{{ .Title }}"', { ...values, title: 'Say "hi" \\ bye' }, "a.md");
    expect(filled).toEqual({ text: 'title = "Say \\"hi\\" \\\\ bye"' });
  });

  it("refuses a ' in a single-quoted string, where TOML has no escape, at its place", () => {
    expect(fillArchetype("+++\ntitle = '{{ .Title }}'\n+++\n", { ...values, title: "Don't Panic" }, "archetypes/default.md")).toEqual({
      problem: {
        severity: "error", file: "archetypes/default.md", line: 2, column: 10,
        message: `the title "Don't Panic" holds a ' that a single-quoted string cannot`,
        hint: 'write the placeholder in double quotes: "{{ .Title }}"',
      },
    });
  });

  it("names an unknown placeholder by file, line and column", () => {
    expect(fillArchetype("+++\ntitle = \"{{ .Title }}\"\nauthor = \"{{ .Site.Params.author }}\"\n+++\n", values, "archetypes/posts.md")).toEqual({
      problem: {
        severity: "error", file: "archetypes/posts.md", line: 3, column: 11,
        message: "the archetype placeholder {{ .Site.Params.author }} is not one folio knows",
        hint: "use {{ .Title }}, {{ .Date }}, {{ .Section }} or {{ .Name }}",
      },
    });
  });
});
