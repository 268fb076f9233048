// The colours of layouts/_assets/css/folio.css, checked without a browser: every Prism token colour at WCAG AA
// (4.5:1) on the code background and on a highlighted line, in light and dark; text colours on the page; and
// the two copies of the dark palette (the toggle's and the system's) alike.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync("layouts/_assets/css/folio.css", "utf8");
const block = (selector: string) => {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf("}", start));
};
const palette = (text: string) => Object.fromEntries([...text.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

const rgb = (color: string): number[] => {
  if (color.startsWith("#")) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return color.match(/[\d.]+/g)!.map(Number);
};
const luminance = (color: number[]) =>
  color.slice(0, 3).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** An rgba() colour painted over an opaque one. */
const over = (top: string, under: number[]) => {
  const [r, g, b, a = 1] = rgb(top);
  return [r!, g!, b!].map((c, i) => c * a + under[i]! * (1 - a));
};

const light = palette(block(":root"));
const dark = palette(block(':root[data-theme="dark"]'));
const systemDark = palette(block(':root:not([data-theme="light"])'));

describe.each([["light", light], ["dark", dark]] as const)("the %s palette", (_, colours) => {
  const tokens = Object.keys(colours).filter((name) => name.startsWith("t-"));

  it("has every Prism token colour at 4.5:1 or more on code, highlighted lines included", () => {
    expect(tokens.length).toBeGreaterThanOrEqual(8);
    const code = rgb(colours["code-bg"]!);
    for (const background of [code, over(colours.hl!, code)]) {
      for (const token of tokens) expect(contrast(rgb(colours[token]!), background), token).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("has text at 7:1 and muted text and links at 4.5:1 on the page and on surfaces", () => {
    for (const background of [colours.bg!, colours.surface!, colours["code-bg"]!].map(rgb)) {
      expect(contrast(rgb(colours.fg!), background)).toBeGreaterThanOrEqual(7);
      expect(contrast(rgb(colours.muted!), background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(rgb(colours.accent!), background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

it("writes the dark palette the same for the toggle and for the system", () => {
  expect(systemDark).toEqual(dark);
  expect(Object.keys(dark).sort()).toEqual(Object.keys(light).filter((name) => !["measure", "sans", "mono"].includes(name)).sort());
});
