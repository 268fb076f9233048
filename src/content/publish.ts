// The one place that decides whether a page is published, by Hugo's rules:
// https://gohugo.io/getting-started/usage/#draft-future-and-expired-content
import type { BuildFlags, PageMeta, PublishState } from "../types.ts";

/** Why a page would be left out; `now` is a parameter so builds and tests choose the clock. */
export function publishState(meta: PageMeta, now: Date): PublishState {
  return {
    draft: meta.draft,
    // publishDate already falls back to date; a page with neither is never in the future.
    future: meta.publishDate !== undefined && meta.publishDate.getTime() > now.getTime(),
    // A page without expiryDate never expires; one expiring exactly now has expired.
    expired: meta.expiryDate !== undefined && meta.expiryDate.getTime() <= now.getTime(),
  };
}

export type LeftOutReason = "draft" | "future" | "expired";

/** Why a page in this state is left out, the first reason of draft, future, expired; undefined when it is built. */
export function leftOutReason(state: PublishState, flags: BuildFlags): LeftOutReason | undefined {
  if (state.draft && !flags.buildDrafts) return "draft";
  if (state.future && !flags.buildFuture) return "future";
  if (state.expired && !flags.buildExpired) return "expired";
  return undefined;
}

/** Whether a page in this state is built: each reason to leave it out can be waived by its flag. */
export function shouldBuild(state: PublishState, flags: BuildFlags): boolean {
  return (!state.draft || flags.buildDrafts) && (!state.future || flags.buildFuture) && (!state.expired || flags.buildExpired);
}
