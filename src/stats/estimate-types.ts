/** The estimators' breakdown, option and result types, the MISSING marker and the level check. */
import type { CiMethod } from './ci';
import { StatsInputError } from './design';

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
  /** Design effect against without-replacement SRS (with the deff option). */
  deff?: number;
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
  /** Design effect against without-replacement SRS (with the deff option). */
  deff?: number;
}

/**
 * Estimate of a total, a ratio or a quantile in one domain, with a Wald-type
 * interval (quantiles: Woodruff's). Undefined quantities are NaN.
 */
export interface StatisticEstimate {
  /** Rows in the domain that answered (for a ratio: both items). */
  n: number;
  wsum: number;
  estimate: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  /** Design df: rows minus strata in the domain, or the replicate weights' rank minus one. */
  df: number;
  lonelyStrata: number;
  /** Design effect against without-replacement SRS (totals, with the deff option). */
  deff?: number;
}

/** A total: sum of weight x value over the domain. */
export type TotalEstimate = StatisticEstimate;
/** A ratio of two totals over the rows that answered both. */
export type RatioEstimate = StatisticEstimate;
/** A quantile with Woodruff's interval; se = interval width / (2 t). */
export interface QuantileEstimate extends StatisticEstimate {
  /** The probability, e.g. 0.5 for the median. */
  quantile: number;
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
  /** Also compute the design effect (proportions, means, totals). */
  deff?: boolean;
}

/** An estimate with nothing to estimate from: no rows in the domain. */
export function emptyStatistic(lonelyStrata = 0): StatisticEstimate {
  return {
    n: 0,
    wsum: 0,
    estimate: Number.NaN,
    se: Number.NaN,
    ciLow: Number.NaN,
    ciHigh: Number.NaN,
    df: Number.NaN,
    lonelyStrata,
  };
}

/** Marks an item as missing for a row: NaN in the outcome array. */
export const MISSING = Number.NaN;

/** Reject a confidence level outside (0, 1). */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1))
    throw new StatsInputError(`confidence level ${level} is not between 0 and 1`);
}
