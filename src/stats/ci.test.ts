import { describe, expect, it } from 'vitest';
import {
  betaInterval,
  clopperPearsonInterval,
  effectiveSampleSize,
  logitInterval,
  waldInterval,
  wilsonInterval,
  xlogitInterval,
} from './ci';
import { qnorm, qt } from './distributions';

describe('confidence intervals', () => {
  it('Clopper-Pearson matches its closed forms', () => {
    // x = 0: [0, 1 - (alpha/2)^(1/n)]; x = n: mirrored.
    const [low, high] = clopperPearsonInterval(0, 10, 0.95);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(1 - 0.025 ** (1 / 10), 14);
    const [l2, h2] = clopperPearsonInterval(10, 10, 0.95);
    expect(l2).toBeCloseTo(0.025 ** (1 / 10), 14);
    expect(h2).toBe(1);
    // binom.test(3, 10)$conf.int in R: 0.0667395111777345, 0.6524528500599973.
    const [l3, h3] = clopperPearsonInterval(3, 10, 0.95);
    expect(l3).toBeCloseTo(0.0667395111777345, 13);
    expect(h3).toBeCloseTo(0.6524528500599973, 13);
  });

  it('Korn-Graubard equals Clopper-Pearson for a simple random sample with df = n - 1', () => {
    // var = p(1-p)/n gives n_eff = n, and the df adjustment is 1 when df = n - 1.
    const n = 40;
    const p = 12 / 40;
    const [low, high] = betaInterval(p, (p * (1 - p)) / n, n, n - 1, 0.95);
    const [cpLow, cpHigh] = clopperPearsonInterval(12, 40, 0.95);
    expect(low).toBeCloseTo(cpLow, 13);
    expect(high).toBeCloseTo(cpHigh, 13);
  });

  it('Wilson matches the classic score interval when n_eff = n and df is infinite', () => {
    const n = 50;
    const p = 0.2;
    const z = qnorm(0.975);
    const [low, high] = wilsonInterval(p, (p * (1 - p)) / n, n, Number.POSITIVE_INFINITY, 0.95);
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    expect(low).toBeCloseTo(centre - half, 14);
    expect(high).toBeCloseTo(centre + half, 14);
    // At p = 0 it still gives [0, z^2 / (n + z^2)] with n_eff = n.
    const [zeroLow, zeroHigh] = wilsonInterval(0, 0, n, Number.POSITIVE_INFINITY, 0.95);
    expect(zeroLow).toBe(0);
    expect(zeroHigh).toBeCloseTo((z * z) / (n + z * z), 14);
  });

  it('logit, Wald and xlogit use the t quantile', () => {
    const t = qt(0.025, 12);
    const [lo, hi] = logitInterval(0.4, 0.2, 12, 0.95);
    expect(Math.log(lo / (1 - lo))).toBeCloseTo(0.4 + 0.2 * t, 12);
    expect(Math.log(hi / (1 - hi))).toBeCloseTo(0.4 - 0.2 * t, 12);
    const [wl, wh] = waldInterval(0.3, 0.05, 12, 0.95);
    expect(wl).toBeCloseTo(0.3 + 0.05 * t, 14);
    expect(wh).toBeCloseTo(0.3 - 0.05 * t, 14);
    const [xl] = xlogitInterval(0.3, 0.05, 12, 0.95);
    expect(Math.log(xl / (1 - xl))).toBeCloseTo(Math.log(0.3 / 0.7) + (0.05 / 0.21) * t, 12);
  });

  it('is undefined without degrees of freedom', () => {
    expect(logitInterval(0, 1, 0, 0.95).every(Number.isNaN)).toBe(true);
    expect(betaInterval(0.5, 0.01, 1, 0, 0.95).every(Number.isNaN)).toBe(true);
    expect(wilsonInterval(0.5, 0.01, 3, -1, 0.95).every(Number.isNaN)).toBe(true);
  });

  it('falls back to n for the effective sample size at the boundary', () => {
    expect(effectiveSampleSize(0.25, 0.001, 99)).toBeCloseTo(187.5, 12);
    expect(effectiveSampleSize(0, 0, 99)).toBe(99);
    expect(effectiveSampleSize(0.5, 0, 99)).toBe(99);
  });
});
