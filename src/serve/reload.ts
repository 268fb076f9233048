// Live reload over Server-Sent Events: every open page keeps one EventSource and reloads when told.
// https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events
import type { IncomingMessage, ServerResponse } from "node:http";

/** Paths the dev server answers itself; no file of a site lives under `/.folio/`. */
export const RELOAD_EVENTS = "/.folio/reload";
export const RELOAD_SCRIPT = "/.folio/reload.js";

/**
 * The script every served page loads: reload on each finished rebuild. On connecting (and reconnecting, as
 * EventSource does by itself) the server names its latest build: a page from an older one, saved while it was
 * loading or served before a restart, reloads at once instead of missing the news.
 */
export const reloadClient = `// folio dev server: live reload
const shown = document.currentScript && document.currentScript.dataset.build;
const events = new EventSource(${JSON.stringify(RELOAD_EVENTS)});
events.addEventListener("build", (event) => { if (shown !== undefined && event.data !== shown) location.reload(); });
events.addEventListener("reload", () => location.reload());
`;

/** The tag put into every HTML page the dev server sends, just before `</body>` (or at the end), naming the build it shows. */
export function injectReload(html: string, build?: number): string {
  const tag = `<script src="${RELOAD_SCRIPT}"${build === undefined ? "" : ` data-build="${build}"`} defer></script>`;
  const at = html.lastIndexOf("</body>");
  return at === -1 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}

export class ReloadHub {
  readonly #clients = new Set<ServerResponse>();
  readonly #heartbeat: NodeJS.Timeout;
  #build = 0;

  /** At most `limit` pages listen at once: a flood of event streams cannot hold every socket. */
  constructor(readonly limit = 256) {
    // A comment line now and then keeps proxies and idle timers from closing a quiet stream.
    this.#heartbeat = setInterval(() => this.#send(": ping\n\n"), 20_000).unref();
  }

  get size(): number {
    return this.#clients.size;
  }

  /** How many times pages were told to reload: the build the pages served now show. */
  get build(): number {
    return this.#build;
  }

  connect(req: IncomingMessage, res: ServerResponse): void {
    if (this.#clients.size >= this.limit) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5" }).end("too many open pages\n");
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write(`retry: 1000\n\nevent: build\ndata: ${this.#build}\n\n`);
    this.#clients.add(res);
    req.socket.setTimeout(0);
    const drop = () => this.#clients.delete(res);
    req.on("close", drop);
    res.on("error", drop);
  }

  /** Tells every open page to reload. */
  reload(): void {
    this.#build++;
    this.#send(`event: reload\ndata: ${this.#build}\n\n`);
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const res of this.#clients) res.end();
    this.#clients.clear();
  }

  #send(text: string): void {
    for (const res of this.#clients) res.write(text);
  }
}
