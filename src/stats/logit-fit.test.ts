import { describe, expect, it } from 'vitest';
import {
  addFirstStepRow,
  expit,
  fitLogitIntercept,
  logitLinkInverse,
  logitMuEta,
} from './logit-fit';

describe('fitLogitIntercept', () => {
  it('converges to the logit of the weighted proportion, as glm does', () => {
    const weights = [1.2, 0.7, 2.5, 0.9, 1.1, 1.6, 0.4, 1.3];
    const y = [1, 0, 0, 1, 0, 1, 0, 0];
    const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
    const first = { sumWorkingWeight: 0, sumWorkingWeightResponse: 0, startDeviance: 0 };
    let s1 = 0;
    weights.forEach((w, i) => {
      addFirstStepRow(first, w / mean, y[i]!);
      s1 += (w / mean) * y[i]!;
    });
    const pHat = s1 / weights.length;
    const fit = fitLogitIntercept(first, pHat, s1, weights.length - s1);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeGreaterThan(1);
    // R stops at a relative deviance change of 1e-8, so p is close but not exact.
    expect(Math.abs(expit(fit.coefficient) - pHat)).toBeLessThan(1e-7);
    expect(fit.mu).toBe(logitLinkInverse(fit.coefficient));
    expect(fit.muEta).toBeCloseTo(fit.mu * (1 - fit.mu), 12);
  });

  it('clamps like R beyond +-30 and saturates expit instead of returning NaN', () => {
    expect(logitMuEta(31)).toBe(2.220446049250313e-16);
    expect(logitLinkInverse(-31)).toBeCloseTo(2.220446049250313e-16, 30);
    expect(expit(800)).toBe(1);
    expect(expit(-800)).toBe(0);
  });
});
