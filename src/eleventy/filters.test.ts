import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { absURL, basePath, relURL } from "../urls.ts";
import { dateFilters, jsonLd, plainify, urlFilters } from "./filters.ts";

const ROOT = "/";
const HOST = "https://example.org/";
const SUB = "https://example.org/blog/";

describe("basePath", () => {
  it.each([
    [ROOT, "/"],
    [HOST, "/"],
    [SUB, "/blog/"],
    ["/blog/", "/blog/"],
    ["not a url/", "/"],
  ])("%j → %j", (baseURL, expected) => {
    expect(basePath(baseURL)).toBe(expected);
  });
});

// folio's page URLs are site-relative (`/posts/a/`), so a leading slash means the site root, under the
// base URL's path. (Hugo 0.111's relURL instead reads `/posts/a/` as host-relative: it would not add /blog/.)
describe("relURL and absURL", () => {
  it.each([
    // path, baseURL, relURL, absURL
    ["/", ROOT, "/", "/"],
    ["/posts/a/", ROOT, "/posts/a/", "/posts/a/"],
    ["posts/a/", ROOT, "/posts/a/", "/posts/a/"],
    ["", ROOT, "/", "/"],
    ["#top", ROOT, "#top", "#top"],
    ["https://other.example/x", ROOT, "https://other.example/x", "https://other.example/x"],
    ["/", HOST, "/", "https://example.org/"],
    ["/posts/a/", HOST, "/posts/a/", "https://example.org/posts/a/"],
    ["posts/a/", HOST, "/posts/a/", "https://example.org/posts/a/"],
    ["#top", HOST, "#top", "https://example.org/#top"],
    ["https://other.example/x", HOST, "https://other.example/x", "https://other.example/x"],
    ["/", SUB, "/blog/", "https://example.org/blog/"],
    ["/posts/a/", SUB, "/blog/posts/a/", "https://example.org/blog/posts/a/"],
    ["posts/a/", SUB, "/blog/posts/a/", "https://example.org/blog/posts/a/"],
    ["", SUB, "/blog/", "https://example.org/blog/"],
    ["#top", SUB, "#top", "https://example.org/blog/#top"],
    ["https://other.example/x", SUB, "https://other.example/x", "https://other.example/x"],
    ["/posts/%C3%A7a-va/", SUB, "/blog/posts/%C3%A7a-va/", "https://example.org/blog/posts/%C3%A7a-va/"],
    ["mailto:a@example.org", SUB, "mailto:a@example.org", "mailto:a@example.org"],
    ["//cdn.example/x", "/blog/", "//cdn.example/x", "//cdn.example/x"],
    ["//cdn.example/x", SUB, "//cdn.example/x", "https://cdn.example/x"],
  ])("%j with baseURL %j", (path, baseURL, rel, abs) => {
    expect(relURL(path, baseURL)).toBe(rel);
    expect(absURL(path, baseURL)).toBe(abs);
  });
});

describe("absURL", () => {
  // Plain paths are joined to the base URL's origin without the URL parser: the same as the parser gives.
  it.each(["https://example.org/", "https://Example.ORG:443/blog/", "http://user:pw@example.org:8080/a/b/", "https://example.org/blog"])("is the URL parser's answer under %j", (baseURL) => {
    const paths = ["/", "/posts/a/", "posts/a/", "/a%20b/", "/%E2%82%AC/", "/ü/", "/a b/", "/a/../b/", "/a/./b/", "/a/%2e%2E/b/", "/a/.../", "/a?x=1#y", "/a#y", "//other.example/x", "/a\\b", "/a//b/", "/%zz/", "/a:b@c/"];
    for (const path of paths) expect(absURL(path, baseURL), path).toBe(new URL(relURL(path, baseURL), baseURL).href);
  });
});

type SiteStub = { baseURL: string; timeZone: string; languageCode: string };
const site = (fields: Partial<SiteStub> = {}): (() => SiteStub) => () => ({ baseURL: SUB, timeZone: "UTC", languageCode: "en-us", ...fields });

describe("urlFilters", () => {
  it("joins paths to the site's base URL", () => {
    const { relURL, absURL } = urlFilters(site());
    expect([relURL("/posts/a/"), absURL("/posts/a/")]).toEqual(["/blog/posts/a/", "https://example.org/blog/posts/a/"]);
  });

  it("reads the site again on every call, so a rebuild with a new baseURL is seen", () => {
    let current = { baseURL: HOST, timeZone: "UTC", languageCode: "en" };
    const { absURL } = urlFilters(() => current);
    expect(absURL("/a/")).toBe("https://example.org/a/");
    current = { ...current, baseURL: "https://new.example/" };
    expect(absURL("/a/")).toBe("https://new.example/a/");
  });

  it("treats a missing path as the site root", () => {
    const { relURL, absURL } = urlFilters(site());
    expect([relURL(undefined as unknown as string), absURL(null as unknown as string)]).toEqual(["/blog/", "https://example.org/blog/"]);
  });

  it("falls back to the root before the site is loaded", () => {
    const { relURL, absURL } = urlFilters(() => undefined);
    expect([relURL("/a/"), absURL("/a/")]).toEqual(["/a/", "/a/"]);
  });
});

