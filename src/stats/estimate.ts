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
 * arrays and allocates nothing per row:
 *   domain-sums.ts          counts and weight sums per domain and stratum;
 *   logit-domains.ts        the logit fit per domain (for the 'logit' interval);
 *   linearised-variance.ts  the centred squared scores, and from them the variance.
 * A design with clusters (stages) or a calibration takes another route: each
 * domain's scores go to designVariance (linearised-variance.ts), which applies
 * the calibration residuals and R's multi-stage recursion (ADR 0031).
 * The estimators are in estimate-proportions.ts, estimate-means.ts,
 * estimate-totals.ts (totals, ratios) and estimate-quantiles.ts; each also
 * accepts a replicate-weight design (replicate-design.ts). This file is their
 * public entry point.
 */
export { estimateMean, estimateMeans } from './estimate-means';
export { estimateProportion, estimateProportions } from './estimate-proportions';
export { estimateQuantiles } from './estimate-quantiles';
export { estimateRatios, estimateTotals } from './estimate-totals';
export {
  type EstimateOptions,
  type Groups,
  type MeanEstimate,
  MISSING,
  type ProportionEstimate,
  type QuantileEstimate,
  type RatioEstimate,
  type StatisticEstimate,
  type TotalEstimate,
} from './estimate-types';
