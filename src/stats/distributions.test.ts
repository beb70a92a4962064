import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  incompleteBeta,
  logBeta,
  logGamma,
  pbeta,
  pnorm,
  pt,
  qbeta,
  qnorm,
  qt,
} from './distributions';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** The brief: quantiles accurate to about 1e-12 relative; most agree to 1e-14. */
const TOLERANCE = 1e-12;

/** Reference values from R 4.2 (fixtures/r-distributions.R). */
function referenceValues(): { section: string; args: number[]; value: number }[] {
  const out: { section: string; args: number[]; value: number }[] = [];
  let section = '';
  for (const line of readFileSync(join(FIXTURES, 'r-distributions.txt'), 'utf8').split('\n')) {
    const text = line.trim();
    if (!text) continue;
    if (/^[A-Z]+$/.test(text)) {
      section = text;
      continue;
    }
    const numbers = text.split(/\s+/).map(Number);
    out.push({ section, args: numbers.slice(0, -1), value: numbers[numbers.length - 1]! });
  }
  return out;
}

const functions: Record<string, (...args: number[]) => number> = {
  QT: (p, df) => qt(p!, df!),
  PT: (t, df) => pt(t!, df!),
  QBETA: (p, a, b) => qbeta(p!, a!, b!),
  PBETA: (x, a, b) => pbeta(x!, a!, b!),
  QNORM: (p) => qnorm(p!),
  PNORM: (x) => pnorm(x!),
  LGAMMA: (x) => logGamma(x!),
  LBETA: (a, b) => logBeta(a!, b!),
};

describe('distribution functions against R', () => {
  const cases = referenceValues();
  it('has the reference values', () => {
    expect(cases.length).toBeGreaterThan(300);
  });
  it.each(cases.map((c) => [c.section, c.args.join(', '), c]))('%s(%s)', (_s, _a, c) => {
    const got = functions[c.section]!(...c.args);
    if (c.section === 'PNORM' && c.value === 0) {
      // R's pnorm flushes to 0 below -37.5; we keep the subnormal tail.
      expect(got).toBeLessThan(1e-300);
      return;
    }
    if (c.value === 0) {
      expect(Math.abs(got)).toBeLessThan(1e-15);
      return;
    }
    expect(Math.abs(got - c.value) / Math.abs(c.value)).toBeLessThan(TOLERANCE);
  });
});

describe('known values', () => {
  it('gives the textbook quantiles', () => {
    expect(qnorm(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(qt(0.975, 1)).toBeCloseTo(12.706204736174707, 13);
    expect(qt(0.975, Number.POSITIVE_INFINITY)).toBe(qnorm(0.975));
    expect(qt(0.5, 7)).toBe(0);
    expect(pt(0, 3)).toBe(0.5);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(1)).toBe(0);
    // I_{1/2}(2, 3) = 11/16 exactly.
    expect(pbeta(0.5, 2, 3)).toBeCloseTo(0.6875, 15);
    // Cauchy: qt(p, 1) = tan(pi (p - 1/2)).
    expect(qt(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 13);
    // df = 2 has a closed form: t = (2p - 1) / sqrt(2 p (1 - p)).
    expect(qt(0.8, 2)).toBeCloseTo(0.6 / Math.sqrt(2 * 0.8 * 0.2), 14);
  });

  it('returns NaN outside the domain', () => {
    expect(qt(0.5, 0)).toBeNaN();
    expect(qt(1.5, 3)).toBeNaN();
    expect(qbeta(0.5, -1, 2)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });

  it('keeps both tails of the incomplete beta accurate', () => {
    const { lower, upper } = incompleteBeta(0.999, 2, 5);
    expect(lower + upper).toBeCloseTo(1, 15);
    expect(upper).toBeGreaterThan(0);
    expect(upper).toBeLessThan(1e-13);
  });
});

/** The double k representable steps away from x (x > 0). */
function stepDoubles(x: number, k: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(k));
  return view.getFloat64(0);
}

describe('properties', () => {
  it('qt inverts pt', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.5, max: 1e6, noNaN: true }),
        (p, df) => {
          const t = qt(p, df);
          expect(Math.abs(pt(t, df) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-11);
        },
      ),
    );
  });

  it('qbeta inverts pbeta up to the spacing of doubles', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.05, max: 1e4, noNaN: true }),
        fc.double({ min: 0.05, max: 1e4, noNaN: true }),
        (p, a, b) => {
          const x = qbeta(p, a, b);
          // Near 0 or 1 a quantile cannot be closer than its neighbouring doubles
          // allow, so check that the target lies between the CDF a few doubles away.
          const below = pbeta(stepDoubles(x, -4), a, b);
          const above = pbeta(stepDoubles(x, 4), a, b);
          expect(below).toBeLessThanOrEqual(p * (1 + 1e-12));
          expect(above).toBeGreaterThanOrEqual(p * (1 - 1e-12));
        },
      ),
    );
  });

  it('t quantiles are symmetric and decrease with df', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.499, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (p, df) => {
          expect(qt(p, df)).toBeCloseTo(-qt(1 - p, df), 10);
          expect(Math.abs(qt(p, df))).toBeGreaterThanOrEqual(Math.abs(qt(p, df + 1)) - 1e-12);
        },
      ),
    );
  });
});
