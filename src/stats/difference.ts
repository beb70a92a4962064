/**
 * Difference between two independent waves of a survey (separate samples, so
 * the covariance is zero): estimate, standard error sqrt(se1^2 + se2^2),
 * confidence interval and two-sided p-value.
 *
 * Reference distribution: the normal by default, as is usual for trend tests
 * between large independent samples; or Student's t with Welch-Satterthwaite
 * degrees of freedom (se1^2 + se2^2)^2 / (se1^4/df1 + se2^4/df2), built from
 * each wave's design degrees of freedom, which is more cautious for small domains.
 */
import { DEFAULT_LEVEL } from './ci';
import { pnorm, pt, qnorm, qt } from './distributions';

/** One wave's estimate: a proportion or mean with its standard error and design df. */
export interface WaveEstimate {
  estimate: number;
  se: number;
  /** Design degrees of freedom; needed for the t reference. */
  df?: number;
}

/** The reference distribution for the test and interval. */
export type DifferenceReference = 'normal' | 't';

/** Options for differenceBetweenWaves. */
export interface DifferenceOptions {
  level?: number;
  reference?: DifferenceReference;
}

/** Difference later - earlier with its inference. Undefined quantities are NaN. */
export interface Difference {
  estimate: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  /** estimate / se: z or t statistic. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  /** Infinity for the normal reference, Welch-Satterthwaite df for t. */
  df: number;
}

/** Welch-Satterthwaite degrees of freedom for the sum of two independent variances. */
export function satterthwaiteDf(se1: number, df1: number, se2: number, df2: number): number {
  const v1 = se1 * se1;
  const v2 = se2 * se2;
  const denominator = (v1 * v1) / df1 + (v2 * v2) / df2;
  return denominator > 0 ? ((v1 + v2) * (v1 + v2)) / denominator : Number.NaN;
}

/**
 * Difference between two independent waves, later minus earlier, with SE
 * sqrt(se1^2 + se2^2), a CI and a two-sided p-value (normal or t reference).
 */
export function differenceBetweenWaves(
  earlier: WaveEstimate,
  later: WaveEstimate,
  options: DifferenceOptions = {},
): Difference {
  const level = options.level ?? DEFAULT_LEVEL;
  const reference = options.reference ?? 'normal';
  const estimate = later.estimate - earlier.estimate;
  const se = Math.sqrt(earlier.se * earlier.se + later.se * later.se);
  let df = Number.POSITIVE_INFINITY;
  if (reference === 't') {
    if (earlier.df === undefined || later.df === undefined) {
      throw new RangeError('the t reference needs the design degrees of freedom of both waves');
    }
    df =
      earlier.df > 0 && later.df > 0
        ? satterthwaiteDf(earlier.se, earlier.df, later.se, later.df)
        : Number.NaN;
  }
  const nan = Number.NaN;
  if (Number.isNaN(estimate) || Number.isNaN(se) || Number.isNaN(df)) {
    return { estimate, se, ciLow: nan, ciHigh: nan, statistic: nan, pValue: nan, df };
  }
  if (se === 0) {
    // No sampling variance at all: the difference is what it is.
    return {
      estimate,
      se,
      ciLow: estimate,
      ciHigh: estimate,
      statistic: nan,
      pValue: estimate === 0 ? 1 : 0,
      df,
    };
  }
  const alpha = 1 - level;
  const quantile = df === Number.POSITIVE_INFINITY ? qnorm(alpha / 2) : qt(alpha / 2, df);
  const statistic = estimate / se;
  const tail =
    df === Number.POSITIVE_INFINITY ? pnorm(-Math.abs(statistic)) : pt(-Math.abs(statistic), df);
  return {
    estimate,
    se,
    ciLow: estimate + quantile * se,
    ciHigh: estimate - quantile * se,
    statistic,
    pValue: Math.min(1, 2 * tail),
    df,
  };
}
