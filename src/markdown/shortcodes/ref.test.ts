import { describe, expect, it } from "vitest";
import { formatProblem } from "../../problems.ts";
import { render } from "./testPage.ts";

describe("ref and relref", () => {
  it.each([
    ['[a]({{< ref "other.md" >}})', '<a href="https://example.org/blog/posts/other/">a</a>'],
    ['[a]({{< relref "other.md" >}})', '<a href="/blog/posts/other/">a</a>'],
    ['[a]({{< ref "/posts/other.md#setup" >}})', '<a href="https://example.org/blog/posts/other/#setup">a</a>'],
    ['[a]({{< relref "other.md#setup" >}})', '<a href="/blog/posts/other/#setup">a</a>'],
    ['[a]({{< relref "../about/index.md" >}})', '<a href="/blog/about/">a</a>'],
    ['[a]({{< relref "#intro" >}})', '<a href="/blog/posts/trip/#intro">a</a>'],
    ['[a]({{< relref path="other.md" >}})', '<a href="/blog/posts/other/">a</a>'],
    ['[a]({{% relref "other.md" %}})', '<a href="/blog/posts/other/">a</a>'],
  ])("%s", (markdown, link) => {
    const { html, problems } = render(markdown);
    expect(problems).toEqual([]);
    expect(html).toBe(`<p>${link}</p>\n`);
  });

  it("resolves from the page's own path", () => {
    const calls: string[][] = [];
    render('{{< ref "x.md" >}}', undefined, { resolveRef: (target, from) => (calls.push([target, from]), "/x/") });
    expect(calls).toEqual([["x.md", "posts/trip/index.md"]]);
  });

  it("reports a target that matches no page, at the shortcode's file line and column", () => {
    const result = render('Intro.\n\nSee [x]({{< ref "missing.md" >}}).');
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/posts/trip/index.md:7:9: ref "missing.md" does not match any page
        hint: paths are relative to the page or to content/: "other.md", "/posts/x.md", "x.md#heading", "../y/index.md"",
      ]
    `);
    expect(result.html).not.toContain("{{");
  });

  it("names relref in its message", () => {
    expect(render('{{< relref "missing.md#x" >}}').problems[0]!.message).toBe('relref "missing.md#x" does not match any page');
  });

  it("fails without a resolver rather than guessing", () => {
    expect(render('{{< relref "other.md" >}}', undefined, { resolveRef: undefined }).problems[0]!.severity).toBe("error");
  });
});
