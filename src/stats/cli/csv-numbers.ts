/** How number fields are read: the limits of readCsv's exact fast path, and the general parser. */

/** Integers below 2^53 and powers of ten up to 1e22 are exact, so one division rounds correctly. */
export const EXACT_MANTISSA_DIGITS = 15;
export const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number as text (surrounding spaces allowed, decimal comma if allowed):
 * NaN for blank or NA, undefined if it is not a number.
 */
export function parseNumberText(raw: string, decimalComma: boolean): number | undefined {
  let text = raw.trim();
  if (text === '' || text === 'NA') return Number.NaN;
  if (decimalComma) text = text.replace(',', '.');
  return NUMBER_PATTERN.test(text) ? Number(text) : undefined;
}
