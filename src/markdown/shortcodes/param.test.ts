import { describe, expect, it } from "vitest";
import { located, render } from "./testPage.ts";

describe("param", () => {
  it.each([
    ['{{< param "place" >}}', "Lisbon"],
    ["{{< param PLACE >}}", "Lisbon"],
    ['{{< param "author.name" >}}', "Ann"],
    ["{{< param author.links.site >}}", "https://ann.example"],
    ["{{< param tagline >}}", "Notes &amp; more"],
    ["{{< param draft >}}", "false"],
    ['{{< param key="place" >}}', "Lisbon"],
  ])("%s → %s", (call, expected) => {
    const { html, problems } = render(`Value: ${call}.`);
    expect(problems).toEqual([]);
    expect(html).toBe(`<p>Value: ${expected}.</p>\n`);
  });

  it("prefers the page's value to the site's", () => {
    expect(render("In {{< param place >}}.").html).toBe("<p>In Lisbon.</p>\n");
    expect(render("In {{< param place >}}.", undefined, { page: undefined }).html).toBe("<p>In Site place.</p>\n");
  });

  it("escapes the value, and stands in for its paragraph when alone in it, as in Hugo", () => {
    const page = { path: "x.md", url: "/x/", params: { v: "<script>" }, resources: [] };
    expect(render("{{< param v >}}", undefined, { page }).html).toBe("&lt;script&gt;\n");
  });

  it("is Markdown with {{% %}}", () => {
    const page = { path: "x.md", url: "/x/", params: { v: "*em*" }, resources: [] };
    expect(render("{{% param v %}}", undefined, { page }).html).toBe("<p><em>em</em></p>\n");
  });

  it("reports a missing key with the file line", () => {
    const result = render("Intro\n\nUses {{< param nosuch >}}.");
    expect(located(result)).toEqual(['content/posts/trip/index.md:7:6: param "nosuch" not found']);
    expect(result.problems[0]!.hint).toBe("set nosuch in the page's front matter or under [params] in folio.toml");
    expect(result.html).toBe("<p>Intro</p>\n<p>Uses .</p>\n");
  });

  it("refuses a table, naming a key in it", () => {
    expect(render("{{< param author >}}").problems[0]).toMatchObject({ message: 'param "author" is a table, not a value', hint: 'name one of its keys: {{< param "author.name" >}}' });
  });
});
