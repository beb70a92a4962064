import { describe, expect, it } from 'vitest';
import { prepareDesign, StatsInputError } from './design';
import { estimateMeans, estimateTotals } from './estimate';
import { mathQuantile } from './estimate-quantiles';
import {
  jackknifeDesign,
  ReplicateWeightError,
  replicateDesign,
  replicateRank,
} from './replicate-design';

const weights = Float64Array.from([2, 3, 4, 5, 6]);
const columns = (k: number): Float64Array[] =>
  Array.from({ length: k }, (_, r) => weights.map((w, i) => w * (1 + 0.1 * (((i + r) % 3) - 1))));

describe('replicateDesign', () => {
  it('sets the scale of each scheme as svrepdesign does', () => {
    const reps = columns(4);
    expect(replicateDesign({ weights, replicates: reps, type: 'JK1' }).scale).toBe(3 / 4);
    expect(replicateDesign({ weights, replicates: reps, type: 'bootstrap' }).scale).toBe(1 / 3);
    expect(replicateDesign({ weights, replicates: reps, type: 'BRR' }).scale).toBe(1 / 4);
    expect(replicateDesign({ weights, replicates: reps, type: 'Fay', rho: 0.5 }).scale).toBe(1);
    expect(replicateDesign({ weights, replicates: reps, type: 'JK1', scale: 0.2 }).scale).toBe(0.2);
    expect(() => replicateDesign({ weights, replicates: reps, type: 'Fay' })).toThrow(
      StatsInputError,
    );
  });

  it('names the replicate and row of a weight that is not positive and finite', () => {
    const reps = columns(3);
    reps[1]![2] = Number.POSITIVE_INFINITY;
    try {
      replicateDesign({ weights, replicates: reps, type: 'bootstrap' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReplicateWeightError);
      expect((error as ReplicateWeightError).replicate).toBe(1);
      expect((error as ReplicateWeightError).row).toBe(2);
    }
  });
});

describe('replicateRank', () => {
  it('counts independent columns as qr(tol = 1e-5) does', () => {
    const [a, b] = columns(2);
    const sum = a!.map((x, i) => x + b![i]!);
    const nearly = a!.map((x, i) => x * (1 + 1e-9 * i));
    expect(replicateRank([a!, b!])).toBe(2);
    expect(replicateRank([a!, b!, sum])).toBe(2);
    expect(replicateRank([a!, nearly, b!])).toBe(2);
  });
});

describe('jackknifeDesign', () => {
  it('JK1 on one stratum equals the linearised variance of a mean with (n-1)/n', () => {
    const y = Float64Array.from([1, 4, 2, 8, 5]);
    const prepared = prepareDesign({ weights, strata: new Int32Array(5) });
    const jk = jackknifeDesign(prepared, 'JK1');
    expect(jk.replicates).toHaveLength(5);
    expect(jk.df).toBe(4);
    const [replicated] = estimateMeans(jk, y);
    const [linear] = estimateMeans(prepared, y);
    expect(replicated!.mean).toBeCloseTo(linear!.mean, 12);
    // For a total the delete-one jackknife reproduces the linearised variance exactly.
    const [total] = estimateTotals(jk, y);
    const [linearTotal] = estimateTotals(prepared, y);
    expect(total!.se).toBeCloseTo(linearTotal!.se, 9);
  });

  it('knows the rank of its replicate weights without computing it', () => {
    const strata = Int32Array.from([0, 0, 1, 1, 1, 2, 3, 3, 3, 3]);
    const w = Float64Array.from([2, 3, 4, 5, 6, 7, 8, 9, 1, 2]);
    for (const lonely of ['adjust', 'certainty'] as const) {
      const jkn = jackknifeDesign(prepareDesign({ weights: w, strata }, lonely), 'JKn');
      expect(jkn.df, lonely).toBe(replicateRank(jkn.replicates) - 1);
    }
    const census = prepareDesign({
      weights: w,
      strata,
      fpc: Float64Array.from([2, 2, 9, 9, 9, 5, 4, 4, 4, 4]),
    });
    const jkn = jackknifeDesign(census, 'JKn');
    expect(jkn.df).toBe(replicateRank(jkn.replicates) - 1);
  });

  it('JKn makes one replicate per row of a stratum with more than one row, and refuses JK1 on strata', () => {
    const prepared = prepareDesign({ weights, strata: Int32Array.from([0, 0, 1, 1, 1]) });
    const jkn = jackknifeDesign(prepared, 'JKn');
    expect(jkn.replicates).toHaveLength(5);
    expect(Array.from(jkn.rscales)).toEqual([0.5, 0.5, 2 / 3, 2 / 3, 2 / 3]);
    expect(() => jackknifeDesign(prepared, 'JK1')).toThrow(/use JKn/);
  });
});

describe('mathQuantile', () => {
  const sorted = Float64Array.from([10, 20, 30, 40]);
  const cumulative = Float64Array.from([1, 2, 3, 4]);
  it('takes the value where the weight share reaches p, the lower one on an exact tie', () => {
    expect(mathQuantile(sorted, cumulative, 4, 0.5)).toBe(20);
    expect(mathQuantile(sorted, cumulative, 4, 0.6)).toBe(30);
    expect(mathQuantile(sorted, cumulative, 4, 1)).toBe(40);
  });
  it("keeps R's quirk below the first weight: the second value", () => {
    expect(mathQuantile(sorted, cumulative, 4, 0.1)).toBe(20);
  });
});
