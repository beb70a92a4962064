import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_METHODS } from './ci';
import { type LonelyPsuPolicy, prepareDesign, StatsInputError } from './design';
import { qt } from './distributions';
import { estimateMean, estimateMeans, estimateProportion, estimateProportions } from './estimate';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);
const i32 = (values: number[]): Int32Array => Int32Array.from(values);

/**
 * Textbook linearisation variance of a domain mean, written as plainly as
 * possible to check the optimised passes: scores (y - m) w / W inside the
 * domain, 0 outside, centred within strata over all n_h rows.
 */
function referenceVariance(
  weights: number[],
  strata: number[],
  y: number[],
  inDomain: boolean[],
  population?: number[],
): { mean: number; variance: number } {
  const rows = weights.map((w, i) => ({
    w,
    h: strata[i]!,
    y: y[i]!,
    in: inDomain[i]! && !Number.isNaN(y[i]!),
  }));
  const W = rows.filter((r) => r.in).reduce((s, r) => s + r.w, 0);
  const mean = rows.filter((r) => r.in).reduce((s, r) => s + r.w * r.y, 0) / W;
  let variance = 0;
  for (const h of new Set(strata)) {
    const members = rows.filter((r) => r.h === h);
    const n = members.length;
    if (n < 2) continue;
    const scores = members.map((r) => (r.in ? ((r.y - mean) * r.w) / W : 0));
    const centre = scores.reduce((s, x) => s + x, 0) / n;
    const ss = scores.reduce((s, x) => s + (x - centre) ** 2, 0);
    const first = strata.indexOf(h);
    const f = population ? 1 - n / population[first]! : 1;
    variance += (f * n * ss) / (n - 1);
  }
  return { mean, variance };
}

