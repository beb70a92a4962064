/**
 * The statistics engine: pure functions over typed arrays, no I/O. Verified
 * against R's survey package; see fixtures/ and docs/adr/0004-statistics-edge-cases.md.
 */

export {
  /** poststratify, rake or linear. */
  type CalibrationMethod,
  /** Method and variables for calibrateDesign. */
  type CalibrationOptions,
  /** A categorical (levels and totals) or numeric (values and total) calibration variable. */
  type CalibrationVariable,
  /** Post-stratify, rake or linearly calibrate a prepared design; its variances then use the calibration residuals. */
  calibrateDesign,
} from './calibration';
export {
  /** Korn-Graubard (df-adjusted Clopper-Pearson) interval as svyciprop(method = "beta"). */
  betaInterval,
  /** All interval methods, for argument parsing. */
  CI_METHODS,
  /** Names of the confidence-interval methods (svyciprop's, plus Wilson). */
  type CiMethod,
  /** Exact binomial interval for x successes in n trials. */
  clopperPearsonInterval,
  /** The default confidence level, 0.95. */
  DEFAULT_LEVEL,
  /** The effective sample size p(1-p)/variance, or n where that is undefined. */
  effectiveSampleSize,
  /** A two-sided interval [low, high]. */
  type Interval,
  /** Wald interval on the logit scale, as svyciprop(method = "logit") builds it. */
  logitInterval,
  /** Wald interval on the proportion scale (svyciprop "mean"). */
  waldInterval,
  /** Wilson score interval with the effective sample size and a t quantile. */
  wilsonInterval,
  /** Delta-method logit interval (svyciprop "xlogit"). */
  xlogitInterval,
} from './ci';
export {
  /** The default lonely-PSU policy, 'adjust'. */
  DEFAULT_LONELY_PSU_POLICY,
  /** A stratified design: weights, strata, optional clusters per stage and population sizes. */
  type Design,
  /** What to do with a stratum of one row: adjust, certainty or fail. */
  type LonelyPsuPolicy,
  /** Finite population corrections below this make a stratum a census (no variance). */
  NEGLIGIBLE_FPC,
  /** A design checked and summarised per stratum, ready for estimates. */
  type PreparedDesign,
  /** Check a design and summarise it per stratum. */
  prepareDesign,
  /** Error for input that breaks a precondition, naming the row. */
  StatsInputError,
} from './design';
export type {
  /** One sampling stage of a cluster design. */
  Stage,
} from './design-stages';
export {
  /** Difference between two waves with its inference. */
  type Difference,
  /** Level and reference distribution for a difference. */
  type DifferenceOptions,
  /** Normal or Student t reference for a difference. */
  type DifferenceReference,
  /** Difference between two independent waves with SE, CI and two-sided p-value. */
  differenceBetweenWaves,
  /** Welch-Satterthwaite degrees of freedom for a sum of two variances. */
  satterthwaiteDf,
  /** One wave's estimate, standard error and design df. */
  type WaveEstimate,
} from './difference';
export {
  /** Both tails of the regularised incomplete beta function. */
  type BetaTails,
  /** Density of Student's t distribution. */
  dt,
  /** Regularised incomplete beta function, both tails. */
  incompleteBeta,
  /** Logarithm of the beta function. */
  logBeta,
  /** Logarithm of the gamma function. */
  logGamma,
  /** Error for a numerical routine outside its domain or not converging. */
  NumericalError,
  /** Cumulative distribution function of the beta distribution. */
  pbeta,
  /** Cumulative distribution function of the standard normal distribution. */
  pnorm,
  /** Cumulative distribution function of Student's t distribution. */
  pt,
  /** Quantile function of the beta distribution. */
  qbeta,
  /** Quantile function of the standard normal distribution. */
  qnorm,
  /** Quantile function of Student's t distribution. */
  qt,
} from './distributions';
export {
  /** Confidence level and interval method for the estimators. */
  type EstimateOptions,
  /** Weighted mean of a numeric item in one domain. */
  estimateMean,
  /** Weighted means of a numeric item overall and per group. */
  estimateMeans,
  /** Weighted proportion of a 0/1 item in one domain. */
  estimateProportion,
  /** Weighted proportions of a 0/1 item overall and per group. */
  estimateProportions,
  /** Quantiles with Woodruff intervals overall and per group. */
  estimateQuantiles,
  /** Ratios of two weighted totals overall and per group. */
  estimateRatios,
  /** Weighted totals overall and per group. */
  estimateTotals,
  /** A breakdown: a group index per row (-1 for none) and the number of groups. */
  type Groups,
  /** A weighted mean with its SE, interval and df. */
  type MeanEstimate,
  /** The value that marks a missing answer in an item array (NaN). */
  MISSING,
  /** A weighted proportion with its SE, interval, df and the method used. */
  type ProportionEstimate,
  /** A quantile with its Woodruff interval. */
  type QuantileEstimate,
  /** A ratio of totals with its SE, interval and df. */
  type RatioEstimate,
  /** A total, ratio or quantile with its SE, interval and df. */
  type StatisticEstimate,
  /** A weighted total with its SE, interval and df. */
  type TotalEstimate,
} from './estimate';
export {
  /**
   * The design variance of the total of per-row linearisation scores (strata,
   * clusters and stages, FPC, lonely PSU, calibration residuals): every estimator's core.
   */
  designVariance,
} from './linearised-variance';
export {
  /** A linearised or a replicate-weight design. */
  type AnyDesign,
  /** Whether a design carries replicate weights. */
  isReplicateDesign,
  /** The delete-one jackknife (JK1 or JKn) of a stratified design. */
  jackknifeDesign,
  /** The replicate types. */
  REPLICATE_TYPES,
  /** A design with replicate weights: weights, replicate columns, type, scales, df. */
  type ReplicateDesign,
  /** Input of replicateDesign(). */
  type ReplicateDesignInput,
  /** Names of the replicate-weight schemes. */
  type ReplicateType,
  /** A replicate weight that is not a positive finite number, naming its column. */
  ReplicateWeightError,
  /** A design from given replicate-weight columns (JK1, bootstrap, BRR, Fay). */
  replicateDesign,
} from './replicate-design';
export {
  /** Scale weights so each cell adds up to its population count. */
  postStratify,
  /** One raking margin: categories per row and a target per category. */
  type RakingMargin,
  /** Tolerance and iteration limit for raking. */
  type RakingOptions,
  /** Raked weights, iterations and the remaining deviation. */
  type RakingResult,
  /** Rake weights to several margins, or fail clearly when they cannot be met. */
  rake,
  /** Bounds (and optional cells) for trimming. */
  type TrimOptions,
  /** Trimmed weights and how many rows sit at a bound. */
  type TrimResult,
  /** Trim weights to bounds and redistribute the excess, keeping totals. */
  trimWeights,
  /** Error for a weighting step that cannot be carried out. */
  WeightingError,
} from './weighting';
