// Hugo's vimeo: a responsive iframe with Vimeo's "do not track" on. Positional arguments are,
// in Hugo's order, id, class, title, loading. https://gohugo.io/shortcodes/vimeo/
import { arg, attrs, flag } from "./html.ts";
import type { ShortcodeContext } from "./types.ts";

const VIDEO_ID = /^[A-Za-z0-9_-]+$/;
const DIV_STYLE = "position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;";
const IFRAME_STYLE = "position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;";

export default function vimeo(ctx: ShortcodeContext): string {
  const get = (name: string, index?: number) => arg(ctx.call, name, index);
  const id = get("id", 0);
  if (!id) return ctx.fail("vimeo needs a video id", `{{< vimeo VIDEO_ID >}} or {{< vimeo id="VIDEO_ID" >}}`);
  if (!VIDEO_ID.test(id)) return ctx.fail(`vimeo id "${id}" is not a video id`, "use the number from the video's URL");
  const cls = get("class", 1);
  const iframe = attrs({
    src: `https://player.vimeo.com/video/${id}?dnt=1`,
    style: cls ? undefined : IFRAME_STYLE,
    allow: flag(get("allowFullScreen"), true) ? "fullscreen" : undefined,
    loading: get("loading", 3),
    // An iframe needs a title for screen readers; Hugo documents this default.
    title: get("title", 2) || "Vimeo video",
  });
  return `<div${attrs({ class: cls, style: cls ? undefined : DIV_STYLE })}>\n<iframe${iframe}></iframe>\n</div>`;
}
