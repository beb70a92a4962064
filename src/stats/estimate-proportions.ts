/** Weighted proportions of a 0/1 item with SE and interval, overall and per group. */
import {
  asinInterval,
  betaInterval,
  type CiMethod,
  DEFAULT_LEVEL,
  type Interval,
  waldInterval,
  wilsonInterval,
  xlogitInterval,
} from './ci';
import { designEffect } from './design-effect';
import { domainAsGroup, sumDomains, totalDomains, validateGroups } from './domain-sums';
import { replicateProportions } from './estimate-replicate';
import {
  checkLevel,
  type EstimateOptions,
  type Groups,
  type ProportionEstimate,
} from './estimate-types';
import { fittedLogitInterval } from './likelihood-interval';
import {
  centredSquares,
  domainDegreesOfFreedom,
  domainScoreVariances,
  domainVariance,
  needsScoreVariance,
} from './linearised-variance';
import { firstStepLogitVariance, fitDomains } from './logit-domains';
import { expit } from './logit-fit';
import { type AnyDesign, isReplicateDesign } from './replicate-design';

/**
 * Weighted proportions of a 0/1 item (NaN = missing) overall and per group:
 * element 0 is everyone who answered, element 1 + g is group g.
 */
export function estimateProportions(
  design: AnyDesign,
  y: Float64Array,
  groups?: Groups,
  options: EstimateOptions = {},
): ProportionEstimate[] {
  const level = options.level ?? DEFAULT_LEVEL;
  const method = options.method ?? 'logit';
  checkLevel(level);
  if (isReplicateDesign(design))
    return replicateProportions(design, y, groups, level, method, options.deff ?? false);
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
  const profiled = method === 'logit' || method === 'likelihood';
  const fits = profiled ? fitDomains(design, y, groups, totals, pHat) : [];
  const mu = new Float64Array(D);
  for (let d = 0; d < D; d++) mu[d] = fits[d]?.mu ?? pHat[d]!;
  // Clustered or calibrated designs take each domain's scores to designVariance instead.
  const general = needsScoreVariance(design);
  const [meanSquares, logitSquares] = general
    ? []
    : centredSquares(design, y, groups, sums, totals, profiled ? [pHat, mu] : [pHat]);

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
    const df = design.stages
      ? domainDegreesOfFreedom(design, y, groups, d)
      : n - totals.strataPresent[d]!;
    const p = pHat[d]!;
    // General designs: the variance at p and (for logit) at the fit's mu, in one go.
    const variances = general
      ? domainScoreVariances(design, y, groups, d, totals.wsum[d]!, profiled ? [p, mu[d]!] : [p])
      : undefined;
    const variance = variances
      ? variances[0]!
      : domainVariance(design, sums, totals, meanSquares!, pHat, d);
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
        case 'logit':
        case 'likelihood': {
          const fit = fits[d]!;
          const logitVariance = variances
            ? variances[1]! / (fit.muEta * fit.muEta)
            : fit.iterations === 1
              ? firstStepLogitVariance(design, y, groups, totals, d, fit)
              : domainVariance(design, sums, totals, logitSquares!, mu, d) /
                (fit.muEta * fit.muEta);
          estimate = expit(fit.coefficient);
          interval = fittedLogitInterval(
            method,
            fit.coefficient,
            logitVariance,
            { y, weights: design.weights, groups, d },
            df,
            level,
          );
          break;
        }
        case 'beta':
          // svyciprop's nrow(design): every row for a calibrated design's domain (R's quirk).
          interval = betaInterval(p, variance, design.calibration ? design.rows : n, df, level);
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
      ...(options.deff
        ? { deff: designEffect('mean', variance, design.weights, y, groups, d) }
        : {}),
    });
  }
  return estimates;
}

/** Weighted proportion of a 0/1 item (NaN = missing) in one domain (all rows when domain is omitted). */
export function estimateProportion(
  design: AnyDesign,
  y: Float64Array,
  options: EstimateOptions & { domain?: Uint8Array } = {},
): ProportionEstimate {
  if (!options.domain) return estimateProportions(design, y, undefined, options)[0]!;
  return estimateProportions(design, y, domainAsGroup(design, options.domain), options)[1]!;
}
