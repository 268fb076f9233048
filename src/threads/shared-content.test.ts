import { describe, expect, it } from "vitest";
import type { Page } from "../types.ts";
import { borrowContent, lendContent, outputPages } from "./shared-content.ts";

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
    expect(content.buffer.byteLength).toBe(Buffer.byteLength(a.content + b.content));
    borrowContent(copy.content);
    const [ca, cb] = copy.site.list.pages as Page[];
    expect(ca!.content).toBe(a.content);
    expect(cb!.content).toBe(b.content);
    expect(Object.keys(ca!)).toEqual(Object.keys(a)); // nothing of the crossing is left on the page
    expect(copy.content.pages[0]).toBe(ca); // the lent pages are the copied site's own
  });
});
