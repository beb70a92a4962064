/**
 * The contrast check the server applies to a theme (src/modules/organisations/theme-contrast.ts),
 * here to show the ratio while the admin picks colours. WCAG 2.1 AA: 4.5:1 for text.
 */
export const MIN_CONTRAST = 4.5;

type Rgb = [number, number, number];

/** [r, g, b] from #rgb or #rrggbb; null otherwise. */
export function parseHex(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const lum = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** The WCAG contrast ratio of two hex colours, or null when either is no colour. */
export function ratioOf(a: string, b: string): number | null {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return null;
  const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
