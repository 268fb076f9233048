// Rendering on a worker thread: builds the Markdown renderer from the setup, renders its share, sends the pages back as it goes.
import { threadId } from "node:worker_threads";
import { createMarkdown } from "../markdown/index.ts";
import { builtInShortcodes, createShortcodes } from "../markdown/shortcodes/index.ts";
import { renderPage } from "./page.ts";
import { createRefResolver } from "./refs.ts";
import { BodyWriter, SHARED_FIELDS, type SentBody, type SharedField } from "../threads/shared-content.ts";
import { fromPortable, type RenderedAt, type RenderRequest } from "./render-pool.ts";

let requests = 0;

/** Each page is sent with the progress as soon as it is rendered, its texts as bytes, and its job let go: the thread holds neither for long. */
export async function answer({ setup, jobs, at, own, claims }: RenderRequest, progress: (done: RenderedAt) => void): Promise<number> {
  // The main thread loaded the same shortcodes already and reported any problem with them.
  const shortcodes = await createShortcodes({ layoutsDir: setup.layoutsDir }).catch(() => builtInShortcodes);
  const context = {
    markdown: createMarkdown({ ...setup.markdown, shortcodes }),
    siteTitle: setup.siteTitle,
    toc: setup.toc,
    render: { site: setup.site, resolveRef: createRefResolver(setup.refTargets) },
  };
  const bodies = new BodyWriter(`${threadId}:${++requests}`);
  let spare = 0;
  const render = (k: number) => {
    const job = jobs[k]!;
    delete jobs[k];
    if (Atomics.compareExchange(claims, at[k]!, 0, 1) !== 0) return;
    if (k >= own) spare++;
    const rendered = renderPage(fromPortable(job.description), job.resources, context);
    let texts: Partial<Record<SharedField, SentBody>> | undefined;
    for (const field of SHARED_FIELDS) {
      const text = rendered.page[field];
      if (text === "") continue;
      rendered.page[field] = "";
      (texts ??= {})[field] = bodies.put(text);
    }
    progress([at[k]!, rendered, texts]);
  };
  for (let k = 0; k < own; k++) render(k);
  for (let k = jobs.length - 1; k >= own; k--) render(k);
  // How many pages of another thread's share this one rendered.
  return spare;
}
