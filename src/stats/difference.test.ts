import { describe, expect, it } from 'vitest';
import { differenceBetweenWaves, satterthwaiteDf } from './difference';
import { pnorm, pt, qnorm, qt } from './distributions';

describe('differenceBetweenWaves', () => {
  it('combines independent standard errors and tests against the normal', () => {
    // 2020: 35% (se 1.5 points), 2022: 49% (se 1.8 points).
    const d = differenceBetweenWaves({ estimate: 0.35, se: 0.015 }, { estimate: 0.49, se: 0.018 });
    const se = Math.sqrt(0.015 ** 2 + 0.018 ** 2);
    expect(d.estimate).toBeCloseTo(0.14, 15);
    expect(d.se).toBeCloseTo(se, 15);
    expect(d.df).toBe(Number.POSITIVE_INFINITY);
    expect(d.statistic).toBeCloseTo(0.14 / se, 12);
    expect(d.pValue).toBeCloseTo(2 * pnorm(-0.14 / se), 15);
    expect(d.ciLow).toBeCloseTo(0.14 - qnorm(0.975) * se, 14);
    expect(d.ciHigh).toBeCloseTo(0.14 + qnorm(0.975) * se, 14);
  });

  it('gives p = 1 for no change and a symmetric result when the waves swap', () => {
    const same = differenceBetweenWaves({ estimate: 0.3, se: 0.02 }, { estimate: 0.3, se: 0.03 });
    expect(same.pValue).toBe(1);
    const a = differenceBetweenWaves({ estimate: 0.2, se: 0.02 }, { estimate: 0.26, se: 0.03 });
    const b = differenceBetweenWaves({ estimate: 0.26, se: 0.03 }, { estimate: 0.2, se: 0.02 });
    expect(b.estimate).toBeCloseTo(-a.estimate, 15);
    expect(b.pValue).toBeCloseTo(a.pValue, 15);
  });

  it('uses Welch-Satterthwaite degrees of freedom for the t reference', () => {
    const earlier = { estimate: 0.3, se: 0.04, df: 20 };
    const later = { estimate: 0.45, se: 0.05, df: 30 };
    const d = differenceBetweenWaves(earlier, later, { reference: 't', level: 0.9 });
    const v1 = 0.04 ** 2;
    const v2 = 0.05 ** 2;
    const df = (v1 + v2) ** 2 / (v1 ** 2 / 20 + v2 ** 2 / 30);
    expect(d.df).toBeCloseTo(df, 12);
    expect(satterthwaiteDf(0.04, 20, 0.05, 30)).toBeCloseTo(df, 12);
    expect(d.pValue).toBeCloseTo(2 * pt(-Math.abs(d.statistic), df), 14);
    expect(d.ciHigh - d.estimate).toBeCloseTo(qt(0.95, df) * d.se, 12);
    expect(() =>
      differenceBetweenWaves({ estimate: 0.1, se: 0.01 }, later, { reference: 't' }),
    ).toThrow(/degrees/);
  });

  it('is undefined when an estimate is', () => {
    const d = differenceBetweenWaves(
      { estimate: Number.NaN, se: Number.NaN },
      { estimate: 0.2, se: 0.01 },
    );
    expect(d.pValue).toBeNaN();
    expect(d.ciLow).toBeNaN();
  });
});
