/** Small helpers that keep the instrument definitions readable. */

/** A text in Dutch with its English translation. */
export const t = (nl: string, en?: string) => (en ? { nl, en } : { nl });

/** An answer option; `points` only where the option counts. */
export const opt = (value: string, nl: string, en?: string, points?: number) => ({
  value,
  label: t(nl, en),
  ...(points === undefined ? {} : { points }),
});

/** Markdown written as an indented template literal: common indentation removed. */
export function md(nl: string, en?: string) {
  const clean = (s: string) => {
    const lines = s.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
    const indent = Math.min(
      ...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)?.[0].length ?? 0),
    );
    return lines.map((l) => l.slice(indent)).join('\n');
  };
  return en ? { nl: clean(nl), en: clean(en) } : { nl: clean(nl) };
}
