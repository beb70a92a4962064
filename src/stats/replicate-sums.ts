/** Weighted sums per domain under the full weights and under each replicate's weights. */
import { StatsInputError } from './design';
import type { Groups } from './estimate-types';
import type { ReplicateDesign } from './replicate-design';

/**
 * For each value column u: sum of w u over the rows of each domain where every
 * value column is answered (not NaN). Layout [c * D + d]: c = 0 is the full
 * weights, c = 1 + r replicate r; domain 0 is everyone, 1 + g is group g.
 */
export interface ReplicateSums {
  domains: number;
  /** Answered rows per domain. */
  n: Int32Array;
  /** Sum of the weights (c = 0 full, 1 + r replicate r). */
  weight: Float64Array;
  /** Sum of weight x value, one array per value column. */
  weighted: Float64Array[];
}

/** Index of each row's domain group (or -1), -2 where some value is missing. */
export function answeredGroups(
  rows: number,
  values: readonly Float64Array[],
  groups: Groups | undefined,
): Int32Array {
  const index = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let answered = true;
    for (const u of values) {
      const v = u[i]!;
      if (Number.isNaN(v)) {
        answered = false;
        break;
      }
      if (!Number.isFinite(v))
        throw new StatsInputError(`value ${v} in row ${i} is not a finite number`, i);
    }
    index[i] = answered ? (groups ? groups.index[i]! : -1) : -2;
  }
  return index;
}

/** One pass per weight column (full, then each replicate) over the answered rows. */
export function replicateSums(
  design: ReplicateDesign,
  values: readonly Float64Array[],
  groups: Groups | undefined,
): ReplicateSums {
  for (const u of values) {
    if (u.length !== design.rows)
      throw new StatsInputError(
        `the item has ${u.length} values but the design has ${design.rows} rows`,
      );
  }
  const D = 1 + (groups ? groups.count : 0);
  const index = answeredGroups(design.rows, values, groups);
  const columns = [design.weights, ...design.replicates];
  const C = columns.length;
  const n = new Int32Array(D);
  for (let i = 0; i < index.length; i++) {
    const g = index[i]!;
    if (g === -2) continue;
    n[0]!++;
    if (g >= 0) n[1 + g]!++;
  }
  const weight = new Float64Array(C * D);
  const weighted = values.map(() => new Float64Array(C * D));
  columns.forEach((w, c) => {
    const base = c * D;
    for (let i = 0; i < index.length; i++) {
      const g = index[i]!;
      if (g === -2) continue;
      const wi = w[i]!;
      weight[base] = weight[base]! + wi;
      if (g >= 0) weight[base + 1 + g] = weight[base + 1 + g]! + wi;
      for (let k = 0; k < values.length; k++) {
        const acc = weighted[k]!;
        const term = wi * values[k]![i]!;
        acc[base] = acc[base]! + term;
        if (g >= 0) acc[base + 1 + g] = acc[base + 1 + g]! + term;
      }
    }
  });
  return { domains: D, n, weight, weighted };
}

/** The replicate estimates (c = 1..R) of domain d as an array, from a per-column statistic. */
export function replicateThetas(
  design: ReplicateDesign,
  domains: number,
  d: number,
  statistic: (k: number) => number,
): Float64Array {
  const R = design.replicates.length;
  const thetas = new Float64Array(R);
  for (let r = 0; r < R; r++) thetas[r] = statistic((1 + r) * domains + d);
  return thetas;
}
