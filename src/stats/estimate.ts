/**
 * Weighted proportions and means with Taylor-linearised standard errors for a
 * one-stage stratified design (each row its own PSU), overall and per domain.
 *
 * Domains keep the full design, as `subset()` of an R `svydesign` does: a row
 * outside the domain (or without an answer to the item) scores zero but still
 * counts in its stratum's n_h. The variance is
 *   sum_h (1 - n_h/N_h) n_h/(n_h - 1) sum_i (s_i - mean_h(s))^2,
 * with s_i = w_i (y_i - estimate) / sum(w) over the domain, exactly as R's
 * svymean/svyrecvar compute it. Each estimate takes three passes over typed
 * arrays and allocates nothing per row.
 */
import {
  betaInterval,
  type CiMethod,
  DEFAULT_LEVEL,
  type Interval,
  logitInterval,
  waldInterval,
  wilsonInterval,
  xlogitInterval,
} from './ci';
import { type PreparedDesign, StatsInputError } from './design';
import { qt } from './distributions';
import {
  expit,
  type FirstStepSums,
  fitLogitIntercept,
  GLM_EPSILON,
  type LogitFit,
  logitDeviance,
  logitLinkInverse,
} from './logit-fit';

/** Estimate of a proportion in one domain. Undefined quantities are NaN. */
export interface ProportionEstimate {
  /** Rows in the domain that answered the item (all have a positive weight). */
  n: number;
  /** Sum of their weights. */
  wsum: number;
  /** The estimated proportion (for 'logit', expit of the fitted intercept, as svyciprop reports). */
  p: number;
  /** Linearisation standard error of the weighted mean, as svymean reports. */
  se: number;
  ciLow: number;
  ciHigh: number;
  /** Design degrees of freedom: rows in the domain minus strata present in it. */
  df: number;
  /** Interval method actually used; 'beta' where the logit interval is undefined (p of 0 or 1). */
  method: CiMethod;
  /** Strata with a single row in the full design that have a row in this domain. */
  lonelyStrata: number;
}

/** Estimate of a mean in one domain. Undefined quantities are NaN. */
export interface MeanEstimate {
  n: number;
  wsum: number;
  mean: number;
  se: number;
  /** Wald interval mean +- t(df) se, as confint(svymean, df = degf). */
  ciLow: number;
  ciHigh: number;
  df: number;
  lonelyStrata: number;
}

/** A breakdown: each row's group index 0..count-1, or -1 when the row is in no group. */
export interface Groups {
  index: Int32Array;
  count: number;
}

/** Options shared by the estimators. */
export interface EstimateOptions {
  /** Confidence level, default 0.95. */
  level?: number;
  /** Interval method for proportions, default 'logit'. */
  method?: CiMethod;
}

/** Marks an item as missing for a row: NaN in the outcome array. */
export const MISSING = Number.NaN;

/**
 * Per (domain, stratum) sums from the first pass, laid out domain-major:
 * index d * H + h, where domain 0 is everyone and domain 1 + g is group g.
 */
interface DomainSums {
  domains: number;
  count: Int32Array;
  ones: Int32Array;
  weight: Float64Array;
  weighted: Float64Array;
}

/** Kahan-compensated accumulation into bin k (terms of one sign). */
function kahanAdd(sum: Float64Array, comp: Float64Array, k: number, v: number): void {
  const y = v - comp[k]!;
  const t = sum[k]! + y;
  comp[k] = t - sum[k]! - y;
  sum[k] = t;
}

