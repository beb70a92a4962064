/**
 * Means and proportions on a replicate design: the full-weight estimate, and
 * the replicate estimates' spread for its variance. For svyciprop's logit
 * interval R refits the intercept-only logistic model with each replicate's
 * weights, starting from the full fit; we replay that IRLS per replicate.
 */
import {
  asinInterval,
  betaInterval,
  type CiMethod,
  type Interval,
  waldInterval,
  wilsonInterval,
  xlogitInterval,
} from './ci';
import { prepareDesign, StatsInputError } from './design';
import { designEffect } from './design-effect';
import { type DomainTotals, validateGroups } from './domain-sums';
import { waldEstimate } from './estimate-totals';
import type { Groups, MeanEstimate, ProportionEstimate } from './estimate-types';
import { fittedLogitInterval } from './likelihood-interval';
import { fitDomains } from './logit-domains';
import {
  expit,
  GLM_EPSILON,
  GLM_MAX_ITERATIONS,
  logitDeviance,
  logitLinkInverse,
  logitMuEta,
} from './logit-fit';
import { type ReplicateDesign, replicateVariance } from './replicate-design';
import { type ReplicateSums, replicateSums, replicateThetas } from './replicate-sums';

function checkedSums(
  design: ReplicateDesign,
  y: Float64Array,
  groups: Groups | undefined,
): ReplicateSums {
  validateGroups(design, groups);
  return replicateSums(design, [y], groups);
}

/** Weighted means overall and per group on a replicate design (svymean). */
export function replicateMeans(
  design: ReplicateDesign,
  y: Float64Array,
  groups: Groups | undefined,
  level: number,
  deff: boolean,
): MeanEstimate[] {
  const sums = checkedSums(design, y, groups);
  const D = sums.domains;
  const [sy] = sums.weighted;
  const mean = (k: number): number => sy![k]! / sums.weight[k]!;
  const out: MeanEstimate[] = [];
  for (let d = 0; d < D; d++) {
    const n = sums.n[d]!;
    const variance =
      n === 0 ? Number.NaN : replicateVariance(design, replicateThetas(design, D, d, mean));
    const e = waldEstimate(
      {
        n,
        wsum: sums.weight[d]!,
        estimate: n === 0 ? Number.NaN : mean(d),
        se: Math.sqrt(variance),
        df: n === 0 ? Number.NaN : design.df,
        lonelyStrata: 0,
      },
      level,
    );
    const result: MeanEstimate = {
      n,
      wsum: e.wsum,
      mean: e.estimate,
      se: e.se,
      ciLow: e.ciLow,
      ciHigh: e.ciHigh,
      df: e.df,
      lonelyStrata: 0,
    };
    if (deff && n > 0) result.deff = designEffect('mean', variance, design.weights, y, groups, d);
    out.push(result);
  }
  return out;
}

/** Weighted proportions of a 0/1 item overall and per group on a replicate design (svyciprop). */
export function replicateProportions(
  design: ReplicateDesign,
  y: Float64Array,
  groups: Groups | undefined,
  level: number,
  method: CiMethod,
  deff: boolean,
): ProportionEstimate[] {
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (!Number.isNaN(v) && v !== 0 && v !== 1)
      throw new StatsInputError(`value ${v} in row ${i} is not 0 or 1`, i);
  }
  const sums = checkedSums(design, y, groups);
  const D = sums.domains;
  const [sy] = sums.weighted;
  const share = (k: number): number => sy![k]! / sums.weight[k]!;
  const pHat = new Float64Array(D);
  for (let d = 0; d < D; d++) pHat[d] = share(d);
  const fits =
    method === 'logit' || method === 'likelihood'
      ? fullLogitFits(design, y, groups, sums, pHat)
      : [];
  const out: ProportionEstimate[] = [];
  for (let d = 0; d < D; d++) {
    const n = sums.n[d]!;
    if (n === 0) {
      out.push({
        n: 0,
        wsum: 0,
        p: Number.NaN,
        se: Number.NaN,
        ciLow: Number.NaN,
        ciHigh: Number.NaN,
        df: Number.NaN,
        method,
        lonelyStrata: 0,
      });
      continue;
    }
    const df = design.df;
    const thetas = replicateThetas(design, D, d, share);
    const variance = replicateVariance(design, thetas);
    const se = Math.sqrt(variance);
    // p of exactly 0 or 1 (every answer the same): the policy of ADR 0004, as for linearised designs.
    const p = pHat[d]!;
    const ones = sy![d]! === sums.weight[d]! ? 1 : sy![d]! === 0 ? 0 : -1;
    let estimate = p;
    let used: CiMethod = method;
    let interval: Interval;
    if (ones >= 0) {
      estimate = ones;
      if (method === 'wilson') interval = wilsonInterval(ones, 0, n, df, level);
      else {
        interval = betaInterval(ones, 0, n, df, level);
        if (df > 0) used = 'beta';
      }
    } else {
      switch (method) {
        case 'logit':
        case 'likelihood': {
          const fit = fits[d]!;
          const betas = thetas.map((pr) => replicateLogit(fit.coefficient, pr));
          const logitVariance = replicateVariance(design, betas);
          estimate = expit(fit.coefficient);
          interval = fittedLogitInterval(
            method,
            fit.coefficient,
            logitVariance,
            { y, weights: design.weights, groups, d },
            df,
            level,
            true,
          );
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
        case 'asin':
          interval = asinInterval(p, se, df, level);
          break;
        case 'wilson':
          interval = wilsonInterval(p, variance, n, df, level);
          break;
      }
    }
    const result: ProportionEstimate = {
      n,
      wsum: sums.weight[d]!,
      p: estimate,
      se: ones >= 0 ? 0 : se,
      ciLow: interval[0],
      ciHigh: interval[1],
      df,
      method: used,
      lonelyStrata: 0,
    };
    if (deff) result.deff = designEffect('mean', variance, design.weights, y, groups, d);
    out.push(result);
  }
  return out;
}

/** The full-weight logit fits per domain, as svyglm fits them on weights / mean weight. */
function fullLogitFits(
  design: ReplicateDesign,
  y: Float64Array,
  groups: Groups | undefined,
  sums: ReplicateSums,
  pHat: Float64Array,
) {
  const D = sums.domains;
  const oneStratum = prepareDesign({
    weights: design.weights,
    strata: new Int32Array(design.rows),
  });
  const totals: DomainTotals = {
    n: sums.n.slice(),
    ones: new Int32Array(D),
    strataPresent: new Int32Array(D),
    wsum: sums.weight.slice(0, D),
    weightedSum: sums.weighted[0]!.slice(0, D),
    lonely: new Int32Array(D),
  };
  return fitDomains(oneStratum, y, groups, totals, pHat);
}

/**
 * R's glm.fit for an intercept-only logistic model with normalised replicate
 * weights, started at the full fit's coefficient: every row shares one linear
 * predictor, so each step is coefficient + (p_r - mu) / mu.eta, until the
 * deviance changes by less than 1e-8 relative.
 */
export function replicateLogit(start: number, pr: number): number {
  if (Number.isNaN(pr)) return Number.NaN;
  let coefficient = start;
  let mu = logitLinkInverse(coefficient);
  let previous = logitDeviance(mu, pr, 1 - pr);
  for (let iteration = 0; iteration < GLM_MAX_ITERATIONS; iteration++) {
    coefficient += (pr - mu) / logitMuEta(coefficient);
    mu = logitLinkInverse(coefficient);
    const deviance = logitDeviance(mu, pr, 1 - pr);
    if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < GLM_EPSILON) break;
    previous = deviance;
  }
  return coefficient;
}
