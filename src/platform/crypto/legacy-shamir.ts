import { randomBytes } from 'node:crypto';

/**
 * LEGACY (share format WBS1, docs/adr/0026): the home-made scheme that split integrity
 * keys before shamir-secret-sharing replaced it. Kept so shares already handed to
 * custodians still recover (`combine`); `split` stays only so tests can make such a
 * set. New splits go through ./shamir.ts.
 *
 * Shamir's secret sharing over GF(2^8), byte by byte (the field of AES, reduction
 * polynomial x^8 + x^4 + x^3 + x + 1). Each byte of the secret is the constant term
 * of its own random polynomial of degree threshold-1; share i is the value of every
 * polynomial at x = i. Any `threshold` shares give the secret back by Lagrange
 * interpolation at x = 0; fewer shares are consistent with every possible secret,
 * so they reveal nothing about it (information-theoretically, not just "hard").
 *
 * Pure and synchronous; the randomness source can be injected for tests. Table
 * lookups are not constant-time: this runs rarely, on the server, on key material
 * that is already in its memory, so cache-timing is not the threat here.
 */

/** Most shares one split can produce: x runs over the non-zero field elements. */
export const MAX_SHARES = 255;

/** One share: its x coordinate (1..255) and one y byte per secret byte. */
export interface Share {
  x: number;
  y: Uint8Array;
}

const EXP = new Uint8Array(510);
const LOG = new Uint8Array(256);
(() => {
  // 3 generates the multiplicative group of GF(2^8) with the AES polynomial.
  let value = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = value;
    LOG[value] = i;
    const doubled = (value << 1) ^ (value & 0x80 ? 0x11b : 0);
    value = doubled ^ value;
  }
  for (let i = 255; i < 510; i++) EXP[i] = EXP[i - 255]!;
})();

/** Addition (and subtraction) in GF(2^8). */
export function gfAdd(a: number, b: number): number {
  return a ^ b;
}

/** Multiplication in GF(2^8). */
export function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[LOG[a]! + LOG[b]!]!;
}

/** Multiplicative inverse in GF(2^8); 0 has none. */
export function gfInv(a: number): number {
  if (a === 0) throw new RangeError('0 has no inverse in GF(256)');
  return EXP[255 - LOG[a]!]!;
}

function gfDiv(a: number, b: number): number {
  return gfMul(a, gfInv(b));
}

/** Evaluate the polynomial with coefficients `coefficients` (constant first) at x. */
function evaluate(coefficients: Uint8Array, x: number): number {
  let result = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) {
    result = gfAdd(gfMul(result, x), coefficients[i]!);
  }
  return result;
}

/**
 * Split `secret` into `count` shares of which any `threshold` recover it.
 * `random(n)` must return n uniformly random bytes (crypto.randomBytes by default).
 */
export function split(
  secret: Uint8Array,
  count: number,
  threshold: number,
  random: (n: number) => Uint8Array = randomBytes,
): Share[] {
  if (secret.length === 0) throw new RangeError('the secret is empty');
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new RangeError('threshold must be an integer of at least 2');
  }
  if (!Number.isInteger(count) || count < threshold || count > MAX_SHARES) {
    throw new RangeError(`count must be an integer from threshold to ${MAX_SHARES}`);
  }
  const shares: Share[] = Array.from({ length: count }, (_, i) => ({
    x: i + 1,
    y: new Uint8Array(secret.length),
  }));
  const coefficients = new Uint8Array(threshold);
  for (let byte = 0; byte < secret.length; byte++) {
    coefficients[0] = secret[byte]!;
    const randomPart = random(threshold - 1);
    if (randomPart.length !== threshold - 1)
      throw new Error('random source returned too few bytes');
    coefficients.set(randomPart, 1);
    for (const share of shares) share.y[byte] = evaluate(coefficients, share.x);
  }
  coefficients.fill(0);
  return shares;
}

/**
 * Recover the secret from shares by Lagrange interpolation at x = 0. Pass at least
 * `threshold` shares of one split: with fewer the result is a meaningless value,
 * which is why callers verify it against a check value.
 */
export function combine(shares: readonly Share[]): Uint8Array {
  if (shares.length < 2) throw new RangeError('at least two shares are needed');
  const length = shares[0]!.y.length;
  const xs = new Set<number>();
  for (const share of shares) {
    if (!Number.isInteger(share.x) || share.x < 1 || share.x > MAX_SHARES) {
      throw new RangeError('a share has an invalid x coordinate');
    }
    if (xs.has(share.x)) throw new RangeError('two shares have the same x coordinate');
    xs.add(share.x);
    if (share.y.length !== length) throw new RangeError('shares differ in length');
  }
  // Lagrange basis at 0: l_i(0) = prod_{j != i} x_j / (x_j - x_i); minus is plus in GF(2^8).
  const basis = shares.map((share, i) => {
    let numerator = 1;
    let denominator = 1;
    shares.forEach((other, j) => {
      if (i === j) return;
      numerator = gfMul(numerator, other.x);
      denominator = gfMul(denominator, gfAdd(other.x, share.x));
    });
    return gfDiv(numerator, denominator);
  });
  const secret = new Uint8Array(length);
  for (let byte = 0; byte < length; byte++) {
    let value = 0;
    shares.forEach((share, i) => {
      value = gfAdd(value, gfMul(share.y[byte]!, basis[i]!));
    });
    secret[byte] = value;
  }
  return secret;
}
