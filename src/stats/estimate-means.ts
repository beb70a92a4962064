/** Weighted means of a numeric item with SE and t interval, overall and per group. */
import { DEFAULT_LEVEL } from './ci';
import { designEffect } from './design-effect';
import { qt } from './distributions';
import { domainAsGroup, sumDomains, totalDomains, validateGroups } from './domain-sums';
import { replicateMeans } from './estimate-replicate';
import { checkLevel, type EstimateOptions, type Groups, type MeanEstimate } from './estimate-types';
import {
  centredSquares,
  domainDegreesOfFreedom,
  domainScoreVariance,
  domainVariance,
  needsScoreVariance,
} from './linearised-variance';
import { type AnyDesign, isReplicateDesign } from './replicate-design';

/** Weighted means of a numeric item (NaN = missing) overall and per group, as svymean with df = degf. */
export function estimateMeans(
  design: AnyDesign,
  y: Float64Array,
  groups?: Groups,
  options: Pick<EstimateOptions, 'level' | 'deff'> = {},
): MeanEstimate[] {
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  if (isReplicateDesign(design))
    return replicateMeans(design, y, groups, level, options.deff ?? false);
  validateGroups(design, groups);
  const sums = sumDomains(design, y, groups, false);
  const totals = totalDomains(design, sums);
  const D = sums.domains;
  const mean = new Float64Array(D);
  for (let d = 0; d < D; d++) mean[d] = totals.weightedSum[d]! / totals.wsum[d]!;
  const general = needsScoreVariance(design);
  const [squares] = general ? [] : centredSquares(design, y, groups, sums, totals, [mean]);
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
    const df = design.stages
      ? domainDegreesOfFreedom(design, y, groups, d)
      : n - totals.strataPresent[d]!;
    const variance = general
      ? domainScoreVariance(design, y, groups, d, mean[d]!, totals.wsum[d]!)
      : domainVariance(design, sums, totals, squares!, mean, d);
    const se = Math.sqrt(variance);
    const t = df > 0 ? qt((1 - level) / 2, df) : Number.NaN;
    estimates.push({
      ...(options.deff
        ? { deff: designEffect('mean', variance, design.weights, y, groups, d) }
        : {}),
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
  design: AnyDesign,
  y: Float64Array,
  options: Pick<EstimateOptions, 'level' | 'deff'> & { domain?: Uint8Array } = {},
): MeanEstimate {
  if (!options.domain) return estimateMeans(design, y, undefined, options)[0]!;
  return estimateMeans(design, y, domainAsGroup(design, options.domain), options)[1]!;
}