function validateGroups(design: PreparedDesign, groups: Groups | undefined): void {
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

/** First pass: counts and (compensated) weight sums per domain and stratum. */
function sumDomains(
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
interface DomainTotals {
  n: Int32Array;
  ones: Int32Array;
  strataPresent: Int32Array;
  wsum: Float64Array;
  weightedSum: Float64Array;
  lonely: Int32Array;
}

function totalDomains(design: PreparedDesign, sums: DomainSums): DomainTotals {
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

/**
 * Second pass: per (domain, stratum) sums of the squared, scaled deviations
 * ((s_i - mean_h(s)) sqrt(scale_h))^2 of the scores s_i = (y_i - centre_d) w_i / W_d,
 * where the stratum mean runs over all n_h rows (rows outside the domain score 0).
 * Up to two centres at once (the weighted mean and the logit fit's mu).
 *
 * The terms are added one by one in row order, then the n_h - m_h zero-score
 * rows, because that is the order in which R (svyrecvar, then crossprod through
 * the reference BLAS) adds them; compensated sums would be slightly more exact
 * (about 1e-12 relative on a million rows) but would no longer print R's digits.
 */
function centredSquares(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  sums: DomainSums,
  totals: DomainTotals,
  centres: readonly Float64Array[],
): Float64Array[] {
  const H = design.stratumCount;
  const D = sums.domains;
  const { weights, strata, stratumSize } = design;
  const root = design.varianceScale.map(Math.sqrt);
  // Stratum means of the scores (including the zero scores of rows outside the domain).
  const means = centres.map((centre) => {
    const m = new Float64Array(D * H);
    for (let d = 0; d < D; d++) {
      const W = totals.wsum[d]!;
      for (let h = 0; h < H; h++) {
        const k = d * H + h;
        if (sums.count[k] === 0) continue;
        m[k] = (sums.weighted[k]! - centre[d]! * sums.weight[k]!) / W / stratumSize[h]!;
      }
    }
    return m;
  });
  const squares = centres.map(() => new Float64Array(D * H));
  const gIndex = groups?.index;
  const two = centres.length === 2;
  const c0 = centres[0]!;
  const m0 = means[0]!;
  const s0 = squares[0]!;
  const c1 = two ? centres[1]! : c0;
  const m1 = two ? means[1]! : m0;
  const s1 = two ? squares[1]! : s0;
  const wsum = totals.wsum;
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (Number.isNaN(v)) continue;
    const w = weights[i]!;
    const h = strata[i]!;
    const r = root[h]!;
    let dev = (((v - c0[0]!) * w) / wsum[0]! - m0[h]!) * r;
    s0[h] = s0[h]! + dev * dev;
    if (two) {
      dev = (((v - c1[0]!) * w) / wsum[0]! - m1[h]!) * r;
      s1[h] = s1[h]! + dev * dev;
    }
    if (gIndex) {
      const g = gIndex[i]!;
      if (g >= 0) {
        const d = 1 + g;
        const k = d * H + h;
        dev = (((v - c0[d]!) * w) / wsum[d]! - m0[k]!) * r;
        s0[k] = s0[k]! + dev * dev;
        if (two) {
          dev = (((v - c1[d]!) * w) / wsum[d]! - m1[k]!) * r;
          s1[k] = s1[k]! + dev * dev;
        }
      }
    }
  }
  // Rows of the stratum outside the domain score 0: each adds (mean sqrt(scale))^2.
  return squares.map((sq, c) => {
    const m = means[c]!;
    for (let d = 0; d < D; d++) {
      for (let h = 0; h < H; h++) {
        const k = d * H + h;
        const cnt = sums.count[k]!;
        if (cnt === 0) continue;
        const pad = m[k]! * root[h]!;
        const term = pad * pad;
        let total = sq[k]!;
        for (let j = stratumSize[h]! - cnt; j > 0; j--) total += term;
        sq[k] = total;
      }
    }
    return sq;
  });
}

/**
 * Combine the per-stratum scaled squares into a domain variance under the
 * design's lonely-PSU policy (strata summed with compensation, as R sums them
 * in extended precision).
 */
function domainVariance(
  design: PreparedDesign,
  sums: DomainSums,
  totals: DomainTotals,
  squares: Float64Array,
  centre: Float64Array,
  d: number,
): number {
  const H = design.stratumCount;
  const W = totals.wsum[d]!;
  const acc = new Float64Array(1);
  const comp = new Float64Array(1);
  for (let h = 0; h < H; h++) {
    const k = d * H + h;
    if (sums.count[k] === 0) continue;
    const scale = design.varianceScale[h]!;
    if (scale === 0) continue;
    if (design.stratumSize[h]! > 1) {
      kahanAdd(acc, comp, 0, squares[k]!);
    } else if (design.lonelyPsu === 'adjust') {
      // The lone row is centred at the domain estimate, not at its own value.
      const score = ((sums.weighted[k]! - centre[d]! * sums.weight[k]!) / W) * Math.sqrt(scale);
      kahanAdd(acc, comp, 0, score * score);
    }
    // 'certainty': a lone row adds nothing. ('fail' never gets here.)
  }
  return acc[0]!;
}

/**
 * Logit fits per domain: the first IRLS step needs one pass over the rows; the
 * rest is scalar. Domains with p of 0 or 1 or no rows get no fit.
 *
 * R also checks for convergence after the first step, against the deviance at
 * the starting values. That deviance costs a second logarithm per row, so we
 * first bracket it with the bounds 2u/(2+u) <= log(1+u) <= u(6+u)/(6+4u) and
 * compute it exactly (in a second pass) only when the bracket comes within
 * R's tolerance of the first-step deviance, which in practice never happens.
 */
function fitDomains(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  totals: DomainTotals,
  pHat: Float64Array,
): (LogitFit | undefined)[] {
  const D = totals.n.length;
  const needed = new Uint8Array(D);
  const invMeanWeight = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    if (totals.n[d]! > 0 && pHat[d]! > 0 && pHat[d]! < 1) {
      needed[d] = 1;
      invMeanWeight[d] = totals.n[d]! / totals.wsum[d]!;
    }
  }
  // Per domain: working weight, working weight x response, and the bracket on
  // the starting deviance; domain 0 (everyone) in locals, groups in arrays.
  const workingWeight = new Float64Array(D);
  const workingResponse = new Float64Array(D);
  const devianceLow = new Float64Array(D);
  const devianceHigh = new Float64Array(D);
  const { weights } = design;
  const gIndex = groups?.index;
  const allNeeded = needed[0] === 1;
  const invMeanAll = invMeanWeight[0]!;
  let ww0 = 0;
  let wz0 = 0;
  let low0 = 0;
  let high0 = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (Number.isNaN(v)) continue;
    const w = weights[i]!;
    const sign = v === 1 ? 1 : -1;
    if (allNeeded) {
      const t = firstStepTerms(w * invMeanAll);
      ww0 += t.ww;
      wz0 += sign * t.ww * t.z;
      low0 += t.low;
      high0 += t.high;
    }
    if (gIndex) {
      const g = gIndex[i]!;
      if (g >= 0 && needed[1 + g] === 1) {
        const d = 1 + g;
        const t = firstStepTerms(w * invMeanWeight[d]!);
        workingWeight[d] = workingWeight[d]! + t.ww;
        workingResponse[d] = workingResponse[d]! + sign * t.ww * t.z;
        devianceLow[d] = devianceLow[d]! + t.low;
        devianceHigh[d] = devianceHigh[d]! + t.high;
      }
    }
  }
  workingWeight[0] = ww0;
  workingResponse[0] = wz0;
  devianceLow[0] = low0;
  devianceHigh[0] = high0;
  const firstSteps: FirstStepSums[] = [];
  const exact = new Uint8Array(D);
  let anyExact = false;
  for (let d = 0; d < D; d++) {
    const s1 = totals.weightedSum[d]! * invMeanWeight[d]!;
    const first: FirstStepSums = {
      sumWorkingWeight: workingWeight[d]!,
      sumWorkingWeightResponse: workingResponse[d]!,
      startDeviance: Number.NaN,
    };
    firstSteps.push(first);
    if (needed[d] !== 1) continue;
    const dev = logitDeviance(
      logitLinkInverse(first.sumWorkingWeightResponse / first.sumWorkingWeight),
      s1,
      totals.n[d]! - s1,
    );
    const margin = 2 * GLM_EPSILON * (Math.abs(dev) + 0.1);
    if (dev >= devianceLow[d]! - margin && dev <= devianceHigh[d]! + margin) {
      exact[d] = 1;
      anyExact = true;
    }
  }
  if (anyExact) {
    const start = new Float64Array(D);
    for (let i = 0; i < y.length; i++) {
      const v = y[i]!;
      if (Number.isNaN(v)) continue;
      const g = gIndex ? gIndex[i]! : -1;
      for (const d of g >= 0 ? [0, 1 + g] : [0]) {
        if (exact[d] !== 1) continue;
        const pw = weights[i]! * invMeanWeight[d]!;
        start[d] = start[d]! + 2 * pw * Math.log1p(0.5 / (pw + 0.5));
      }
    }
    for (let d = 0; d < D; d++) if (exact[d] === 1) firstSteps[d]!.startDeviance = start[d]!;
  }
  const fits: (LogitFit | undefined)[] = [];
  for (let d = 0; d < D; d++) {
    if (needed[d] !== 1) {
      fits.push(undefined);
      continue;
    }
    const s1 = totals.weightedSum[d]! * invMeanWeight[d]!;
    fits.push(fitLogitIntercept(firstSteps[d]!, pHat[d]!, s1, totals.n[d]! - s1));
  }
  return fits;
}

