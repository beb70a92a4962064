/** First pass of an estimate: breakdown checks, counts and weight sums per domain and stratum. */
import { type PreparedDesign, StatsInputError } from './design';
import type { Groups } from './estimate-types';

/**
 * Per (domain, stratum) sums from the first pass, laid out domain-major:
 * index d * H + h, where domain 0 is everyone and domain 1 + g is group g.
 */
export interface DomainSums {
  domains: number;
  count: Int32Array;
  ones: Int32Array;
  weight: Float64Array;
  weighted: Float64Array;
}

/** Kahan-compensated accumulation into bin k (terms of one sign). */
export function kahanAdd(sum: Float64Array, comp: Float64Array, k: number, v: number): void {
  const y = v - comp[k]!;
  const t = sum[k]! + y;
  comp[k] = t - sum[k]! - y;
  sum[k] = t;
}

/** Check that a breakdown has an entry per row and no group index beyond its count. */
export function validateGroups(design: { rows: number }, groups: Groups | undefined): void {
  if (!groups) return;
  if (groups.index.length !== design.rows) {
    throw new StatsInputError(
      `groups has ${groups.index.length} entries but the design has ${design.rows} rows`,
    );
  }
  for (let i = 0; i < groups.index.length; i++) {
    const g = groups.index[i]!;
    if (g >= groups.count)
      throw new StatsInputError(`group index ${g} in row ${i} is not below ${groups.count}`, i);
  }
}

/** A 0/1 domain indicator as a one-group breakdown. */
export function domainAsGroup(design: { rows: number }, domain: Uint8Array): Groups {
  if (domain.length !== design.rows) {
    throw new StatsInputError(
      `domain has ${domain.length} entries but the design has ${design.rows} rows`,
    );
  }
  const index = new Int32Array(domain.length);
  for (let i = 0; i < domain.length; i++) index[i] = domain[i] ? 0 : -1;
  return { index, count: 1 };
}

/** First pass: counts and (compensated) weight sums per domain and stratum. */
export function sumDomains(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  binary: boolean,
): DomainSums {
  if (y.length !== design.rows) {
    throw new StatsInputError(
      `the item has ${y.length} values but the design has ${design.rows} rows`,
    );
  }
  const H = design.stratumCount;
  const domains = 1 + (groups ? groups.count : 0);
  const count = new Int32Array(domains * H);
  const ones = new Int32Array(domains * H);
  const weight = new Float64Array(domains * H);
  const weightComp = new Float64Array(domains * H);
  const weighted = new Float64Array(domains * H);
  const weightedComp = new Float64Array(domains * H);
  const { weights, strata } = design;
  const gIndex = groups?.index;
  if (binary) {
    sumBinary(weights, strata, y, gIndex, H, count, ones, weight, weighted);
    return { domains, count, ones, weight, weighted };
  }
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) {
      throw new StatsInputError(`value ${v} in row ${i} is not a finite number`, i);
    }
    const w = weights[i]!;
    const h = strata[i]!;
    const wv = w * v;
    count[h]!++;
    kahanAdd(weight, weightComp, h, w);
    kahanAdd(weighted, weightedComp, h, wv);
    if (v === 1) ones[h]!++;
    if (gIndex) {
      const g = gIndex[i]!;
      if (g >= 0) {
        const k = (1 + g) * H + h;
        count[k]!++;
        kahanAdd(weight, weightComp, k, w);
        kahanAdd(weighted, weightedComp, k, wv);
        if (v === 1) ones[k]!++;
      }
    }
  }
  return { domains, count, ones, weight, weighted };
}

/**
 * The first pass for a 0/1 item: the weight of the rows with y = 1 and with
 * y = 0 are summed separately (Kahan-compensated), so each row needs one
 * compensated addition per domain instead of two.
 */
function sumBinary(
  weights: Float64Array,
  strata: Int32Array,
  y: Float64Array,
  gIndex: Int32Array | undefined,
  H: number,
  count: Int32Array,
  ones: Int32Array,
  weight: Float64Array,
  weighted: Float64Array,
): void {
  const size = count.length;
  // Interleaved [sum, compensation] per bin, for y = 0 and y = 1.
  const zero = new Float64Array(2 * size);
  const one = new Float64Array(2 * size);
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (Number.isNaN(v)) continue;
    if (v !== 0 && v !== 1) throw new StatsInputError(`value ${v} in row ${i} is not 0 or 1`, i);
    const w = weights[i]!;
    const h = strata[i]!;
    const acc = v === 1 ? one : zero;
    count[h]!++;
    if (v === 1) ones[h]!++;
    let k2 = 2 * h;
    let t = w - acc[k2 + 1]!;
    let sum = acc[k2]! + t;
    acc[k2 + 1] = sum - acc[k2]! - t;
    acc[k2] = sum;
    if (gIndex) {
      const g = gIndex[i]!;
      if (g >= 0) {
        const k = (1 + g) * H + h;
        count[k]!++;
        if (v === 1) ones[k]!++;
        k2 = 2 * k;
        t = w - acc[k2 + 1]!;
        sum = acc[k2]! + t;
        acc[k2 + 1] = sum - acc[k2]! - t;
        acc[k2] = sum;
      }
    }
  }
  for (let k = 0; k < size; k++) {
    const w1 = one[2 * k]! - one[2 * k + 1]!;
    const w0 = zero[2 * k]! - zero[2 * k + 1]!;
    weighted[k] = w1;
    weight[k] = w1 + w0;
  }
}

/** Per-domain totals derived from the first pass. */
export interface DomainTotals {
  n: Int32Array;
  ones: Int32Array;
  strataPresent: Int32Array;
  wsum: Float64Array;
  weightedSum: Float64Array;
  lonely: Int32Array;
}

/** Add up the per-stratum sums into per-domain counts, weight totals and lonely strata. */
export function totalDomains(design: PreparedDesign, sums: DomainSums): DomainTotals {
  const H = design.stratumCount;
  const D = sums.domains;
  const totals: DomainTotals = {
    n: new Int32Array(D),
    ones: new Int32Array(D),
    strataPresent: new Int32Array(D),
    wsum: new Float64Array(D),
    weightedSum: new Float64Array(D),
    lonely: new Int32Array(D),
  };
  for (let d = 0; d < D; d++) {
    let n = 0;
    let ones = 0;
    let present = 0;
    let lonely = 0;
    let w = 0;
    let wy = 0;
    for (let h = 0; h < H; h++) {
      const k = d * H + h;
      const c = sums.count[k]!;
      if (c === 0) continue;
      n += c;
      ones += sums.ones[k]!;
      present++;
      if (design.stratumSize[h] === 1) lonely++;
      w += sums.weight[k]!;
      wy += sums.weighted[k]!;
    }
    totals.n[d] = n;
    totals.ones[d] = ones;
    totals.strataPresent[d] = present;
    totals.wsum[d] = w;
    totals.weightedSum[d] = wy;
    totals.lonely[d] = lonely;
  }
  return totals;
}
