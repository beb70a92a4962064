/**
 * Confidence intervals for a proportion from a complex sample. Each takes the
 * estimate, its design-based variance and the design degrees of freedom, and
 * follows the method of the same name in R's `svyciprop` where one exists.
 * Undefined intervals are [NaN, NaN].
 */

import { qbeta, qt } from './distributions';
import { expit } from './logit-fit';

/** Interval methods: R's svyciprop names, plus Wilson (not in survey 4.1). */
export type CiMethod =
  /** Wald interval on the logit scale from the svyglm fit; svyciprop's default. */
  | 'logit'
  /** Korn-Graubard: Clopper-Pearson with the effective sample size, df-adjusted. */
  | 'beta'
  /** Wald interval on the proportion scale (svyciprop "mean"). */
  | 'mean'
  /** Wald interval on the logit scale by the delta method (svyciprop "xlogit"). */
  | 'xlogit'
  /** Wilson score interval with the effective sample size and a t quantile. */
  | 'wilson'
  /** Wald interval on the arcsine-square-root scale by the delta method (svyciprop "asin"). */
  | 'asin'
  /** Profile-likelihood interval of the svyglm fit (svyciprop "likelihood"). */
  | 'likelihood';

/** All interval methods, for argument parsing. */
export const CI_METHODS: readonly CiMethod[] = [
  'logit',
  'beta',
  'mean',
  'xlogit',
  'wilson',
  'asin',
  'likelihood',
];

/** The default confidence level. */
export const DEFAULT_LEVEL = 0.95;

/** A two-sided interval [low, high]. */
export type Interval = readonly [low: number, high: number];

const UNDEFINED: Interval = [Number.NaN, Number.NaN];

/** Lower-tail t quantile for the level's alpha/2, or NaN when df <= 0 (no variance estimate). */
function lowerQuantile(level: number, df: number): number {
  return df > 0 ? qt((1 - level) / 2, df) : Number.NaN;
}

/** Wald interval on the logit scale: expit(coef +- t(df) se), as confint.svyglm then expit. */
export function logitInterval(
  coefficient: number,
  seLogit: number,
  df: number,
  level: number,
): Interval {
  const t = lowerQuantile(level, df);
  if (Number.isNaN(t)) return UNDEFINED;
  return [expit(coefficient + seLogit * t), expit(coefficient - seLogit * t)];
}

/** Wald interval p +- t(df) se on the proportion scale (svyciprop "mean"). */
export function waldInterval(p: number, se: number, df: number, level: number): Interval {
  const t = lowerQuantile(level, df);
  if (Number.isNaN(t)) return UNDEFINED;
  return [p + se * t, p - se * t];
}

/** Delta-method logit interval expit(logit p +- t(df) se / (p (1 - p))) (svyciprop "xlogit"). */
export function xlogitInterval(p: number, se: number, df: number, level: number): Interval {
  const t = lowerQuantile(level, df);
  if (Number.isNaN(t)) return UNDEFINED;
  const eta = Math.log(p / (1 - p));
  const seEta = se / (p * (1 - p));
  return [expit(eta + seEta * t), expit(eta - seEta * t)];
}

/**
 * Arcsine interval as svyciprop(method = "asin"): sin(asin(sqrt p) +- t(df) se')^2
 * with se' from svycontrast's symbolic derivative 0.5 p^-0.5 / sqrt(1 - sqrt(p)^2),
 * written as R's deriv() writes it so the digits agree. Where an end passes 0 or
 * pi/2 on the angle scale R's sin^2 folds back inside [0, 1] and can exclude p;
 * we stop the angle there (the interval ends at 0 or 1), see ADR 0032.
 */
export function asinInterval(p: number, se: number, df: number, level: number): Interval {
  const t = lowerQuantile(level, df);
  if (Number.isNaN(t)) return UNDEFINED;
  const root = Math.sqrt(p);
  const seAsin = se * ((0.5 * p ** -0.5) / Math.sqrt(1 - root * root));
  const centre = Math.asin(root);
  const angle = (x: number): number => Math.min(Math.PI / 2, Math.max(0, x));
  return [Math.sin(angle(centre + seAsin * t)) ** 2, Math.sin(angle(centre - seAsin * t)) ** 2];
}

/**
 * Effective sample size for Korn-Graubard and Wilson: p(1-p)/variance, or the
 * domain's respondent count n when that ratio is undefined (p of 0 or 1, or a
 * zero variance), the convention of Korn & Graubard (1998) and NCHS.
 */
export function effectiveSampleSize(p: number, variance: number, n: number): number {
  const ratio = (p * (1 - p)) / variance;
  return p > 0 && p < 1 && variance > 0 && Number.isFinite(ratio) ? ratio : n;
}

/**
 * Korn-Graubard interval as svyciprop(method = "beta"): Clopper-Pearson with
 * n_eff = p(1-p)/var, scaled by (t(n-1)/t(df))^2 for the design's degrees of
 * freedom. n is the number of rows in the domain.
 */
export function betaInterval(
  p: number,
  variance: number,
  n: number,
  df: number,
  level: number,
): Interval {
  const alpha = 1 - level;
  const tDesign = lowerQuantile(level, df);
  const tSample = n > 1 ? qt(alpha / 2, n - 1) : Number.NaN;
  if (Number.isNaN(tDesign) || Number.isNaN(tSample)) return UNDEFINED;
  const ratio = tSample / tDesign;
  const nEff = effectiveSampleSize(p, variance, n) * ratio * ratio;
  const low = p === 0 ? 0 : qbeta(alpha / 2, nEff * p, nEff * (1 - p) + 1);
  const high = p === 1 ? 1 : qbeta(1 - alpha / 2, nEff * p + 1, nEff * (1 - p));
  return [low, high];
}

/**
 * Wilson score interval with n_eff = p(1-p)/var and the t(df) quantile in place
 * of z, as recommended for complex samples by Kott & Carr (1997). Wilson is not
 * in survey 4.1-1, so this one is checked against its closed form, not R.
 */
export function wilsonInterval(
  p: number,
  variance: number,
  n: number,
  df: number,
  level: number,
): Interval {
  const t = lowerQuantile(level, df);
  if (Number.isNaN(t)) return UNDEFINED;
  const nEff = effectiveSampleSize(p, variance, n);
  const t2n = (t * t) / nEff;
  const centre = (p + t2n / 2) / (1 + t2n);
  const half = (Math.abs(t) / (1 + t2n)) * Math.sqrt((p * (1 - p)) / nEff + t2n / (4 * nEff));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Clopper-Pearson exact binomial interval for x successes in n trials (no design effect). */
export function clopperPearsonInterval(x: number, n: number, level: number): Interval {
  if (!(n > 0) || x < 0 || x > n) return UNDEFINED;
  const alpha = 1 - level;
  const low = x === 0 ? 0 : qbeta(alpha / 2, x, n - x + 1);
  const high = x === n ? 1 : qbeta(1 - alpha / 2, x + 1, n - x);
  return [low, high];
}
