/**
 * WCAG 2.1 contrast check of an organisation's theme (success criterion 1.4.3, level AA:
 * at least 4.5:1 for normal text). Only the colour pairs the app uses for text are checked;
 * a side the theme leaves out takes the base theme's value.
 */

/** Minimum contrast ratio for normal text (WCAG 2.1 AA). */
export const MIN_CONTRAST = 4.5;

/** Text colour token, background token, and the base values when the theme sets neither. */
export const TEXT_PAIRS = [
  {
    text: '--utrecht-document-color',
    background: '--utrecht-document-background-color',
    base: ['#1a1a1a', '#ffffff'],
  },
  {
    text: '--utrecht-link-color',
    background: '--utrecht-document-background-color',
    base: ['#0b5ea8', '#ffffff'],
  },
  {
    text: '--utrecht-button-primary-action-color',
    background: '--utrecht-button-primary-action-background-color',
    base: ['#ffffff', '#1a1a1a'],
  },
] as const;

/** [r, g, b] in 0–255 from #rgb, #rrggbb or rgb(r, g, b); null for anything else. */
export function parseColour(value: string): [number, number, number] | null {
  const v = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) return [1, 2, 3].map((i) => Number.parseInt(short[i]!.repeat(2), 16)) as never;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(v);
  if (long) return [1, 2, 3].map((i) => Number.parseInt(long[i]!, 16)) as never;
  const rgb = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(v);
  if (rgb) {
    const c = [1, 2, 3].map((i) => Number(rgb[i]));
    return c.every((n) => n <= 255) ? (c as never) : null;
  }
  return null;
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours, 1–21. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastProblem {
  /** The token to change: the text colour of the pair, or the one that is no colour. */
  token: string;
  message: string;
}

/** What is unreadable in `theme`: unparseable colours of checked tokens and pairs below 4.5:1. */
export function contrastProblems(theme: Record<string, string>): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const pair of TEXT_PAIRS) {
    if (theme[pair.text] === undefined && theme[pair.background] === undefined) continue;
    const textValue = theme[pair.text] ?? pair.base[0];
    const backgroundValue = theme[pair.background] ?? pair.base[1];
    const text = parseColour(textValue);
    const background = parseColour(backgroundValue);
    if (!text || !background) {
      const token = text ? pair.background : pair.text;
      if (!problems.some((p) => p.token === token)) {
        problems.push({ token, message: 'geef een kleur als #1a1a1a of rgb(26, 26, 26)' });
      }
      continue;
    }
    const ratio = contrastRatio(text, background);
    if (ratio < MIN_CONTRAST) {
      problems.push({
        token: pair.text,
        message: `contrast ${ratio.toFixed(2)}:1 met ${pair.background}; minstens ${MIN_CONTRAST}:1 nodig (WCAG 2.1 AA)`,
      });
    }
  }
  return problems;
}
