import { describe, expect, it } from "vitest";
import { emptyPageMeta } from "./fields.ts";
import { publishState, shouldBuild } from "./publish.ts";
import type { BuildFlags, PageMeta } from "../types.ts";

const NOW = new Date("2024-06-01T12:00:00Z");
const meta = (fields: Partial<PageMeta>): PageMeta => ({ ...emptyPageMeta(), ...fields });

describe("publishState", () => {
  it.each([
    ["an ordinary page", {}, { draft: false, future: false, expired: false }],
    ["a draft", { draft: true }, { draft: true, future: false, expired: false }],
    ["a page published a second from now", { publishDate: new Date("2024-06-01T12:00:01Z") }, { draft: false, future: true, expired: false }],
    ["a page published exactly now", { publishDate: NOW }, { draft: false, future: false, expired: false }],
    ["a page that expires a second from now", { expiryDate: new Date("2024-06-01T12:00:01Z") }, { draft: false, future: false, expired: false }],
    ["a page that expires exactly now", { expiryDate: NOW }, { draft: false, future: false, expired: true }],
    ["a page that expired last year", { expiryDate: new Date("2023-06-01T00:00:00Z") }, { draft: false, future: false, expired: true }],
    // Only publishDate counts: fields.ts has already filled it from date when it was missing.
    ["a page whose date alone is ahead", { date: new Date("2025-01-01T00:00:00Z") }, { draft: false, future: false, expired: false }],
    ["a future draft", { draft: true, publishDate: new Date("2025-01-01T00:00:00Z") }, { draft: true, future: true, expired: false }],
  ])("%s", (_, fields, expected) => {
    expect(publishState(meta(fields), NOW)).toEqual(expected);
  });
});

// As Hugo's integration tests do: one set of pages (published, draft, future, expired), built with each flag.
// https://gohugo.io/getting-started/usage/#draft-future-and-expired-content
describe("shouldBuild", () => {
  const pages = {
    published: { draft: false, future: false, expired: false },
    draft: { draft: true, future: false, expired: false },
    future: { draft: false, future: true, expired: false },
    expired: { draft: false, future: false, expired: true },
    futureDraft: { draft: true, future: true, expired: false },
  };
  const flags = (set: Partial<BuildFlags> = {}): BuildFlags => ({ buildDrafts: false, buildFuture: false, buildExpired: false, ...set });

  it.each([
    ["no flags", flags(), ["published"]],
    ["buildDrafts", flags({ buildDrafts: true }), ["published", "draft"]],
    ["buildFuture", flags({ buildFuture: true }), ["published", "future"]],
    ["buildExpired", flags({ buildExpired: true }), ["published", "expired"]],
    ["buildDrafts and buildFuture", flags({ buildDrafts: true, buildFuture: true }), ["published", "draft", "future", "futureDraft"]],
    ["all flags", flags({ buildDrafts: true, buildFuture: true, buildExpired: true }), Object.keys(pages)],
  ])("builds with %s", (_, set, built) => {
    const names = Object.entries(pages).filter(([, state]) => shouldBuild(state, set)).map(([name]) => name);
    expect(names).toEqual(built);
  });
});