/** Scratch result of firstStepTerms, reused so the hot loop allocates nothing. */
const TERMS = { ww: 0, z: 0, low: 0, high: 0 };

/**
 * One row's first-step IRLS terms for normalised weight pw (see logit-fit.ts
 * addFirstStepRow): working weight pw (pw + 1/2) / (2 (pw + 1)^2), working
 * response |z| = log(2 pw + 1) + (pw + 1)/(pw + 1/2), and lower and upper bounds
 * on the starting-deviance term 2 pw log(1 + 1/(2 pw + 1)):
 * 4 pw / (4 pw + 3) and 2 pw (12 pw + 7) / ((2 pw + 1)(12 pw + 10)).
 * All four share one division.
 */
function firstStepTerms(pw: number): typeof TERMS {
  const half = pw + 0.5;
  const one = pw + 1;
  const one2 = one * one;
  const lowDen = 4 * pw + 3;
  const highDen = 2 * half * (12 * pw + 10);
  const partial = one2 * half;
  const inverse = 1 / (partial * lowDen * highDen);
  const common = inverse * lowDen * highDen; // 1 / (one^2 half)
  TERMS.ww = 0.5 * pw * half * half * common;
  TERMS.z = Math.log(2 * half) + one * one2 * common;
  TERMS.low = 4 * pw * partial * highDen * inverse;
  TERMS.high = 2 * pw * (12 * pw + 7) * partial * lowDen * inverse;
  return TERMS;
}