describe('estimateProportion', () => {
  it('reduces to p(1-p)/(n-1) for a simple random sample', () => {
    const y = [1, 0, 0, 1, 0, 0, 1, 0, 0, 0];
    const design = prepareDesign({
      weights: f64(y.map(() => 2)),
      strata: new Int32Array(y.length),
    });
    const e = estimateProportion(design, f64(y), { method: 'mean' });
    expect(e.n).toBe(10);
    expect(e.wsum).toBe(20);
    expect(e.p).toBeCloseTo(0.3, 15);
    expect(e.se).toBeCloseTo(Math.sqrt((0.3 * 0.7) / 9), 15);
    expect(e.df).toBe(9);
    const t = qt(0.975, 9);
    expect(e.ciLow).toBeCloseTo(0.3 - t * e.se, 14);
    expect(e.ciHigh).toBeCloseTo(0.3 + t * e.se, 14);
  });

  it('keeps the full design for a domain, as subset() in R does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            w: fc.double({ min: 0.1, max: 50, noNaN: true }),
            h: fc.integer({ min: 0, max: 3 }),
            y: fc.oneof(fc.constant(0), fc.constant(1), fc.constant(Number.NaN)),
            g: fc.integer({ min: -1, max: 2 }),
          }),
          { minLength: 12, maxLength: 60 },
        ),
        (rows) => {
          // Every stratum needs two rows for a plain comparison.
          const strata = rows.map((r) => r.h);
          fc.pre([0, 1, 2, 3].every((h) => strata.filter((s) => s === h).length !== 1));
          const weights = rows.map((r) => r.w);
          const y = rows.map((r) => r.y);
          const design = prepareDesign({ weights: f64(weights), strata: i32(strata) });
          const estimates = estimateProportions(
            design,
            f64(y),
            { index: i32(rows.map((r) => r.g)), count: 3 },
            {
              method: 'mean',
            },
          );
          for (let d = 0; d < 4; d++) {
            const inDomain = rows.map((r) => d === 0 || r.g === d - 1);
            const answered = rows.filter((r, i) => inDomain[i] && !Number.isNaN(r.y));
            const e = estimates[d]!;
            expect(e.n).toBe(answered.length);
            if (answered.length === 0) {
              expect(e.p).toBeNaN();
              continue;
            }
            const ref = referenceVariance(weights, strata, y, inDomain);
            expect(e.p).toBeCloseTo(ref.mean, 12);
            expect(e.se).toBeCloseTo(Math.sqrt(ref.variance), 12);
            expect(e.df).toBe(answered.length - new Set(answered.map((r) => r.h)).size);
          }
        },
      ),
    );
  });

  it('applies the finite population correction, and a census stratum adds nothing', () => {
    const weights = [5, 5, 5, 5, 1, 1, 1];
    const strata = [0, 0, 0, 0, 1, 1, 1];
    const population = [20, 20, 20, 20, 3, 3, 3];
    const y = [1, 0, 1, 1, 0, 1, 1];
    const design = prepareDesign({
      weights: f64(weights),
      strata: i32(strata),
      fpc: f64(population),
    });
    const e = estimateProportion(design, f64(y));
    const ref = referenceVariance(
      weights,
      strata,
      y,
      y.map(() => true),
      population,
    );
    expect(e.se).toBeCloseTo(Math.sqrt(ref.variance), 15);
    const census = referenceVariance(
      [1, 1, 1],
      [0, 0, 0],
      [0, 1, 1],
      [true, true, true],
      [3, 3, 3],
    );
    expect(census.variance).toBe(0);
  });

  it('returns an empty estimate for an empty domain', () => {
    const design = prepareDesign({ weights: f64([1, 2, 3]), strata: i32([0, 0, 0]) });
    const e = estimateProportion(design, f64([1, Number.NaN, 0]), {
      domain: Uint8Array.from([0, 1, 0]),
    });
    expect(e.n).toBe(0);
    expect(e.wsum).toBe(0);
    expect([e.p, e.se, e.ciLow, e.ciHigh, e.df].every(Number.isNaN)).toBe(true);
  });

  it('gives p, no variance and no interval for a domain of one respondent', () => {
    const design = prepareDesign({ weights: f64([1, 2, 3, 4]), strata: i32([0, 0, 1, 1]) });
    const e = estimateProportion(design, f64([1, 0, 1, 0]), {
      domain: Uint8Array.from([0, 0, 1, 0]),
    });
    expect(e).toMatchObject({ n: 1, wsum: 3, p: 1, se: 0, df: 0 });
    expect(e.ciLow).toBeNaN();
    expect(e.ciHigh).toBeNaN();
  });

  it('uses Korn-Graubard with n_eff = n when every answer is the same', () => {
    const design = prepareDesign({
      weights: f64([1, 2, 3, 4, 5, 6]),
      strata: i32([0, 0, 0, 1, 1, 1]),
    });
    const e = estimateProportion(design, f64([0, 0, 0, 0, 0, 0]));
    const ratio = qt(0.025, 5) / qt(0.025, 4);
    expect(e).toMatchObject({ p: 0, se: 0, ciLow: 0, df: 4, method: 'beta' });
    expect(e.ciHigh).toBeCloseTo(1 - 0.025 ** (1 / (6 * ratio * ratio)), 14);
    const ones = estimateProportion(design, f64([1, 1, 1, 1, 1, 1]));
    expect(ones.ciLow).toBeCloseTo(1 - e.ciHigh, 14);
    expect(ones.ciHigh).toBe(1);
  });

  it('follows the lonely-PSU policy', () => {
    const weights = f64([2, 3, 4, 5, 6]);
    const strata = i32([0, 0, 1, 1, 2]); // stratum 2 holds one row
    const y = f64([1, 0, 1, 1, 0]);
    const certainty = estimateProportion(prepareDesign({ weights, strata }, 'certainty'), y, {
      method: 'mean',
    });
    const adjust = estimateProportion(prepareDesign({ weights, strata }, 'adjust'), y, {
      method: 'mean',
    });
    const ref = referenceVariance(
      [...weights],
      [...strata],
      [...y],
      [true, true, true, true, true],
    );
    expect(certainty.se).toBeCloseTo(Math.sqrt(ref.variance), 15);
    expect(certainty.lonelyStrata).toBe(1);
    // adjust: the lone row's score (y - p) w / W, uncentred, is added.
    const lone = ((0 - ref.mean) * 6) / 20;
    expect(adjust.se).toBeCloseTo(Math.sqrt(ref.variance + lone * lone), 15);
    expect(() => prepareDesign({ weights, strata }, 'fail' as LonelyPsuPolicy)).toThrow(
      StatsInputError,
    );
  });

  it('rejects values other than 0 and 1, naming the row', () => {
    const design = prepareDesign({ weights: f64([1, 1, 1]), strata: i32([0, 0, 0]) });
    expect(() => estimateProportion(design, f64([0, 2, 1]))).toThrow(/row 1/);
  });

  it('rejects non-positive weights', () => {
    expect(() => prepareDesign({ weights: f64([1, 0]), strata: i32([0, 0]) })).toThrow(/row 1/);
    expect(() => prepareDesign({ weights: f64([1, -2]), strata: i32([0, 0]) })).toThrow(
      StatsInputError,
    );
  });
});

const arbitrarySample = fc
  .array(
    fc.record({
      w: fc.double({ min: 0.01, max: 1000, noNaN: true }),
      h: fc.integer({ min: 0, max: 4 }),
      y: fc.constantFrom(0, 1, 1, 0, Number.NaN),
      g: fc.integer({ min: -1, max: 1 }),
    }),
    { minLength: 2, maxLength: 80 },
  )
  .map((rows) => ({
    weights: f64(rows.map((r) => r.w)),
    strata: i32(rows.map((r) => r.h)),
    y: f64(rows.map((r) => r.y)),
    groups: { index: i32(rows.map((r) => r.g)), count: 2 },
  }));

