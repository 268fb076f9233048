// The filters every layout sees, and a Nunjucks environment configured as Eleventy configures its own: what a
// writing thread renders layouts with, where Eleventy itself is not running. https://www.11ty.dev/docs/languages/nunjucks/
import nunjucks, { type Environment } from "nunjucks";
import type { Site } from "../types.ts";
import { bodyFilters } from "./body.ts";
import { dateFilters, textFilters, urlFilters } from "./filters.ts";
import type { Fingerprints } from "./fingerprint.ts";

type SiteSource = () => Pick<Site, "baseURL" | "timeZone" | "languageCode"> | undefined;

/** Hugo's functions and folio's own, by the names layouts use (README, "Layouts"). */
export function layoutFilters(site: SiteSource, fingerprints: Pick<Fingerprints, "url">): Record<string, (...args: never[]) => unknown> {
  return { ...urlFilters(site), ...dateFilters(site), ...textFilters, ...bodyFilters, fingerprint: (path: string) => fingerprints.url(String(path)) };
}

/**
 * Layouts found as Eleventy finds them (the includes folder, then the project folder), with Eleventy's default
 * options (`dev: true`, Nunjucks' autoescape) and folio's filters.
 */
export function createLayoutEnvironment(layoutsDir: string, projectDir: string, filters: ReturnType<typeof layoutFilters>): Environment {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([layoutsDir, projectDir]), { dev: true });
  for (const [name, filter] of Object.entries(filters)) environment.addFilter(name, filter as (...args: unknown[]) => unknown);
  return environment;
}
