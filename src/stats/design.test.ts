import { describe, expect, it } from 'vitest';
import { prepareDesign, StatsInputError } from './design';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);
const i32 = (values: number[]): Int32Array => Int32Array.from(values);

describe('prepareDesign', () => {
  it('summarises strata: sizes, variance factors and lonely strata', () => {
    const design = prepareDesign({
      weights: f64([1, 1, 1, 1, 1, 1]),
      strata: i32([0, 0, 0, 2, 1, 1]),
      fpc: f64([30, 30, 30, 10, 2, 2]),
    });
    expect(design.stratumCount).toBe(3);
    expect([...design.stratumSize]).toEqual([3, 2, 1]);
    // (1 - 3/30) * 3/2; stratum 1 is a census (2 of 2); stratum 2 holds one row: (1 - 1/10).
    expect(design.varianceScale[0]).toBeCloseTo(0.9 * 1.5, 15);
    expect(design.varianceScale[1]).toBe(0);
    expect(design.varianceScale[2]).toBeCloseTo(0.9, 15);
    expect(design.lonelyStrata).toEqual([2]);
    expect(design.lonelyPsu).toBe('adjust');
  });

  it('refuses an fpc below the sample size or varying within a stratum', () => {
    expect(() =>
      prepareDesign({ weights: f64([1, 1]), strata: i32([0, 0]), fpc: f64([1, 1]) }),
    ).toThrow(/smaller than the 2 rows/);
    expect(() =>
      prepareDesign({ weights: f64([1, 1]), strata: i32([0, 0]), fpc: f64([5, 6]) }),
    ).toThrow(StatsInputError);
  });

  it('refuses mismatched lengths and lone strata under the fail policy', () => {
    expect(() => prepareDesign({ weights: f64([1, 1]), strata: i32([0]) })).toThrow(
      /strata has 1 entries/,
    );
    expect(() =>
      prepareDesign({ weights: f64([1, 1, 1]), strata: i32([0, 0, 1]) }, 'fail'),
    ).toThrow(/single row/);
  });
});
