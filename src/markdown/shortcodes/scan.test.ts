import { describe, expect, it } from "vitest";
import { MAX_DEPTH, scanShortcodes, type CallNode, type Node } from "./scan.ts";

const known: Record<string, boolean> = { box: true, img: false };
const scan = (src: string) => scanShortcodes(src, (name) => known[name], (name) => `hint for ${name}`);
const calls = (nodes: Node[]) => nodes.filter((node): node is CallNode => node.kind === "call");
const args = (src: string) => calls(scan(src).nodes)[0]!.args;

describe("shortcode arguments, as Hugo's lexer reads them", () => {
  it.each([
    ['{{< img "quoted" `raw "string"` bare 12 >}}', ["quoted", 'raw "string"', "bare", "12"]],
    ['{{< img "with \\"escaped\\" quotes" >}}', ['with "escaped" quotes']],
    ['{{<img a>}}', ["a"]],
    ['{{< img "a >}} b" >}}', ["a >}} b"]],
    ["{{< img >}}", []],
  ])("%s is positional", (src, expected) => {
    expect(args(src)).toEqual(expected);
  });

  it.each([
    ['{{< img src="a.jpg" alt=bare title=`raw` >}}', { src: "a.jpg", alt: "bare", title: "raw" }],
    ['{{< img k = "spaced" >}}', { k: "spaced" }],
    ['{{< img\n  src="a.jpg"\n  alt="on many lines"\n>}}', { src: "a.jpg", alt: "on many lines" }],
    ['{{< img empty="" >}}', { empty: "" }],
  ])("%s is named", (src, expected) => {
    expect(args(src)).toEqual(expected);
  });

  it("reports mixed positional and named arguments, keeping the call", () => {
    const { nodes, problems } = scan('{{< img a k="v" >}}');
    expect(problems).toEqual([{ line: 0, column: 1, message: 'shortcode "img" mixes positional and named arguments', hint: expect.any(String) }]);
    expect(calls(nodes)[0]!.failed).toBe(true);
  });

  it.each([
    ['{{< img "unterminated >}}\nmore', 'unterminated quoted argument in shortcode "img"'],
    ["{{< img `raw >}}", 'unterminated raw string argument in shortcode "img"'],
    ["{{< img 'single' >}}", `unexpected ' in shortcode "img"`],
    ["{{< img", 'shortcode "img" is not terminated'],
    ['{{< "x" >}}', "a shortcode needs a name"],
    ["{{< /box extra >}}", 'closing shortcode "box" takes no arguments'],
    ["{{</* never ends", "escaped shortcode is not terminated"],
  ])("%j is malformed", (src, message) => {
    const { nodes, problems } = scan(src);
    expect(problems.map((p) => p.message)).toEqual([message]);
    expect(nodes.some((node) => node.kind === "text" && node.text.includes("{{"))).toBe(false);
  });
});

describe("shortcode tree", () => {
  it("gives a paired call the nodes up to its closing tag, nested calls included", () => {
    const { nodes, problems } = scan("a {{< box >}}b {{< box >}}c{{< /box >}} {{< img >}}{{< /box >}} d");
    expect(problems).toEqual([]);
    const names = nodes.map((node) => (node.kind === "text" ? node.text : node.name));
    expect(names).toEqual(["a ", "box", "b ", "box", "c", " ", "img", " d"]);
    expect(nodes.map((node) => (node.kind === "call" ? node.innerEnd : null))).toEqual([null, 7, null, 5, null, null, undefined, null]);
  });

  it("takes a self-closed call as having no inner", () => {
    expect(calls(scan("{{< box />}} after").nodes)[0]!.innerEnd).toBeUndefined();
  });

  it("leaves the nodes after an unclosed call to its parent", () => {
    const { nodes } = scan("{{< box >}}{{< box >}}a{{< /box >}}");
    expect(calls(nodes).map((call) => [call.innerEnd, call.failed])).toEqual([[undefined, true], [3, false]]);
  });

  it("refuses nesting deeper than MAX_DEPTH", () => {
    const { problems } = scan("{{< box >}}".repeat(MAX_DEPTH + 1) + "{{< /box >}}".repeat(MAX_DEPTH + 1));
    expect(problems.map((p) => p.message)).toEqual([`shortcodes are nested more than ${MAX_DEPTH} deep`, 'closing shortcode "box" has no opening tag']);
  });

  it("turns the escaped form into its own text, on its line", () => {
    expect(scan("x\n{{</* img src=\"a\" */>}} and {{%/* box */%}}").nodes).toEqual([
      { kind: "text", text: "x\n", line: 0 },
      { kind: "text", text: '{{< img src="a" >}}', line: 1 },
      { kind: "text", text: " and ", line: 1 },
      { kind: "text", text: "{{% box %}}", line: 1 },
    ]);
  });

  it("records each call's 0-based line, 1-based column and order", () => {
    const [first, second] = calls(scan("one\n  two {{< img >}}\n\n{{% img %}}").nodes);
    expect([first!.line, first!.column, first!.ordinal, first!.markdown]).toEqual([1, 7, 0, false]);
    expect([second!.line, second!.column, second!.ordinal, second!.markdown]).toEqual([3, 1, 1, true]);
  });

  it.each([
    ["{{< box >}} never closed", 'shortcode "box" is not closed', { line: 0, column: 1 }],
    ["text\n{{< /box >}}", 'closing shortcode "box" has no opening tag', { line: 1, column: 1 }],
    ["{{< img >}}x{{< /img >}}", 'closing shortcode "img" has no opening tag', { line: 0, column: 13 }],
    ["x {{< nosuch >}}", 'unknown shortcode "nosuch"', { line: 0, column: 3 }],
  ])("%j: %s", (src, message, at) => {
    expect(scan(src).problems).toEqual([{ ...at, message, hint: expect.any(String) }]);
  });

  it("pairs an unknown shortcode with its closing tag instead of reporting that tag too", () => {
    expect(scan("{{< nosuch >}}x{{< /nosuch >}}").problems.map((p) => p.message)).toEqual(['unknown shortcode "nosuch"']);
  });

  // Sizes at which a scan that went back over the text (quadratic) would take minutes, not milliseconds;
  // no timing is asserted (the suite's timeout is the backstop), only that every call and problem is found.
  it("reads a large body", () => {
    const body = "Some text {{< img a >}} and {{< box >}}inner {{% img b %}}{{< /box >}}.\n".repeat(20_000);
    const { nodes, problems } = scan(body);
    expect(problems).toEqual([]);
    expect(calls(nodes)).toHaveLength(60_000);
  });

  it("reads many open calls and closing tags that match none", () => {
    const { problems } = scan("{{< box >}}".repeat(20_000) + "{{< /img >}}".repeat(20_000));
    expect(problems).toHaveLength(40_000);
  });
});