/**
 * Variance of the logit coefficient when R's fit stopped after its first step,
 * where the working weights still differ per row. This practically never
 * happens (the starting deviance would have to match the fitted one to 1e-8),
 * so it takes its own simple pass for the one domain.
 */
function firstStepLogitVariance(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  totals: DomainTotals,
  d: number,
  fit: LogitFit,
): number {
  const H = design.stratumCount;
  const { weights, strata, stratumSize } = design;
  const invMean = totals.n[d]! / totals.wsum[d]!;
  const inDomain = (i: number): boolean =>
    !Number.isNaN(y[i]!) && (d === 0 || (groups !== undefined && groups.index[i] === d - 1));
  const working = (i: number): number => {
    const pw = weights[i]! * invMean;
    return (0.5 * pw * (pw + 0.5)) / ((pw + 1) * (pw + 1));
  };
  let total = 0;
  for (let i = 0; i < y.length; i++) if (inDomain(i)) total += working(i);
  const score = (i: number): number => (((y[i]! - fit.mu) / fit.muEta) * working(i)) / total;
  const sum = new Float64Array(H);
  const count = new Int32Array(H);
  for (let i = 0; i < y.length; i++) {
    if (!inDomain(i)) continue;
    sum[strata[i]!] = sum[strata[i]!]! + score(i);
    count[strata[i]!]!++;
  }
  const squares = new Float64Array(H);
  for (let i = 0; i < y.length; i++) {
    if (!inDomain(i)) continue;
    const h = strata[i]!;
    const dev = score(i) - sum[h]! / stratumSize[h]!;
    squares[h] = squares[h]! + dev * dev;
  }
  let variance = 0;
  for (let h = 0; h < H; h++) {
    if (count[h] === 0 || design.varianceScale[h] === 0) continue;
    const n = stratumSize[h]!;
    if (n > 1) {
      const mean = sum[h]! / n;
      variance += design.varianceScale[h]! * (squares[h]! + (n - count[h]!) * mean * mean);
    } else if (design.lonelyPsu === 'adjust') {
      variance += design.varianceScale[h]! * sum[h]! * sum[h]!;
    }
  }
  return variance;
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1))
    throw new StatsInputError(`confidence level ${level} is not between 0 and 1`);
}

