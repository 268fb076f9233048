// Rendering on a worker thread: builds the Markdown renderer from the setup, renders its share, sends the pages back.
import { createMarkdown } from "../markdown/index.ts";
import { builtInShortcodes, createShortcodes } from "../markdown/shortcodes/index.ts";
import { renderPage } from "./page.ts";
import { createRefResolver } from "./refs.ts";
import { fromPortable, type Rendered, type RenderRequest } from "./render-pool.ts";

export async function answer({ setup, jobs }: RenderRequest, progress: () => void): Promise<Rendered[]> {
  // The main thread loaded the same shortcodes already and reported any problem with them.
  const shortcodes = await createShortcodes({ layoutsDir: setup.layoutsDir }).catch(() => builtInShortcodes);
  const context = {
    markdown: createMarkdown({ ...setup.markdown, shortcodes }),
    siteTitle: setup.siteTitle,
    toc: setup.toc,
    render: { site: setup.site, resolveRef: createRefResolver(setup.refTargets) },
  };
  return jobs.map((job) => {
    const rendered = renderPage(fromPortable(job.description), job.resources, context);
    progress();
    return rendered;
  });
}
