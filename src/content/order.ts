// Hugo's default page order: weight, then date newest first, then link title, then path.
// https://gohugo.io/quick-reference/glossary/#default-sort-order
import type { Page } from "../types.ts";

type Sortable = Pick<Page, "weight" | "date" | "linkTitle" | "path">;

// A weight of 0 means "no weight": such pages come after every weighted one.
const weightKey = (weight: number) => (weight === 0 ? Number.POSITIVE_INFINITY : weight);
const time = (date: Date | undefined) => date?.getTime() ?? Number.NEGATIVE_INFINITY;

export function byDefaultOrder(a: Sortable, b: Sortable): number {
  return (
    weightKey(a.weight) - weightKey(b.weight) ||
    time(b.date) - time(a.date) ||
    (a.linkTitle < b.linkTitle ? -1 : a.linkTitle > b.linkTitle ? 1 : 0) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}