describe("dateFilters", () => {
  // 03:30 UTC on 1 December is still 30 November in New York.
  const nearMidnight = new Date("2024-12-01T03:30:00Z");

  it.each([
    ["UTC", "en-us", undefined, "1 December 2024"],
    ["America/New_York", "en-us", undefined, "30 November 2024"],
    ["America/New_York", "en-us", "yyyy-MM-dd HH:mm ZZZZ", "2024-11-30 22:30 EST"],
    ["America/New_York", "fr", undefined, "30 novembre 2024"],
    ["Asia/Tokyo", "en-us", "cccc d LLL", "Sunday 1 Dec"],
  ])("date in %s (%s) with format %j", (timeZone, languageCode, format, expected) => {
    const { date } = dateFilters(site({ timeZone, languageCode }));
    expect(format === undefined ? date(nearMidnight) : date(nearMidnight, format)).toBe(expected);
  });

  it.each([
    ["UTC", "2024-12-01T03:30:00Z"],
    ["America/New_York", "2024-11-30T22:30:00-05:00"],
  ])("isoDate in %s", (timeZone, expected) => {
    expect(dateFilters(site({ timeZone })).isoDate(nearMidnight)).toBe(expected);
  });

  // UTC with an English locale is written without Luxon (inUTC), ISO dates in UTC whatever the locale: they must
  // be what Luxon writes, and a locale with digits or a calendar of its own must still go through Luxon.
  it.each(["en-us", "en", "en-GB", "EN-AU", "en-150", "en-US-u-nu-arab", "en-u-ca-buddhist", "en-IN-u-nu-deva", "en-Latn-US", "fr", "ar-EG", "th-TH-u-ca-buddhist"])("writes UTC dates in %s as Luxon does", (languageCode) => {
    const { date, isoDate } = dateFilters(site({ timeZone: "UTC", languageCode }));
    const instants = [Date.UTC(1000, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(999, 5, 1), Date.UTC(10000, 0, 1), Date.UTC(2024, 1, 29, 0, 0, 0, 1), Date.UTC(1969, 11, 31, 23, 59, 59)];
    for (let k = 0; k < 500; k++) instants.push(Math.floor(((k * 7919) % 500) / 500 * 2.5e12 - 1e12 + k * 86_399_123));
    for (const ms of instants) {
      const luxon = DateTime.fromMillis(ms, { zone: "UTC", locale: languageCode });
      expect([date(new Date(ms)), isoDate(new Date(ms))]).toEqual([luxon.toFormat("d LLLL yyyy"), luxon.toISO({ suppressMilliseconds: true })]);
    }
  });

  it("uses UTC before the site is loaded", () => {
    const { date, isoDate } = dateFilters(() => undefined);
    expect([date(nearMidnight), isoDate(nearMidnight)]).toEqual(["1 December 2024", "2024-12-01T03:30:00Z"]);
  });

  it.each([
    ["a string", "2024-12-01"],
    ["a number", 1733023800000],
    ["undefined", undefined],
    ["null", null],
  ])("prints nothing for %s", (_, value) => {
    const { date, isoDate } = dateFilters(site());
    expect([date(value), isoDate(value)]).toEqual(["", ""]);
  });

  // An unparsable date reaching a layout must not print Luxon's "Invalid DateTime" into the page.
  it("prints nothing for an invalid Date", () => {
    const { date, isoDate } = dateFilters(site());
    expect([date(new Date("nope")), isoDate(new Date("nope"))]).toEqual(["", ""]);
  });
});

describe("plainify", () => {
  it("turns rendered HTML into one line of text, entities decoded", () => {
    expect(plainify('<p>Fish &amp; <em>chips</em> &lt;3</p>\n<!-- raw HTML omitted -->\n<ul><li>a&#160;b</li></ul>')).toBe("Fish & chips <3 a b");
    expect(plainify("<ul><li>one</li><li>two</li></ul><p>&#x21a9;&#xfe0e; &quot;q&quot; &copy; &#0; &#99999999;</p>")).toBe("one two ↩︎ \"q\" &copy; &#0; &#99999999;");
  });
});

describe("jsonLd", () => {
  it("writes JSON that no text can end the script element with, and leaves out empty values", () => {
    const json = jsonLd({ headline: "</script><script>alert(1)</script> & <!-- \u2028", description: "", keywords: [], author: null, words: 3, tags: ["a", ""] });
    expect(json).toBe('{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028","words":3,"tags":["a",""]}');
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script> & <!-- \u2028");
  });
});
