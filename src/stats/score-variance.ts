/**
 * Taylor-linearised variance of any estimator given its per-row scores
 * (influence values), on the design's strata, FPC and lonely-stratum policy.
 * The new estimators (totals, ratios, quantiles' proportions, design effects)
 * reduce to scores and come through here, so they share the one variance
 * function in linearised-variance.ts with the proportions and means.
 */
import type { PreparedDesign } from './design';
import { sumDomains, totalDomains } from './domain-sums';
import { centredSquares, domainVariance } from './linearised-variance';

/** The variance of a domain's scores and the domain's size. */
export interface ScoreVariance {
  variance: number;
  /** Rows with a score (in the domain and answered). */
  n: number;
  /** Strata with at least one such row: df = n - strataPresent. */
  strataPresent: number;
  /** Strata of one row in the full design that the domain touches. */
  lonelyStrata: number;
}

/**
 * Variance of sum_i z_i where z_i is row i's score, NaN for rows outside the
 * domain (they score zero but still count in their stratum, as subset() keeps
 * the full design). The scores already include the weights.
 */
export function scoreVariance(design: PreparedDesign, scores: Float64Array): ScoreVariance {
  // With unit weights and a unit denominator the linearised variance function
  // sees exactly the scores: (z - 0) * 1 / 1.
  const unit: PreparedDesign = { ...design, weights: new Float64Array(design.rows).fill(1) };
  const sums = sumDomains(unit, scores, undefined, false);
  const totals = totalDomains(unit, sums);
  const n = totals.n[0]!;
  if (n === 0) return { variance: Number.NaN, n: 0, strataPresent: 0, lonelyStrata: 0 };
  totals.wsum[0] = 1;
  const centre = new Float64Array(1);
  const [squares] = centredSquares(unit, scores, undefined, sums, totals, [centre]);
  return {
    variance: domainVariance(unit, sums, totals, squares!, centre, 0),
    n,
    strataPresent: totals.strataPresent[0]!,
    lonelyStrata: totals.lonely[0]!,
  };
}

/** Whether row i belongs to domain d (0 = everyone, 1 + g = group g). */
export function inDomain(groupIndex: Int32Array | undefined, i: number, d: number): boolean {
  return d === 0 || (groupIndex !== undefined && groupIndex[i] === d - 1);
}
