/** How the map colours figures: three classes, a pattern for suppressed areas (ADR 0038). */

/**
 * Three fills, light to dark. Each differs from the next by at least 3:1 in contrast
 * (relative luminance 0.898, 0.229, 0.029: 3.4:1 and 3.5:1), so the classes stay apart without
 * relying on hue (WCAG 1.4.11); the text on the page and the table carry every number anyway.
 */
export const CLASS_FILLS = ['#eef4fb', '#4f86c9', '#0f2f5c'] as const;

/** The upper bound of each class (the last is the largest value); empty without values. */
export function classBreaks(values: readonly number[]): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const bounds = [at(1 / 3), at(2 / 3), max];
  // Equal bounds would make an empty class: keep each bound once.
  return bounds.filter((b, i) => i === 0 || b > (bounds[i - 1] ?? Number.NEGATIVE_INFINITY));
}

/** The class (0-based) of `value`, given the bounds of classBreaks. */
export function classOf(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((upper) => value <= upper);
  return index === -1 ? breaks.length - 1 : index;
}
