import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { afterAll, describe, expect, it } from "vitest";
import { layoutFilters } from "./environment.ts";
import { missingOnThreads } from "./thread-layouts.ts";

const root = mkdtempSync(join(tmpdir(), "folio-thread-layouts-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const folio = Object.keys(layoutFilters(() => undefined, { url: (path) => path }));

/** An environment as Eleventy's would be after a .eleventy.js: a filter, a global and a shortcode (a custom tag) of its own. */
function eleventyLike() {
  const environment = new nunjucks.Environment();
  environment.addFilter("shout", (text) => String(text).toUpperCase());
  (environment as unknown as { addGlobal(name: string, value: unknown): void }).addGlobal("edition", "winter");
  (environment as unknown as { addExtension(name: string, extension: object): void }).addExtension("stamp", {
    tags: ["stamp"],
    parse(parser: { nextToken(): { value: string }; parseSignature(a: null, b: boolean): unknown; advanceAfterBlockEnd(name: string): void }, nodes: { CallExtension: new (...args: unknown[]) => unknown }) {
      const token = parser.nextToken();
      const args = parser.parseSignature(null, true);
      parser.advanceAfterBlockEnd(token.value);
      return new nodes.CallExtension(this, "run", args);
    },
    run: () => "",
  });
  return environment;
}

function layouts(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("what the writing threads lack", () => {
  it("is nothing for folio's own layouts", () => {
    expect(missingOnThreads(eleventyLike(), join(import.meta.dirname, "../../layouts"), folio)).toEqual([]);
  });

  it("names the filters, custom tags and globals of Eleventy's environment that layouts and partials use", () => {
    const dir = layouts("uses", {
      "single.njk": '{% extends "baseof.njk" %}{% block main %}{{ p.title | shout | upper }} {% stamp "x" %}{% endblock %}',
      "_partials/footer.njk": "{{ edition }} {{ p.date | isoDate }} {{ p.title | slugify }}",
      // Not layouts: folio's shortcodes have an environment of their own.
      "_shortcodes/note.njk": "{{ args | unknownHere }}",
      "broken.njk": "{% if %}",
      "notes.txt": "{{ x | notAFilter }}",
    });
    expect(missingOnThreads(eleventyLike(), dir, folio)).toEqual(["edition", "shout", "slugify", "stamp"]);
  });
});
