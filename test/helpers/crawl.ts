// A built site served as a static host serves it, under a path prefix (`/blog/`), and a crawler that follows
// every internal link a reader or a feed reader could: pages, assets, alias redirects, feeds, the sitemap.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { parse } from "node-html-parser";
import { afterAll } from "vitest";

// node-html-parser keeps a <pre>'s content as text by default; code line anchors (`id="hl-0-1"`) live there.
const parseHTML = (html: string) => parse(html, { blockTextElements: { script: true, noscript: true, style: true } });

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain", ".css": "text/css",
  ".js": "text/javascript", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".json": "application/json",
};

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers.splice(0)) server.close();
});

/**
 * Serves `dir` at `prefix` on 127.0.0.1 as GitHub Pages or Netlify would: `x/` is `x/index.html`, `x` redirects
 * to `x/` when that is a folder, a missing file gets `404.html` with status 404. Pass `port` to choose it.
 */
export function serveStatic(dir: string, prefix = "/", port = 0): Promise<{ origin: string; port: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const notFound = () => {
      const page = join(dir, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"]! });
      res.end(existsSync(page) ? readFileSync(page) : "not found");
    };
    if (!url.pathname.startsWith(prefix)) return notFound();
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return notFound();
    }
    const file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/` });
        return void res.end();
      }
      const index = join(file, "index.html");
      if (!existsSync(index)) return notFound();
      res.writeHead(200, { "content-type": TYPES[".html"]! });
      return void res.end(readFileSync(index));
    }
    if (!existsSync(file)) return notFound();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as { port: number };
      resolve({ origin: `http://127.0.0.1:${bound}`, port: bound });
    }),
  );
}

export interface Crawl {
  /** Every URL fetched, with its status. */
  visited: Map<string, number>;
  /** `page → link: what is wrong` for every internal link that does not lead to a 200 or to an existing id. */
  broken: string[];
  /** Links on this host that leave the prefix. */
  outside: string[];
}

/**
 * Follows every link on this origin from the start URLs, breadth first: <a>, <link>, <img>, <script>, <source>,
 * <iframe>, a meta refresh, feed items and links, sitemap locations. #fragments must name an id on the page.
 */
export async function crawl(origin: string, prefix: string, start: string[]): Promise<Crawl> {
  const visited = new Map<string, number>();
  const bodies = new Map<string, { type: string; text: string }>();
  const broken: string[] = [];
  const outside = new Set<string>();
  const queue: { url: string; from: string }[] = start.map((url) => ({ url: new URL(url, origin).href, from: "(start)" }));
  const fragments: { page: string; id: string; from: string }[] = [];

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const target = new URL(url);
    if (target.origin !== origin) continue;
    if (!target.pathname.startsWith(prefix)) {
      outside.add(`${from} → ${url}`);
      continue;
    }
    if (target.hash.length > 1) fragments.push({ page: target.href.replace(/#.*$/, ""), id: decodeURIComponent(target.hash.slice(1)), from });
    target.hash = "";
    if (visited.has(target.href)) continue;
    const response = await fetch(target.href, { redirect: "follow" });
    visited.set(target.href, response.status);
    if (response.status !== 200) {
      broken.push(`${from} → ${url}: ${response.status}`);
      continue;
    }
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    bodies.set(target.href, { type, text });
    for (const link of linksOf(text, type, response.url)) queue.push({ url: new URL(link, response.url).href, from: target.href });
  }
  for (const { page, id, from } of fragments) {
    const body = bodies.get(page);
    if (!body || !body.type.startsWith("text/html") || ["", "top"].includes(id)) continue;
    if (!parseHTML(body.text).querySelector(`[id="${id.replace(/"/g, '\\"')}"]`)) broken.push(`${from} → ${page}#${id}: no such id`);
  }
  return { visited, broken, outside: [...outside] };
}

function linksOf(text: string, type: string, base: string): string[] {
  if (type.startsWith("text/html")) {
    const root = parseHTML(text);
    const links: string[] = [];
    for (const el of root.querySelectorAll("a[href], link[href]")) links.push(el.getAttribute("href")!);
    for (const el of root.querySelectorAll("img[src], script[src], source[src], iframe[src], video[src], audio[src]")) links.push(el.getAttribute("src")!);
    for (const el of root.querySelectorAll("[srcset]")) links.push(...el.getAttribute("srcset")!.split(",").map((c) => c.trim().split(/\s+/)[0]!));
    for (const el of root.querySelectorAll('meta[http-equiv="refresh"]')) {
      const found = /url=(.*)$/i.exec(el.getAttribute("content") ?? "");
      if (found) links.push(found[1]!.trim());
    }
    return links.filter((l) => !/^(mailto|tel|data|javascript):/i.test(l));
  }
  if (type.startsWith("application/xml") && text.includes("<urlset")) return [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  if (type.startsWith("application/xml")) {
    const feed = parseFeed(text);
    const found = [feed.url, feed.self, ...feed.items.map((i) => i.url)];
    // Links inside the items' HTML, which feed readers show.
    for (const item of feed.items) for (const html of [item.description, item.content]) if (html) found.push(...linksOf(html, "text/html", base));
    return found.filter((u): u is string => typeof u === "string");
  }
  if (type.startsWith("text/plain")) return [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
  return [];
}
