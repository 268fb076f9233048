// Hugo's figure: an image with an optional link, title, Markdown caption and attribution.
// Same elements and attributes as Hugo's embedded template, without its whitespace.
// https://gohugo.io/shortcodes/figure/
import { arg, attrs, escapeHtml, isSafeURL, plainText, relURL, resourceURL } from "./html.ts";
import type { ShortcodeContext } from "./types.ts";

const URL_HINT = "use an http(s) or relative URL; javascript:, vbscript:, file: and data: URLs are refused";

export default function figure(ctx: ShortcodeContext): string {
  const get = (name: string) => arg(ctx.call, name);
  const src = get("src");
  if (!src) return ctx.fail(`figure needs a src`, `{{< figure src="photo.jpg" alt="What it shows" >}}`);
  const link = get("link");
  const attrlink = get("attrlink");
  for (const [name, url, image] of [["src", src, true], ["link", link, false], ["attrlink", attrlink, false]] as const) {
    if (url !== undefined && !isSafeURL(url, image)) return ctx.fail(`figure's ${name} "${url}" is not a URL folio will write`, URL_HINT);
  }

  // A bundle resource named by src is written with its URL, as Hugo's .Page.Resources.Get does.
  const resource = resourceURL(ctx.page, src);
  const caption = get("caption") ? ctx.renderMarkdown(get("caption")!, { inline: true }) : "";
  // Hugo drops an empty alt; folio writes alt="" (a decorative image) and warns when there is none at all.
  const alt = get("alt") || (caption ? plainText(caption) : get("alt"));
  if (alt === undefined) ctx.warn(`figure "${src}" has no alt text`, 'describe the image with alt="…" or a caption; alt="" marks it as decorative');
  const altAttr = alt === undefined ? "" : ` alt="${escapeHtml(alt)}"`;
  const img = resource === undefined ? src : relURL(resource, ctx.site?.baseURL);
  let html = `<img${attrs({ src: img })}${altAttr}${attrs({ width: get("width"), height: get("height"), loading: get("loading") })}>`;
  if (link) html = `<a${attrs({ href: link, target: get("target"), rel: get("rel") })}>${html}</a>`;

  const title = get("title");
  let attribution = get("attr") ? ctx.renderMarkdown(get("attr")!, { inline: true }) : "";
  if (attribution && attrlink) attribution = `<a${attrs({ href: attrlink })}>${attribution}</a>`;
  if (title || caption || attribution) {
    const text = [caption, attribution].filter(Boolean).join(" ");
    html += `<figcaption>${title ? `<h4>${escapeHtml(title)}</h4>` : ""}${text ? `<p>${text}</p>` : ""}</figcaption>`;
  }
  return `<figure${attrs({ class: get("class") })}>${html}</figure>`;
}
