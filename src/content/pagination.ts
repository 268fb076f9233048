// Splitting a list page into pagers: /posts/, /posts/page/2/, … as Hugo's .Paginator.
// https://gohugo.io/templates/pagination/
export interface PagerLink {
  number: number;
  url: string;
  /** The pager these links belong to. */
  current: boolean;
}

/** One page of a list: Hugo's .Paginator, with URLs site-relative as the list's. */
export interface Pager<T> {
  /** 1-based: Hugo's .PageNumber. */
  number: number;
  /** How many pagers the list has, at least 1: Hugo's .TotalPages, except that Hugo says 0 for an empty list. */
  total: number;
  url: string;
  items: T[];
  prev: string | undefined;
  next: string | undefined;
  first: string;
  last: string;
  /**
   * A window of numbered links: the first and last pagers and those within `LINK_RADIUS` of this one,
   * ascending; a jump of more than one between neighbours is where a layout shows a gap (…).
   * At most 2 × LINK_RADIUS + 3 links, so 1,000 pagers cost 1,000 small windows, not a million links.
   */
  links: PagerLink[];
}

/** Pagers on each side of the current one that `links` names. */
export const LINK_RADIUS = 2;

/** The URL of pager `n` of the list at `listURL`: Hugo's paginatePath "page"; pager 1 is the list itself. */
export function pagerURL(listURL: string, n: number): string {
  return n === 1 ? listURL : `${listURL}page/${n}/`;
}

/** Splits `items` into pagers of `pagerSize`; an empty list still has one empty pager, as in Hugo. */
export function paginate<T>(items: readonly T[], pagerSize: number, listURL: string): Pager<T>[] {
  if (!Number.isInteger(pagerSize) || pagerSize < 1) {
    throw new RangeError(`folio: the pager size must be a whole number of at least 1, not ${pagerSize}`);
  }
  const total = Math.max(1, Math.ceil(items.length / pagerSize));
  const url = (n: number) => pagerURL(listURL, n);
  const pagers: Pager<T>[] = [];
  for (let number = 1; number <= total; number++) {
    pagers.push({
      number,
      total,
      url: url(number),
      items: items.slice((number - 1) * pagerSize, number * pagerSize),
      prev: number > 1 ? url(number - 1) : undefined,
      next: number < total ? url(number + 1) : undefined,
      first: url(1),
      last: url(total),
      links: windowOf(number, total).map((n) => ({ number: n, url: url(n), current: n === number })),
    });
  }
  return pagers;
}

/** 1, `total`, and `current` ± LINK_RADIUS, ascending without repeats. */
function windowOf(current: number, total: number): number[] {
  const numbers = [1];
  const from = Math.max(2, current - LINK_RADIUS);
  const to = Math.min(total - 1, current + LINK_RADIUS);
  for (let n = from; n <= to; n++) numbers.push(n);
  if (total > 1) numbers.push(total);
  return numbers;
}
