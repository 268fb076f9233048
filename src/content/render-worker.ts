// One render worker: builds the Markdown renderer from the setup, renders its share, sends the pages back.
import { parentPort } from "node:worker_threads";
import { createMarkdown } from "../markdown/index.ts";
import { builtInShortcodes, createShortcodes } from "../markdown/shortcodes/index.ts";
import { renderPage } from "./page.ts";
import { createRefResolver } from "./refs.ts";
import { fromPortable, PROGRESS_EVERY, type Rendered, type RenderJob, type RenderSetup } from "./render-pool.ts";

// Modules load as the thread starts; the pages come in one message once the site knows them.
parentPort!.once("message", async ({ setup, jobs }: { setup: RenderSetup; jobs: RenderJob[] }) => {
  // The main thread loaded the same shortcodes already and reported any problem with them.
  const shortcodes = await createShortcodes({ layoutsDir: setup.layoutsDir }).catch(() => builtInShortcodes);
  const context = {
    markdown: createMarkdown({ ...setup.markdown, shortcodes }),
    siteTitle: setup.siteTitle,
    toc: setup.toc,
    render: { site: setup.site, resolveRef: createRefResolver(setup.refTargets) },
  };
  const pages: Rendered[] = [];
  for (const job of jobs) {
    pages.push(renderPage(fromPortable(job.description), job.resources, context));
    if (pages.length % PROGRESS_EVERY === 0) parentPort!.postMessage({ rendered: PROGRESS_EVERY });
  }
  parentPort!.postMessage(pages);
});
