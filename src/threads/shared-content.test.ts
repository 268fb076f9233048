import { describe, expect, it } from "vitest";
import type { Page } from "../types.ts";
import { BodyBuffers, BodyWriter, borrowContent, lendContent, outputPages } from "./shared-content.ts";

const page = (path: string, content: string, pages: Page[] = []) => ({ path, content, pages }) as unknown as Page;

describe("lendContent / borrowContent", () => {
  it("sends each body once, in a shared buffer, and gives it back on the other side as it was", () => {
    const a = page("a.md", "<p>Ünïcode — a</p>");
    const b = page("b.md", "<p>b</p>");
    const list = page("_index.md", "", [a, b]);
    const { restore, ...content } = lendContent(outputPages([{ page: list }, { page: a }, { page: list }]));
    const copy = structuredClone({ site: { list }, content });
    restore();
    expect([a.content, b.content]).toEqual(["<p>Ünïcode — a</p>", "<p>b</p>"]); // the sender's pages are whole again
    expect(copy.site.list.pages[0]!.content).toBe(""); // the bodies did not cross with the pages
    expect(content.buffers.map((buffer) => buffer.byteLength)).toEqual([Buffer.byteLength(a.content + b.content)]);
    borrowContent(copy.content);
    const [ca, cb] = copy.site.list.pages as Page[];
    expect(ca!.content).toBe(a.content);
    expect(cb!.content).toBe(b.content);
    expect(Object.keys(ca!)).toEqual(Object.keys(a)); // nothing of the crossing is left on the page
    expect(copy.content.pages[0]).toBe(ca); // the lent pages are the copied site's own
  });

  it("lends a body a render thread wrote into its buffer as it is, without copying it, and one set since as a string", () => {
    const writer = new BodyWriter("t1");
    const [a, b, c] = [page("a.md", ""), page("b.md", ""), page("c.md", "")];
    // As from a render thread: each body crosses with its buffer, which arrives as a new object in every message.
    const sent = [writer.put("<p>Ünïcode — a</p>"), writer.put("<p>b</p>")].map((body) => structuredClone(body));
    expect(sent[0]![0]).toBe(sent[1]![0]); // one buffer, named alike
    expect(sent[0]![1]).not.toBe(sent[1]![1]);
    const received = new BodyBuffers();
    received.receive(a, "content", sent[0]!);
    received.receive(b, "content", sent[1]!);
    expect([a.content, b.content]).toEqual(["<p>Ünïcode — a</p>", "<p>b</p>"]);
    c.content = "<p>c</p>";
    const { restore, ...content } = lendContent([a, b, c]);
    expect(content.buffers).toHaveLength(2); // the render thread's, once, and one for c's body alone
    expect(content.buffers[0]).toBe(sent[0]![1]);
    expect(content.buffers[1]!.byteLength).toBe(Buffer.byteLength("<p>c</p>"));
    const copy = structuredClone({ pages: [a, b, c], content });
    restore();
    borrowContent(copy.content);
    expect(copy.pages.map((p) => p.content)).toEqual(["<p>Ünïcode — a</p>", "<p>b</p>", "<p>c</p>"]);
    expect([a.content, b.content, c.content]).toEqual(copy.pages.map((p) => p.content));
    a.content = "<p>edited</p>"; // a plain string again, lent by copying it
    expect(lendContent([a]).buffers[0]!.byteLength).toBe(Buffer.byteLength("<p>edited</p>"));
  });

  it("lends a page's summary and table of contents as its body, from a render thread's buffer or copied", () => {
    const writer = new BodyWriter("t3");
    const a = { ...page("a.md", ""), summary: "", tableOfContents: "" } as Page;
    const received = new BodyBuffers();
    const body = structuredClone(writer.put("<p>body ü</p>"));
    received.receive(a, "content", body);
    received.receive(a, "summary", structuredClone(writer.put("<p>summary ü</p>")));
    const b = { ...page("b.md", "<p>b</p>"), summary: "<p>b…</p>", tableOfContents: '<nav id="TableOfContents"></nav>' } as Page;
    const { restore, ...content } = lendContent([a, b]);
    const copy = structuredClone({ pages: [a, b], content });
    restore();
    expect(copy.pages.map((p) => [p.content, p.summary, p.tableOfContents])).toEqual([["", "", ""], ["", "", ""]]);
    expect(content.buffers).toHaveLength(2); // the render thread's, and one for b's three texts
    expect(content.buffers[1]!.byteLength).toBe(Buffer.byteLength(b.content + b.summary + b.tableOfContents));
    borrowContent(copy.content);
    expect(copy.pages.map((p) => [p.content, p.summary, p.tableOfContents])).toEqual([["<p>body ü</p>", "<p>summary ü</p>", ""], ["<p>b</p>", "<p>b…</p>", '<nav id="TableOfContents"></nav>']]);
    expect([a.content, a.summary, a.tableOfContents]).toEqual(["<p>body ü</p>", "<p>summary ü</p>", ""]);
    // A summary is decoded once and kept; a body is decoded at each read (the bytes never change in a build: changed here to tell).
    Buffer.from(body[1]).write("X", body[2] + 3);
    expect([a.content, a.summary]).toEqual(["<p>Xody ü</p>", "<p>summary ü</p>"]);
    Buffer.from(body[1]).write("b", body[2] + 3);
    a.summary = "<p>edited</p>"; // a plain string again: lent by copying it, the body still from its buffer
    const again = lendContent([a]);
    expect(again.buffers).toHaveLength(2);
    expect(again.buffers[0]).toBe(body[1]);
    expect(again.buffers[1]!.byteLength).toBe(Buffer.byteLength("<p>edited</p>"));
    again.restore();
    expect(Object.keys(a)).toEqual(Object.keys(b));
  });

  it("starts a new buffer for a body that does not fit, and one of its own for a body larger than a buffer", () => {
    const writer = new BodyWriter("t2");
    const big = "x".repeat(3 << 20);
    const [first, second, third] = [writer.put("small"), writer.put(big), writer.put("after")];
    expect([first[0], first[2], first[3]]).toEqual(["t2:1", 0, 5]);
    expect([second[0], second[2], second[3], second[1].byteLength]).toEqual(["t2:2", 0, big.length, big.length]);
    expect([third[0], third[2]]).toEqual(["t2:3", 0]);
  });
});
