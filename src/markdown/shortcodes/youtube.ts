// Hugo's youtube: a responsive iframe, from YouTube's privacy-enhanced host, with Hugo's parameters.
// https://gohugo.io/shortcodes/youtube/
import { arg, attrs, flag } from "./html.ts";
import type { ShortcodeContext } from "./types.ts";

const VIDEO_ID = /^[A-Za-z0-9_-]+$/;
const SECONDS = /^\d+$/;
const ALLOW = "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share";
const DIV_STYLE = "position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;";
const IFRAME_STYLE = "position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;";

export default function youtube(ctx: ShortcodeContext): string {
  const get = (name: string, index?: number) => arg(ctx.call, name, index);
  const id = get("id", 0);
  if (!id) return ctx.fail("youtube needs a video id", `{{< youtube VIDEO_ID >}} or {{< youtube id="VIDEO_ID" >}}`);
  if (!VIDEO_ID.test(id)) return ctx.fail(`youtube id "${id}" is not a video id`, "use the id from the video's URL: letters, digits, - and _");
  const start = get("start") || "0";
  const end = get("end") || "0";
  if (!SECONDS.test(start) || !SECONDS.test(end)) return ctx.fail("youtube start and end are whole seconds", `{{< youtube id="${id}" start=30 end=90 >}}`);

  const autoplay = flag(get("autoplay"), false);
  const loop = flag(get("loop"), false);
  // Hugo's querify order (sorted keys); autoplay forces mute, as browsers require.
  const query = new URLSearchParams({
    autoplay: autoplay ? "1" : "0",
    controls: flag(get("controls"), true) ? "1" : "0",
    end,
    loop: loop ? "1" : "0",
    mute: autoplay || flag(get("mute"), false) ? "1" : "0",
    ...(loop ? { playlist: id } : {}),
    start,
  });
  const cls = get("class");
  const iframe = attrs({
    allow: flag(get("allowFullScreen"), true) ? `${ALLOW}; fullscreen` : ALLOW,
    loading: get("loading") || "eager",
    referrerpolicy: "strict-origin-when-cross-origin",
    src: `https://www.youtube-nocookie.com/embed/${id}?${query}`,
    style: cls ? undefined : IFRAME_STYLE,
    title: get("title") || "YouTube video",
  });
  return `<div${attrs({ class: cls, style: cls ? undefined : DIV_STYLE })}>\n<iframe${iframe}></iframe>\n</div>`;
}
