// Reads front matter dates in the forms Hugo accepts: https://gohugo.io/content-management/front-matter/#dates
// Dates without an offset are read in the site's time zone: https://gohugo.io/configuration/all/#timezone
import { DateTime, IANAZone } from "luxon";
import { TomlDate } from "smol-toml";

// RFC 3339 and its relatives: `2006-01-02`, `2006-01-02T15:04:05` or with a space, optional fractional
// seconds, and an offset written `Z`, `-07:00` or `-0700` (after a space, too, as Go prints times).
const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})(?:[T ]([01]\d|2[0-3])(:\d{2}:\d{2}(?:\.\d+)?)(?: ?(Z|[+-]\d{2}:?\d{2}))?)?$/;
// Go checks a leading weekday for syntax only; luxon would reject one that does not match the date.
const WEEKDAY = /^[A-Za-z]{3,9}, */;

/** The instant a front matter value names, or undefined when it is not a date. */
export function parseDate(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof TomlDate) return fromToml(value, timeZone);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : new Date(value.getTime());
  return typeof value === "string" ? fromString(value.trim(), timeZone) : undefined;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Why a calendar date written as digits (`2024-02-30`, `99999-01-01`) does not exist, or undefined when it does.
 * smol-toml accepts any day up to 31 and rolls it into the next month; this catches what it lets through.
 */
export function impossibleDate(year: string, month: number, day: number): string | undefined {
  if (year.length !== 4) return `the year ${year} does not have four digits`;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  // Day 0 of the next month is the last day of this one; Date.UTC takes years 0–99 as 1900–1999, hence setUTCFullYear.
  const last = new Date(0);
  last.setUTCFullYear(Number(year), month, 0);
  const days = last.getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** "Local" is the machine's zone, as in Go's time.LoadLocation; otherwise an IANA name such as "UTC" or "Europe/Oslo". */
export function isValidTimeZone(timeZone: string): boolean {
  return timeZone === "Local" || timeZone === "UTC" || IANAZone.isValidZone(timeZone);
}

// smol-toml keeps a local date or date-time in the Date's UTC fields; toISOString gives them back as written.
function fromToml(value: TomlDate, timeZone: string): Date | undefined {
  if (!value.isValid() || value.isTime()) return undefined;
  if (!value.isLocal()) return new Date(value.getTime());
  return toDate(DateTime.fromISO(value.toISOString(), { zone: zoneName(timeZone) }));
}

function fromString(text: string, timeZone: string): Date | undefined {
  // setZone keeps a written offset as the result's zone, which spares luxon looking up `zone` (3x faster).
  const options = { zone: zoneName(timeZone), setZone: true };
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, date, hour = "00", rest = ":00:00", offset = ""] = iso;
    return toDate(DateTime.fromISO(`${date}T${hour}${rest}${offset}`, options));
  }
  // RFC 1123 and RFC 822, with numeric or named zones (`Mon, 02 Jan 2006 15:04:05 MST`), then RFC 850 and ANSI C.
  return toDate(DateTime.fromRFC2822(text.replace(WEEKDAY, ""), options)) ?? toDate(DateTime.fromHTTP(text, options));
}

// Luxon reads "Local" (any case) as the system zone already; named here so the intent is plain.
function zoneName(timeZone: string): string {
  return timeZone === "Local" ? "system" : timeZone;
}

function toDate(dateTime: DateTime): Date | undefined {
  return dateTime.isValid ? dateTime.toJSDate() : undefined;
}
