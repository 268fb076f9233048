import { describe, expect, it } from "vitest";
import { located, render } from "./testPage.ts";

const FULL = "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share";

describe("youtube", () => {
  it("embeds from the privacy-enhanced host, with Hugo's defaults", () => {
    expect(render("{{< youtube w7Ft2ymGmfc >}}").html).toBe(
      '<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">\n' +
        `<iframe allow="${FULL}; fullscreen" loading="eager" referrerpolicy="strict-origin-when-cross-origin" ` +
        'src="https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=0&amp;controls=1&amp;end=0&amp;loop=0&amp;mute=0&amp;start=0" ' +
        'style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" title="YouTube video"></iframe>\n</div>\n',
    );
  });

  it("takes Hugo's named parameters", () => {
    const { html, problems } = render(
      '{{< youtube id="w7Ft2ymGmfc" title="A <talk>" start=30 end=90 loading=lazy autoplay=true allowFullScreen=false controls=false loop=true class="video" >}}',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<div class="video">');
    expect(html).toContain(`allow="${FULL}" loading="lazy"`);
    // autoplay mutes; loop needs the video as its own playlist.
    expect(html).toContain("?autoplay=1&amp;controls=0&amp;end=90&amp;loop=1&amp;mute=1&amp;playlist=w7Ft2ymGmfc&amp;start=30");
    expect(html).toContain('title="A &lt;talk&gt;"');
    expect(html).not.toContain("style=");
  });

  it.each([
    ['"abc\\" onload=\\"x"', 'youtube id "abc" onload="x" is not a video id'],
    ['"../../evil"', 'youtube id "../../evil" is not a video id'],
    ["", "youtube needs a video id"],
    ["id=abc start=soon", "youtube start and end are whole seconds"],
  ])("refuses %s", (args, message) => {
    const result = render(`{{< youtube ${args} >}}`);
    expect(located(result)).toEqual([`content/posts/trip/index.md:5:1: ${message}`]);
    expect(result.html.trim()).toBe("");
  });
});

describe("vimeo", () => {
  it("embeds with do-not-track and a title", () => {
    expect(render("{{< vimeo 146022717 >}}").html).toBe(
      '<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">\n' +
        '<iframe src="https://player.vimeo.com/video/146022717?dnt=1" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" allow="fullscreen" title="Vimeo video"></iframe>\n</div>\n',
    );
  });

  it("takes named parameters, or positional ones in Hugo's order: id, class, title, loading", () => {
    const expected = '<div class="v">\n<iframe src="https://player.vimeo.com/video/1?dnt=1" allow="fullscreen" loading="lazy" title="My &quot;film&quot;"></iframe>\n</div>\n';
    expect(render('{{< vimeo id=1 class="v" title="My \\"film\\"" loading=lazy >}}').html).toBe(expected);
    expect(render('{{< vimeo 1 v "My \\"film\\"" lazy >}}').html).toBe(expected);
  });

  it("refuses an id that is not one", () => {
    expect(located(render('{{< vimeo "1?autoplay=1" >}}'))).toEqual(['content/posts/trip/index.md:5:1: vimeo id "1?autoplay=1" is not a video id']);
  });
});
