/** svyciprop's logit fit per domain, and its variance when R stopped after the first step. */
import type { PreparedDesign } from './design';
import type { DomainTotals } from './domain-sums';
import type { Groups } from './estimate-types';
import {
  type FirstStepSums,
  fitLogitIntercept,
  GLM_EPSILON,
  type LogitFit,
  logitDeviance,
  logitLinkInverse,
} from './logit-fit';

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
export function fitDomains(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  totals: DomainTotals,
  pHat: Float64Array,
): (LogitFit | undefined)[] {
  const D = totals.n.length;
  // svyglm scales the weights by their mean over the design's rows; a calibrated
  // design's domain keeps every row (weight 0 outside), so the mean is over all.
  const rowsOf = (d: number): number => (design.calibration ? design.rows : totals.n[d]!);
  const needed = new Uint8Array(D);
  const invMeanWeight = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    if (totals.n[d]! > 0 && pHat[d]! > 0 && pHat[d]! < 1) {
      needed[d] = 1;
      invMeanWeight[d] = rowsOf(d) / totals.wsum[d]!;
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
      rowsOf(d) - s1,
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
    fits.push(fitLogitIntercept(firstSteps[d]!, pHat[d]!, s1, rowsOf(d) - s1));
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
export function firstStepLogitVariance(
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
