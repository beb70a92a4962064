import { describe, expect, it } from 'vitest';
import { estimateUnderRegistration } from './under-registration';

describe('under-registration estimate', () => {
  it('compares registered reports with the survey’s victims (hand-computed)', () => {
    // 40 office holders, the survey says 45% (95%: 38%–52%) were victims: 18 victims
    // (15.2–20.8); 6 registered, so 1 − 6/18 = 2/3 not registered (0.605–0.712).
    const e = estimateUnderRegistration(6, 40, { p: 0.45, ciLow: 0.38, ciHigh: 0.52 })!;
    expect(e.registeredPer100).toBeCloseTo(15, 10);
    expect(e.surveyPer100).toBeCloseTo(45, 10);
    expect(e.unregisteredShare).toBeCloseTo(2 / 3, 10);
    expect(e.unregisteredLow).toBeCloseTo(1 - 6 / 15.2, 10);
    expect(e.unregisteredHigh).toBeCloseTo(1 - 6 / 20.8, 10);
    expect(e.registerExceedsSurvey).toBe(false);
  });

  it('keeps the interval in order and inside 0..1, and flags a register above the survey', () => {
    const e = estimateUnderRegistration(30, 40, { p: 0.5, ciLow: 0.4, ciHigh: 0.6 })!;
    // 30 registered > 0.6 · 40 = 24: every bound is 0, and the assumptions are flagged.
    expect([e.unregisteredLow, e.unregisteredShare, e.unregisteredHigh]).toEqual([0, 0, 0]);
    expect(e.registerExceedsSurvey).toBe(true);
    for (const r of [0, 1, 5, 10, 20]) {
      const x = estimateUnderRegistration(r, 100, { p: 0.3, ciLow: 0.2, ciHigh: 0.4 })!;
      expect(x.unregisteredLow).toBeLessThanOrEqual(x.unregisteredShare);
      expect(x.unregisteredShare).toBeLessThanOrEqual(x.unregisteredHigh);
      expect(x.unregisteredHigh).toBeLessThanOrEqual(1);
      expect(x.unregisteredLow).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives no estimate without a population or a prevalence', () => {
    expect(estimateUnderRegistration(3, 0, { p: 0.4, ciLow: 0.3, ciHigh: 0.5 })).toBeNull();
    expect(estimateUnderRegistration(3, 10, { p: 0, ciLow: 0, ciHigh: 0.1 })).toBeNull();
  });
});
