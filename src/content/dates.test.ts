import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { impossibleDate, isValidTimeZone, parseDate } from "./dates.ts";

const iso = (value: unknown, timeZone = "UTC") => parseDate(value, timeZone)?.toISOString();
const tomlValue = (literal: string) => parse(`v = ${literal}`).v;

describe("parseDate", () => {
  it.each(["UTC", "Asia/Bangkok", "America/New_York", "Local"])("reads an offset as that instant, whatever the zone (%s)", (zone) => {
    expect(iso("2024-11-30T10:13:16+07:00", zone)).toBe("2024-11-30T03:13:16.000Z");
    expect(iso(tomlValue("2024-11-30T10:13:16+07:00"), zone)).toBe("2024-11-30T03:13:16.000Z");
  });

  it.each([
    ["a TOML local date-time", tomlValue("2024-11-30T10:13:16"), "Asia/Bangkok", "2024-11-30T03:13:16.000Z"],
    ["a TOML local date-time", tomlValue("2024-11-30T10:13:16"), "UTC", "2024-11-30T10:13:16.000Z"],
    ["a TOML local date", tomlValue("2024-01-15"), "America/New_York", "2024-01-15T05:00:00.000Z"],
    ["a TOML local date in summer", tomlValue("2024-07-15"), "America/New_York", "2024-07-15T04:00:00.000Z"],
  ])("reads %s in the site's time zone (%s, %s)", (_, value, zone, expected) => {
    expect(iso(value, zone)).toBe(expected);
  });

  // The string forms Hugo accepts, as YAML and JSON front matter give them.
  it.each([
    ["2024-11-30T10:13:16Z", "2024-11-30T10:13:16.000Z"],
    ["2024-11-30T10:13:16.25-02:00", "2024-11-30T12:13:16.250Z"],
    ["2024-11-30T10:13:16", "2024-11-30T03:13:16.000Z"],
    ["2024-11-30 10:13:16", "2024-11-30T03:13:16.000Z"],
    ["2024-11-30 10:13:16.5", "2024-11-30T03:13:16.500Z"],
    ["2024-11-30", "2024-11-29T17:00:00.000Z"],
    ["2024-11-30T10:13:16-0700", "2024-11-30T17:13:16.000Z"],
    ["2024-11-30 10:13:16 -07:00", "2024-11-30T17:13:16.000Z"],
    ["Sat, 30 Nov 2024 10:13:16 GMT", "2024-11-30T10:13:16.000Z"],
    ["Sat, 30 Nov 2024 10:13:16 -0700", "2024-11-30T17:13:16.000Z"],
    ["30 Nov 24 10:13 MST", "2024-11-30T17:13:00.000Z"],
    ["  2024-11-30T10:13:16Z  ", "2024-11-30T10:13:16.000Z"],
  ])("reads %j (in Asia/Bangkok when it has no offset)", (text, expected) => {
    expect(iso(text, "Asia/Bangkok")).toBe(expected);
  });

  it.each([
    ["February 30", "2024-02-30"],
    ["month 13", "2024-13-01"],
    ["hour 24", "2024-11-30T24:00:00"],
    ["a word", "soon"],
    ["an empty string", ""],
    ["a year alone", "2024"],
    ["minutes without seconds", "2024-11-30T10:13"],
    ["a time alone", "10:13:16"],
    ["a number", 20241130],
    ["a boolean", true],
    ["a TOML local time", tomlValue("10:13:16")],
    ["an invalid Date", new Date(Number.NaN)],
    ["nothing", undefined],
  ])("rejects %s", (_, value) => {
    expect(parseDate(value, "UTC")).toBeUndefined();
  });

  it("returns a copy of a Date, which the caller may keep", () => {
    const date = new Date("2024-11-30T10:13:16Z");
    expect(parseDate(date, "UTC")).toEqual(date);
    expect(parseDate(date, "UTC")).not.toBe(date);
  });
});

describe("isValidTimeZone", () => {
  it.each([
    ["UTC", true],
    ["Local", true],
    ["Europe/Oslo", true],
    ["America/Argentina/Buenos_Aires", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
    ["+07:00", false],
  ])("%j is %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe("impossibleDate", () => {
  it.each([
    ["2024", 2, 29, undefined],
    ["2023", 2, 29, "February 2023 has 28 days"],
    ["1900", 2, 29, "February 1900 has 28 days"],
    ["2000", 2, 29, undefined],
    ["0004", 2, 29, undefined],
    ["2024", 4, 31, "April 2024 has 30 days"],
    ["2024", 12, 31, undefined],
    ["2024", 13, 1, "there is no month 13"],
    ["2024", 1, 0, "January 2024 has 31 days"],
    ["99999", 1, 1, "the year 99999 does not have four digits"],
  ])("%s-%s-%s: %s", (year, month, day, reason) => {
    expect(impossibleDate(year, month, day)).toBe(reason);
  });
});
