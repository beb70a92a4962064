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

/** Reject a confidence level outside (0, 1). */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1))
    throw new StatsInputError(`confidence level ${level} is not between 0 and 1`);
}
