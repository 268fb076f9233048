// robots.txt: every crawler welcome (or, for a staging build, none), and where the sitemap is.
// https://www.rfc-editor.org/rfc/rfc9309.html · https://www.sitemaps.org/protocol.html#submit_robots
import { absURL } from "../urls.ts";

export function renderRobots(baseURL: string, options: { disallowAll: boolean; sitemap: boolean }): string {
  const lines = ["User-agent: *", options.disallowAll ? "Disallow: /" : "Allow: /"];
  const sitemap = absURL("/sitemap.xml", baseURL);
  // The Sitemap line must be a full URL; a site-relative base URL has none to give.
  if (options.sitemap && /^[a-z][a-z0-9+.-]*:/i.test(sitemap)) lines.push("", `Sitemap: ${sitemap}`);
  return `${lines.join("\n")}\n`;
}
