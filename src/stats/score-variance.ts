/**
 * Taylor-linearised variance of any estimator given its per-row scores
 * (influence values). The estimators that reduce to scores (totals, ratios,
 * quantiles' proportions, design effects) come through here. A design with
 * clusters (stages) or a calibration goes to designVariance, which applies the
 * calibration residuals and R's multi-stage recursion (ADR 0031); a stratified
 * design takes the one-pass centredSquares/domainVariance, which prints R's
 * digits for the golden files of ADR 0032.
 */
import type { PreparedDesign } from './design';
import { sumDomains, totalDomains } from './domain-sums';
import {
  centredSquares,
  designStages,
  designVariance,
  domainDegreesOfFreedom,
  domainVariance,
  needsScoreVariance,
} from './linearised-variance';

/** The variance of a domain's scores and the domain's size. */
export interface ScoreVariance {
  variance: number;
  /** Rows with a score (in the domain and answered). */
  n: number;
  /** Design degrees of freedom in the domain: PSUs minus strata with a scored row (R's degf). */
  df: number;
  /** Strata of one PSU in the full design that the domain touches. */
  lonelyStrata: number;
}

/**
 * Variance of sum_i z_i where z_i is row i's score, NaN for rows outside the
 * domain (they score zero but still count in their stratum and cluster, and
 * keep their calibration residual, as subset() keeps the full design). The
 * scores already include the weights.
 */
export function scoreVariance(design: PreparedDesign, scores: Float64Array): ScoreVariance {
  if (needsScoreVariance(design)) return generalScoreVariance(design, scores);
  // With unit weights and a unit denominator the linearised variance function
  // sees exactly the scores: (z - 0) * 1 / 1.
  const unit: PreparedDesign = { ...design, weights: new Float64Array(design.rows).fill(1) };
  const sums = sumDomains(unit, scores, undefined, false);
  const totals = totalDomains(unit, sums);
  const n = totals.n[0]!;
  if (n === 0) return { variance: Number.NaN, n: 0, df: 0, lonelyStrata: 0 };
  totals.wsum[0] = 1;
  const centre = new Float64Array(1);
  const [squares] = centredSquares(unit, scores, undefined, sums, totals, [centre]);
  return {
    variance: domainVariance(unit, sums, totals, squares!, centre, 0),
    n,
    df: n - totals.strataPresent[0]!,
    lonelyStrata: totals.lonely[0]!,
  };
}

/** scoreVariance of a clustered or calibrated design, through designVariance. */
function generalScoreVariance(design: PreparedDesign, scores: Float64Array): ScoreVariance {
  const zeroed = new Float64Array(scores.length);
  const first = designStages(design)[0]!;
  const touched = new Uint8Array(first.groupCount);
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const z = scores[i]!;
    if (Number.isNaN(z)) continue;
    zeroed[i] = z;
    n++;
    touched[first.group[first.units[i]!]!] = 1;
  }
  if (n === 0) return { variance: Number.NaN, n: 0, df: 0, lonelyStrata: 0 };
  let lonelyStrata = 0;
  for (const h of design.lonelyStrata) lonelyStrata += touched[h]!;
  return {
    variance: designVariance(design, zeroed),
    n,
    df: domainDegreesOfFreedom(design, scores, undefined, 0),
    lonelyStrata,
  };
}

/** Whether row i belongs to domain d (0 = everyone, 1 + g = group g). */
export function inDomain(groupIndex: Int32Array | undefined, i: number, d: number): boolean {
  return d === 0 || (groupIndex !== undefined && groupIndex[i] === d - 1);
}
