import { describe, expect, it } from 'vitest';
import { calibrateDesign } from './calibration';
import { prepareDesign } from './design';
import { estimateMeans } from './estimate';
import { designVariance } from './linearised-variance';
import { postStratify } from './weighting';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);
const i32 = (values: number[]): Int32Array => Int32Array.from(values);

const weights = f64([10, 12, 11, 9, 8, 14, 10, 13]);
const strata = i32([0, 0, 0, 0, 1, 1, 1, 1]);
const sex = i32([0, 1, 0, 1, 0, 1, 0, 1]);
const age = i32([0, 0, 1, 1, 2, 2, 0, 1]);
const y = f64([3, 5, 2, 8, 1, 4, 6, 7]);

describe('calibrateDesign', () => {
  it('post-stratifies to the same weights as postStratify', () => {
    const design = calibrateDesign(prepareDesign({ weights, strata }), {
      method: 'poststratify',
      variables: [{ name: 'sex', categories: sex, totals: f64([60, 50]) }],
    });
    const expected = postStratify(weights, sex, f64([60, 50]));
    for (let i = 0; i < weights.length; i++)
      expect(design.weights[i]).toBeCloseTo(expected[i]!, 12);
  });

  it('rakes to every margin to machine precision', () => {
    const design = calibrateDesign(prepareDesign({ weights, strata }), {
      method: 'rake',
      variables: [
        { name: 'sex', categories: sex, totals: f64([60, 50]) },
        { name: 'age', categories: age, totals: f64([40, 45, 25]) },
      ],
    });
    const margin = (codes: Int32Array, level: number): number =>
      design.weights.reduce((sum, w, i) => sum + (codes[i] === level ? w : 0), 0);
    expect(margin(sex, 0)).toBeCloseTo(60, 11);
    expect(margin(age, 2)).toBeCloseTo(25, 11);
  });

  it('meets a numeric total with linear calibration', () => {
    const income = f64([20, 30, 25, 40, 35, 22, 28, 31]);
    const design = calibrateDesign(prepareDesign({ weights, strata }), {
      method: 'linear',
      variables: [
        { name: 'sex', categories: sex, totals: f64([60, 50]) },
        { name: 'income', values: income, total: 3300 },
      ],
    });
    const total = design.weights.reduce((sum, w, i) => sum + w * income[i]!, 0);
    expect(total).toBeCloseTo(3300, 9);
  });

  it('shrinks the variance of an estimate the calibration variable explains', () => {
    // y follows sex closely: calibrating on sex removes most of its variance.
    const follows = f64([1, 9, 1.2, 9.1, 0.8, 8.9, 1.1, 9.2]);
    const plain = prepareDesign({ weights, strata });
    const calibrated = calibrateDesign(plain, {
      method: 'poststratify',
      variables: [{ name: 'sex', categories: sex, totals: f64([60, 50]) }],
    });
    const se = (d: typeof plain): number => estimateMeans(d, follows)[0]!.se;
    expect(se(calibrated)).toBeLessThan(se(plain) / 5);
  });
});

describe('designVariance', () => {
  it('gives the one-pass variance for a design without clusters', () => {
    const design = prepareDesign({ weights, strata, fpc: f64([40, 40, 40, 40, 50, 50, 50, 50]) });
    const mean = estimateMeans(design, y)[0]!;
    const W = weights.reduce((a, b) => a + b, 0);
    const scores = y.map((v, i) => ((v - mean.mean) * weights[i]!) / W);
    expect(Math.sqrt(designVariance(design, scores))).toBeCloseTo(mean.se, 14);
  });

  it('treats single-row clusters as rows as PSUs', () => {
    const rows = prepareDesign({ weights, strata });
    const clustered = prepareDesign({ weights, strata, clusters: [i32([0, 1, 2, 3, 0, 1, 2, 3])] });
    expect(estimateMeans(clustered, y)[0]!.se).toBeCloseTo(estimateMeans(rows, y)[0]!.se, 14);
    expect(estimateMeans(clustered, y)[0]!.df).toBe(6);
  });
});