/**
 * Weighted proportions of a 0/1 item (NaN = missing) overall and per group:
 * element 0 is everyone who answered, element 1 + g is group g.
 */
export function estimateProportions(
  design: PreparedDesign,
  y: Float64Array,
  groups?: Groups,
  options: EstimateOptions = {},
): ProportionEstimate[] {
  const level = options.level ?? DEFAULT_LEVEL;
  const method = options.method ?? 'logit';
  checkLevel(level);
  validateGroups(design, groups);
  const sums = sumDomains(design, y, groups, true);
  const totals = totalDomains(design, sums);
  const D = sums.domains;
  const pHat = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    const n = totals.n[d]!;
    const ones = totals.ones[d]!;
    pHat[d] =
      n === 0
        ? Number.NaN
        : ones === 0
          ? 0
          : ones === n
            ? 1
            : totals.weightedSum[d]! / totals.wsum[d]!;
  }
  const fits = method === 'logit' ? fitDomains(design, y, groups, totals, pHat) : [];
  const mu = new Float64Array(D);
  for (let d = 0; d < D; d++) mu[d] = fits[d]?.mu ?? pHat[d]!;
  const [meanSquares, logitSquares] = centredSquares(
    design,
    y,
    groups,
    sums,
    totals,
    method === 'logit' ? [pHat, mu] : [pHat],
  );

  const estimates: ProportionEstimate[] = [];
  for (let d = 0; d < D; d++) {
    const n = totals.n[d]!;
    const lonelyStrata = totals.lonely[d]!;
    if (n === 0) {
      estimates.push({
        n: 0,
        wsum: 0,
        p: Number.NaN,
        se: Number.NaN,
        ciLow: Number.NaN,
        ciHigh: Number.NaN,
        df: Number.NaN,
        method,
        lonelyStrata,
      });
      continue;
    }
    const df = n - totals.strataPresent[d]!;
    const p = pHat[d]!;
    const variance = domainVariance(design, sums, totals, meanSquares!, pHat, d);
    const se = Math.sqrt(variance);
    let estimate = p;
    let used: CiMethod = method;
    let interval: Interval;
    if (p === 0 || p === 1) {
      // Policy (ADR 0004): the logit and Wald intervals degenerate at 0 and 1,
      // so those use Korn-Graubard with the effective sample size set to n.
      if (method === 'wilson') {
        interval = wilsonInterval(p, variance, n, df, level);
      } else {
        interval = betaInterval(p, variance, n, df, level);
        // Without degrees of freedom there is no interval at all; keep the asked-for label then.
        if (df > 0) used = 'beta';
      }
    } else {
      switch (method) {
        case 'logit': {
          const fit = fits[d]!;
          const logitVariance =
            fit.iterations === 1
              ? firstStepLogitVariance(design, y, groups, totals, d, fit)
              : domainVariance(design, sums, totals, logitSquares!, mu, d) /
                (fit.muEta * fit.muEta);
          estimate = expit(fit.coefficient);
          interval = logitInterval(fit.coefficient, Math.sqrt(logitVariance), df, level);
          break;
        }
        case 'beta':
          interval = betaInterval(p, variance, n, df, level);
          break;
        case 'mean':
          interval = waldInterval(p, se, df, level);
          break;
        case 'xlogit':
          interval = xlogitInterval(p, se, df, level);
          break;
        case 'wilson':
          interval = wilsonInterval(p, variance, n, df, level);
          break;
      }
    }
    estimates.push({
      n,
      wsum: totals.wsum[d]!,
      p: estimate,
      se,
      ciLow: interval[0],
      ciHigh: interval[1],
      df,
      method: used,
      lonelyStrata,
    });
  }
  return estimates;
}

