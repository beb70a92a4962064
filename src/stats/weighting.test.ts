import { describe, expect, it } from 'vitest';
import { postStratify, rake, trimWeights, WeightingError } from './weighting';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);
const i32 = (values: number[]): Int32Array => Int32Array.from(values);

function totalsBy(weights: Float64Array, categories: Int32Array, count: number): number[] {
  const totals = new Array<number>(count).fill(0);
  weights.forEach((w, i) => {
    totals[categories[i]!]! += w;
  });
  return totals;
}

describe('postStratify', () => {
  it('makes each cell add up to its population count', () => {
    const weights = f64([1, 2, 3, 4, 5]);
    const cells = i32([0, 0, 1, 1, 1]);
    const out = postStratify(weights, cells, f64([300, 1200]));
    const totals = totalsBy(out, cells, 2);
    expect(totals[0]).toBeCloseTo(300, 10);
    expect(totals[1]).toBeCloseTo(1200, 10);
    // Within a cell the ratios are kept.
    expect(out[1]! / out[0]!).toBeCloseTo(2, 14);
  });

  it('refuses a cell with population but no sample rows', () => {
    expect(() => postStratify(f64([1, 1]), i32([0, 0]), f64([10, 5]))).toThrow(
      /cell 1 .* no sample rows/,
    );
  });
});

describe('rake', () => {
  // Two margins: gender (0/1) and age class (0/1/2).
  const gender = i32([0, 0, 0, 1, 1, 1, 0, 1, 0, 1]);
  const age = i32([0, 1, 2, 0, 1, 2, 1, 2, 0, 0]);
  const weights = f64([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);

  it('converges to both margins', () => {
    const result = rake(weights, [
      { name: 'gender', categories: gender, targets: f64([480, 520]) },
      { name: 'age', categories: age, targets: f64([300, 450, 250]) },
    ]);
    expect(result.maxRelativeDeviation).toBeLessThanOrEqual(1e-8);
    expect(result.iterations).toBeGreaterThan(1);
    const g = totalsBy(result.weights, gender, 2);
    const a = totalsBy(result.weights, age, 3);
    expect(g[0]).toBeCloseTo(480, 5);
    expect(g[1]).toBeCloseTo(520, 5);
    expect(a[0]).toBeCloseTo(300, 5);
    expect(a[1]).toBeCloseTo(450, 5);
    expect(a[2]).toBeCloseTo(250, 5);
  });

  it('fails clearly for a category with a target but no rows', () => {
    expect(() =>
      rake(weights, [
        { name: 'gender', categories: gender, targets: f64([480, 520]) },
        { name: 'age', categories: age, targets: f64([300, 400, 250, 50]) },
      ]),
    ).toThrow(/margin "age": category 3 .* no sample rows/);
  });

  it('fails clearly for margins with different totals', () => {
    expect(() =>
      rake(weights, [
        { name: 'gender', categories: gender, targets: f64([480, 520]) },
        { name: 'age', categories: age, targets: f64([300, 450, 200]) },
      ]),
    ).toThrow(/different populations/);
  });

  it('fails clearly when the sample cannot meet the margins', () => {
    // Everyone with a = 0 has b = 0 and vice versa, but the targets split them differently.
    const a = i32([0, 0, 1, 1]);
    const b = i32([0, 0, 1, 1]);
    const run = (): unknown =>
      rake(
        f64([1, 1, 1, 1]),
        [
          { name: 'a', categories: a, targets: f64([50, 50]) },
          { name: 'b', categories: b, targets: f64([30, 70]) },
        ],
        { maxIterations: 50 },
      );
    expect(run).toThrow(WeightingError);
    expect(run).toThrow(/did not meet the margins within 50 iterations/);
  });
});

describe('trimWeights', () => {
  it('caps weights and keeps the total', () => {
    const weights = f64([1, 1, 1, 1, 10, 2]);
    const result = trimWeights(weights, { upper: 4 });
    const total = result.weights.reduce((s, w) => s + w, 0);
    expect(total).toBeCloseTo(16, 12);
    expect(Math.max(...result.weights)).toBeLessThanOrEqual(4 + 1e-12);
    expect(result.trimmed).toBeGreaterThanOrEqual(1);
    // The untrimmed rows keep their ratios.
    expect(result.weights[5]! / result.weights[0]!).toBeCloseTo(2, 12);
  });

  it('repeats when redistribution pushes others over the cap', () => {
    const result = trimWeights(f64([10, 3.5, 3.5, 1, 1, 1]), { upper: 4 });
    expect(Math.max(...result.weights)).toBeLessThanOrEqual(4 + 1e-12);
    expect(result.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(20, 12);
    expect(result.iterations).toBeGreaterThan(1);
  });

  it('keeps cell totals when cells are given, and refuses impossible bounds', () => {
    const cells = i32([0, 0, 0, 1, 1]);
    const result = trimWeights(f64([9, 1, 2, 3, 3]), { upper: 5, cells });
    const totals = totalsBy(result.weights, cells, 2);
    expect(totals[0]).toBeCloseTo(12, 12);
    expect(totals[1]).toBeCloseTo(6, 12);
    expect(() => trimWeights(f64([9, 9, 9]), { upper: 5 })).toThrow(/widen the bounds/);
  });

  it('raises weights below a lower bound', () => {
    const result = trimWeights(f64([0.1, 2, 2, 2]), { lower: 0.5 });
    expect(Math.min(...result.weights)).toBeGreaterThanOrEqual(0.5 - 1e-12);
    expect(result.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(6.1, 12);
  });
});