describe('invariants', () => {
  it('scaling all weights by a constant changes nothing', () => {
    fc.assert(
      fc.property(
        arbitrarySample,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.constantFrom(...CI_METHODS),
        (s, c, method) => {
          const scaled = s.weights.map((w) => w * c);
          const a = estimateProportions(
            prepareDesign({ weights: s.weights, strata: s.strata }),
            s.y,
            s.groups,
            {
              method,
            },
          );
          const b = estimateProportions(
            prepareDesign({ weights: scaled, strata: s.strata }),
            s.y,
            s.groups,
            {
              method,
            },
          );
          a.forEach((x, d) => {
            const z = b[d]!;
            expect(z.n).toBe(x.n);
            for (const key of ['p', 'se', 'ciLow', 'ciHigh'] as const) {
              if (Number.isNaN(x[key])) expect(z[key]).toBeNaN();
              else
                expect(Math.abs(z[key] - x[key])).toBeLessThanOrEqual(
                  1e-9 * Math.max(Math.abs(x[key]), 1e-6),
                );
            }
          });
        },
      ),
    );
  });

  it('p lies in [0, 1] and the interval contains it', () => {
    fc.assert(
      fc.property(
        arbitrarySample,
        fc.constantFrom(...CI_METHODS),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (s, method, level) => {
          const estimates = estimateProportions(
            prepareDesign({ weights: s.weights, strata: s.strata }),
            s.y,
            s.groups,
            {
              method,
              level,
            },
          );
          for (const e of estimates) {
            if (e.n === 0) continue;
            expect(e.p).toBeGreaterThanOrEqual(0);
            expect(e.p).toBeLessThanOrEqual(1);
            if (Number.isNaN(e.ciLow)) continue;
            const slack = 1e-12;
            expect(e.ciLow).toBeLessThanOrEqual(e.p + slack);
            expect(e.ciHigh).toBeGreaterThanOrEqual(e.p - slack);
            if (method !== 'mean') {
              expect(e.ciLow).toBeGreaterThanOrEqual(0);
              expect(e.ciHigh).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });
});

describe('estimateMean', () => {
  it('matches the textbook formula overall and in a domain', () => {
    const weights = [1.5, 2, 2.5, 1, 3, 2, 1];
    const strata = [0, 0, 0, 1, 1, 2, 2];
    const y = [3.2, 4.1, Number.NaN, 2.2, 5, 1, 7];
    const domain = [true, false, true, true, true, false, true];
    const design = prepareDesign({ weights: f64(weights), strata: i32(strata) });
    const all = estimateMean(design, f64(y));
    const ref = referenceVariance(
      weights,
      strata,
      y,
      y.map(() => true),
    );
    expect(all.mean).toBeCloseTo(ref.mean, 14);
    expect(all.se).toBeCloseTo(Math.sqrt(ref.variance), 14);
    expect(all.df).toBe(6 - 3);
    const part = estimateMean(design, f64(y), { domain: Uint8Array.from(domain.map(Number)) });
    const refPart = referenceVariance(weights, strata, y, domain);
    expect(part.mean).toBeCloseTo(refPart.mean, 14);
    expect(part.se).toBeCloseTo(Math.sqrt(refPart.variance), 14);
    expect(part.ciHigh - part.mean).toBeCloseTo(qt(0.975, part.df) * part.se, 12);
  });

  it('equals the proportion estimator on 0/1 data', () => {
    const design = prepareDesign({ weights: f64([1, 2, 3, 4, 5]), strata: i32([0, 0, 1, 1, 1]) });
    const y = f64([1, 0, 1, 1, 0]);
    const [mean] = estimateMeans(design, y);
    const proportion = estimateProportion(design, y, { method: 'mean' });
    expect(mean!.mean).toBeCloseTo(proportion.p, 15);
    expect(mean!.se).toBeCloseTo(proportion.se, 15);
    expect(mean!.ciLow).toBeCloseTo(proportion.ciLow, 15);
  });
});

describe('the replayed logit fit', () => {
  it('computes the starting deviance exactly when the cheap bracket cannot decide', () => {
    // Equal weights and p = 0.081 put the first-step deviance inside
    // the bracket on the starting deviance, so the exact second pass runs.
    const n = 1000;
    const y = f64(Array.from({ length: n }, (_, i) => (i < 81 ? 1 : 0)));
    const design = prepareDesign({
      weights: f64(new Array(n).fill(1)),
      strata: i32(Array.from({ length: n }, (_, i) => i % 4)),
    });
    const e = estimateProportion(design, y);
    // svyciprop(~y, svydesign(ids = ~1, strata = ~h, weights = ~w)) in R 4.2, survey 4.1-1.
    const close = (ours: number, r: number): void =>
      expect(Math.abs(ours - r) / r).toBeLessThan(1e-12);
    close(e.p, 0.08100000000001088);
    close(e.ciLow, 0.06557521232145697);
    close(e.ciHigh, 0.09966605837380535);
  });
});