/** Weighted proportion of a 0/1 item (NaN = missing) in one domain (all rows when domain is omitted). */
export function estimateProportion(
  design: PreparedDesign,
  y: Float64Array,
  options: EstimateOptions & { domain?: Uint8Array } = {},
): ProportionEstimate {
  if (!options.domain) return estimateProportions(design, y, undefined, options)[0]!;
  return estimateProportions(design, y, domainAsGroup(design, options.domain), options)[1]!;
}

/** Weighted means of a numeric item (NaN = missing) overall and per group, as svymean with df = degf. */
export function estimateMeans(
  design: PreparedDesign,
  y: Float64Array,
  groups?: Groups,
  options: Pick<EstimateOptions, 'level'> = {},
): MeanEstimate[] {
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  validateGroups(design, groups);
  const sums = sumDomains(design, y, groups, false);
  const totals = totalDomains(design, sums);
  const D = sums.domains;
  const mean = new Float64Array(D);
  for (let d = 0; d < D; d++) mean[d] = totals.weightedSum[d]! / totals.wsum[d]!;
  const [squares] = centredSquares(design, y, groups, sums, totals, [mean]);
  const estimates: MeanEstimate[] = [];
  for (let d = 0; d < D; d++) {
    const n = totals.n[d]!;
    const lonelyStrata = totals.lonely[d]!;
    if (n === 0) {
      estimates.push({
        n: 0,
        wsum: 0,
        mean: Number.NaN,
        se: Number.NaN,
        ciLow: Number.NaN,
        ciHigh: Number.NaN,
        df: Number.NaN,
        lonelyStrata,
      });
      continue;
    }
    const df = n - totals.strataPresent[d]!;
    const se = Math.sqrt(domainVariance(design, sums, totals, squares!, mean, d));
    const t = df > 0 ? qt((1 - level) / 2, df) : Number.NaN;
    estimates.push({
      n,
      wsum: totals.wsum[d]!,
      mean: mean[d]!,
      se,
      ciLow: mean[d]! + se * t,
      ciHigh: mean[d]! - se * t,
      df,
      lonelyStrata,
    });
  }
  return estimates;
}

/** Weighted mean of a numeric item (NaN = missing) in one domain (all rows when domain is omitted). */
export function estimateMean(
  design: PreparedDesign,
  y: Float64Array,
  options: Pick<EstimateOptions, 'level'> & { domain?: Uint8Array } = {},
): MeanEstimate {
  if (!options.domain) return estimateMeans(design, y, undefined, options)[0]!;
  return estimateMeans(design, y, domainAsGroup(design, options.domain), options)[1]!;
}

/** A 0/1 domain indicator as a one-group breakdown. */
function domainAsGroup(design: PreparedDesign, domain: Uint8Array): Groups {
  if (domain.length !== design.rows) {
    throw new StatsInputError(
      `domain has ${domain.length} entries but the design has ${design.rows} rows`,
    );
  }
  const index = new Int32Array(domain.length);
  for (let i = 0; i < domain.length; i++) index[i] = domain[i] ? 0 : -1;
  return { index, count: 1 };
}
