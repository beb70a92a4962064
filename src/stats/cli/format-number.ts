/**
 * Numbers printed the way survey-oracle.R prints them, so our CSV and R's can
 * be compared byte for byte. The oracle pastes each number into a character
 * vector (as.character: 15 significant digits), reads it back, applies
 * signif(x, 12) and lets write.csv print it (up to 15 digits, fixed notation
 * because of options(scipen = 100)). We replay those three steps.
 */

/** Significant digits the oracle keeps (its --digits default). */
export const OUTPUT_DIGITS = 12;
/** Digits of R's as.character() for doubles. */
const CHARACTER_DIGITS = 15;
/** Digits write.table prints doubles with. */
const PRINT_DIGITS = 15;

/** R_pow_di: 10^n by repeated squaring, so large n round exactly as R's do. */
function powerOfTen(n: number): number {
  let result = 1;
  let x = 10;
  let k = n;
  for (;;) {
    if (k & 1) result *= x;
    k >>= 1;
    if (k === 0) break;
    x *= x;
  }
  return result;
}

/** Round half to even, as C's nearbyint in the default rounding mode. */
function roundHalfEven(v: number): number {
  const floor = Math.floor(v);
  const diff = v - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** R's signif(x, digits) (nmath fprec.c): scale by a power of ten, round, scale back. */
export function signif(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const ax = Math.abs(x);
  const e10 = digits - 1 - Math.floor(Math.log10(ax));
  if (e10 > 0) {
    const p10 = powerOfTen(e10);
    return (sign * roundHalfEven(ax * p10)) / p10;
  }
  const p10 = powerOfTen(-e10);
  return sign * roundHalfEven(ax / p10) * p10;
}

/**
 * x as write.csv prints a double under scipen = 100: 15 significant digits,
 * trailing zeros dropped, never exponent notation.
 */
function printDouble(x: number): string {
  const text = x.toPrecision(PRINT_DIGITS);
  const negative = text.startsWith('-');
  const [mantissa, exponentText] = (negative ? text.slice(1) : text).split('e') as [
    string,
    string | undefined,
  ];
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // Position of the decimal point after the first `pointAt` digits.
  const pointAt = (point < 0 ? mantissa.length : point) + exponent;
  let whole: string;
  let fraction: string;
  if (pointAt <= 0) {
    whole = '0';
    fraction = '0'.repeat(-pointAt) + digits;
  } else if (pointAt >= digits.length) {
    whole = digits + '0'.repeat(pointAt - digits.length);
    fraction = '';
  } else {
    whole = digits.slice(0, pointAt);
    fraction = digits.slice(pointAt);
  }
  fraction = fraction.replace(/0+$/, '');
  const out = fraction ? `${whole}.${fraction}` : whole;
  return negative ? `-${out}` : out;
}

/** One number as the oracle prints it: NA for NaN or missing, else 12 significant digits. */
export function formatNumber(x: number, digits = OUTPUT_DIGITS): string {
  if (Number.isNaN(x)) return 'NA';
  if (x === Number.POSITIVE_INFINITY) return 'Inf';
  if (x === Number.NEGATIVE_INFINITY) return '-Inf';
  const asCharacter = Number(x.toPrecision(CHARACTER_DIGITS));
  return printDouble(signif(asCharacter, digits));
}

/** A string quoted as write.csv quotes it: in double quotes, inner quotes doubled. */
export function quoteString(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
