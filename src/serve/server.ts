// folio's dev server: the output folder over HTTP on loopback, with live reload and, while the site has
// errors, an error page in place of its pages. Small on purpose: GET and HEAD of files, nothing else.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname } from "node:path";
import { errorPage } from "./error-page.ts";
import type { Failure } from "./failure.ts";
import { resolveFile } from "./files.ts";
import { injectReload, RELOAD_EVENTS, RELOAD_SCRIPT, ReloadHub, reloadClient } from "./reload.ts";

export interface DevServerOptions {
  /** The output folder served. */
  root: string;
  /** The site's path under its base URL, `/` or `/blog/`; asked on every request, as settings may change it. */
  basePath: () => string;
  /** What stops the site now; while there is anything, every page is the error page. */
  failures: () => readonly Failure[];
  /**
   * False until the first build is written and the watcher is watching: a page served sooner could be
   * edited before the watcher sees files, and the edit would be missed.
   */
  ready: () => boolean;
  /** A rebuild being written (pages, then feeds, sitemap, new assets, public/); undefined between rebuilds. */
  settled?: () => Promise<void> | undefined;
}

export interface DevServer {
  server: Server;
  hub: ReloadHub;
  listen(port: number, host: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
  ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon", ".woff": "font/woff", ".woff2": "font/woff2",
  ".pdf": "application/pdf", ".mp4": "video/mp4", ".webm": "video/webm", ".wasm": "application/wasm", ".map": "application/json",
};

export function createDevServer(options: DevServerOptions): DevServer {
  const hub = new ReloadHub();
  // Short timeouts: a client that opens connections and sends its headers a byte at a time (slowloris) is
  // dropped after 10 s, checked every second, instead of holding sockets for Node's default minutes.
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 }, (req, res) => {
    handle(options, hub, req, res).catch((error: Error) => {
      // Most likely the file was replaced mid-read by a rebuild; the next reload gets it.
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", `the dev server could not read this file: ${error.message}\n`, req);
      else res.destroy();
    });
  });
  return {
    server,
    hub,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(options: DevServerOptions, hub: ReloadHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const url = req.url ?? "/";
  const q = url.search(/[?#]/);
  const [pathname, query] = q === -1 ? [url, ""] : [url.slice(0, q), url.slice(q)];
  if (pathname === RELOAD_EVENTS) return hub.connect(req, res);
  if (pathname === RELOAD_SCRIPT) return send(res, 200, TYPES[".js"]!, reloadClient, req);

  if (!options.ready()) return send(res, 503, TYPES[".html"]!, injectReload(BUILDING, hub.build), req, { "retry-after": "1" });
  // A site published under a path (baseURL https://example.org/blog/) is served under that path, as its links expect.
  const base = options.basePath();
  if (base !== "/" && (pathname === "/" || `${pathname}/` === base)) return redirect(res, base + query);
  if (!pathname.startsWith(base)) return notFound(options, hub, req, res);
  const path = `/${pathname.slice(base.length)}`;
  let resolved = await resolveFile(options.root, path);
  // Asked for while a rebuild writes, anything but a page waits for it: a feed is served with the edit in it,
  // a stylesheet under its new name is found, a file of public/ removed or added meanwhile is as it will be.
  const settling = resolved.kind === "file" && isPage(resolved.path) ? undefined : options.settled?.();
  if (settling) {
    await settling;
    resolved = await resolveFile(options.root, path);
  }
  switch (resolved.kind) {
    case "refused":
      return send(res, 400, "text/plain; charset=utf-8", "this path cannot name a file of the site\n", req);
    case "redirect":
      return redirect(res, `${pathname}/${query}`);
    case "missing":
      return notFound(options, hub, req, res);
    case "file":
      return sendFile(options, hub, req, res, resolved.path, 200);
  }
}

const isPage = (path: string) => extname(path).toLowerCase() === ".html";

async function sendFile(options: DevServerOptions, hub: ReloadHub, req: IncomingMessage, res: ServerResponse, path: string, status: number): Promise<void> {
  const type = TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  if (type.startsWith("text/html")) {
    const failures = options.failures();
    if (failures.length > 0) return send(res, 500, type, errorPage(failures, { build: hub.build }), req);
    return send(res, status, type, injectReload(readFileSync(path, "utf8"), hub.build), req);
  }
  // Read whole before answering: a file a rebuild rewrites meanwhile (a public file copied again) would
  // otherwise end a streamed answer short of its announced length, and the browser sees a dropped connection.
  // Read at once, as resolveFile asks (files.ts): a page is answered in one turn of the event loop.
  const body = readFileSync(path);
  res.writeHead(status, { "content-type": type, "content-length": body.length, ...NO_CACHE });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The site's own 404 page, with status 404, as hosts serve it; the error page while the site has errors. */
async function notFound(options: DevServerOptions, hub: ReloadHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const failures = options.failures();
  if (failures.length > 0) return send(res, 500, TYPES[".html"]!, errorPage(failures, { build: hub.build }), req);
  const page = await resolveFile(options.root, "/404.html");
  if (page.kind === "file") return sendFile(options, hub, req, res, page.path, 404);
  send(res, 404, "text/plain; charset=utf-8", "not found\n", req);
}

// Every answer is fresh: a reload after a rebuild must never show a cached page.
const NO_CACHE = { "cache-control": "no-store", "x-content-type-options": "nosniff" };

const BUILDING = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>folio: building the site</title></head>
<body><p>folio is building the site; this page reloads by itself when it is ready.</p></body></html>
`;

function send(res: ServerResponse, status: number, type: string, body: string, req: IncomingMessage, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), ...NO_CACHE, ...headers });
  res.end(req.method === "HEAD" ? undefined : body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, ...NO_CACHE }).end();
}

/** The path a base URL puts the site under: `https://example.org/blog` → `/blog/`. */
export function basePathOf(baseURL: string): string {
  try {
    const { pathname } = new URL(baseURL, "http://localhost");
    return pathname.endsWith("/") ? pathname : `${pathname}/`;
  } catch {
    return "/";
  }
}
