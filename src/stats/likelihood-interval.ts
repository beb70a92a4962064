/**
 * svyciprop(method = "likelihood"): the profile-likelihood interval of the
 * intercept-only quasibinomial svyglm, as survey's MASSprofile_glm and
 * confint_profile compute it. The deviance is profiled on a grid of up to 9
 * steps each way of (zmax / 5) design standard errors, z = sign sqrt((dev -
 * dev0) / dispersion); a cubic spline (R's spline(), method "fmm", 3 points per
 * grid point) through (coefficient, z) is inverted by linear interpolation at
 * the normal quantiles of the design-effect-adjusted level. Not held to 1e-9:
 * R's spline and its final IRLS weights are replayed only approximately.
 */
import { type Interval, logitInterval } from './ci';
import { pnorm, qnorm, qt } from './distributions';
import { expit, logitDeviance, logitLinkInverse } from './logit-fit';

const MAX_STEPS = 10;

/** The answered rows of domain d (0 = everyone, 1 + g = group g): outcomes and weights. */
export function domainRows(
  y: Float64Array,
  weights: Float64Array,
  groups: { index: Int32Array } | undefined,
  d: number,
): { y: number[]; weights: number[] } {
  const out = { y: [] as number[], weights: [] as number[] };
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i]!) || (d > 0 && groups?.index[i] !== d - 1)) continue;
    out.y.push(y[i]!);
    out.weights.push(weights[i]!);
  }
  return out;
}

/** What the profile needs about one domain. */
export interface LikelihoodInput {
  /** Full-sample fitted intercept. */
  coefficient: number;
  /** Its design-based variance (linearised or replicate). */
  variance: number;
  /** The domain's answered rows: 0/1 outcomes and design weights. */
  y: ArrayLike<number>;
  weights: ArrayLike<number>;
  df: number;
  level: number;
  /**
   * Replicate design: residuals.svrepglm divides by the normalised sampling
   * weights (pweights / sum) rather than by the prior weights (pweights / mean),
   * which scales the Pearson residuals by sqrt(n) and the dispersion by n. We
   * follow R.
   */
  replicate?: boolean;
}

/**
 * The interval of a fitted logit intercept for domain d: Wald on the logit
 * scale ('logit') or the profile likelihood ('likelihood').
 */
export function fittedLogitInterval(
  method: 'logit' | 'likelihood',
  coefficient: number,
  variance: number,
  data: {
    y: Float64Array;
    weights: Float64Array;
    groups: { index: Int32Array } | undefined;
    d: number;
  },
  df: number,
  level: number,
  replicate = false,
): Interval {
  if (method === 'logit') return logitInterval(coefficient, Math.sqrt(variance), df, level);
  const rows = domainRows(data.y, data.weights, data.groups, data.d);
  return likelihoodInterval({ coefficient, variance, ...rows, df, level, replicate });
}

/** The interval on the proportion scale, or NaN ends where R stops or extrapolates. */
export function likelihoodInterval(input: LikelihoodInput): Interval {
  const { coefficient, variance, y, weights, df, level } = input;
  const n = y.length;
  if (!(df > 0) || n < 2 || !(variance > 0)) return [Number.NaN, Number.NaN];
  let W = 0;
  for (let i = 0; i < n; i++) W += weights[i]!;
  // svyglm's prior weights: the design weights over their mean.
  let s1 = 0;
  let s0 = 0;
  for (let i = 0; i < n; i++) {
    const pw = (weights[i]! * n) / W;
    if (y[i] === 1) s1 += pw;
    else s0 += pw;
  }
  const mu = logitLinkInverse(coefficient);
  const deviance0 = logitDeviance(mu, s1, s0);
  // Dispersion: svyvar of svyglm's Pearson residuals (y - mu) / sqrt(mu (1 - mu));
  // residuals.svyglm divides the prior weights out again.
  const scale = Math.sqrt(mu * (1 - mu));
  let rBar = 0;
  for (let i = 0; i < n; i++) rBar += weights[i]! * ((y[i]! - mu) / scale);
  rBar /= W;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    const r = (y[i]! - mu) / scale - rBar;
    spread += weights[i]! * ((r * r * n) / (n - 1));
  }
  const dispersion = (spread / W) * (input.replicate ? n : 1);
  // lambda = design variance / naive (model) variance 1 / sum(pw mu (1 - mu)).
  const lambda = variance * n * mu * (1 - mu);
  const alpha = pnorm(qt((1 - level) / 2, df) * Math.sqrt(lambda)) / 2;
  // sqrt(qf(alpha, 1, n - 1, lower = FALSE)) is the t quantile with n - 1 df.
  const zmax = -qt(alpha / 2, n - 1);
  const step = (zmax / 5) * Math.sqrt(variance);
  const points: [number, number][] = [[0, coefficient]];
  for (const sign of [-1, 1]) {
    let z = 0;
    for (let k = 1; k < MAX_STEPS && Math.abs(z) < zmax; k++) {
      const b = coefficient + sign * k * step;
      let zz = (logitDeviance(logitLinkInverse(b), s1, s0) - deviance0) / dispersion;
      if (zz > -0.001) zz = Math.max(zz, 0);
      else return [Number.NaN, Number.NaN]; // R: "profiling has found a better solution"
      z = sign * Math.sqrt(zz);
      points.push([z, b]);
    }
  }
  points.sort((a, b) => a[0] - b[0]);
  const spline = fmmSpline(
    points.map((p) => p[1]),
    points.map((p) => p[0]),
  );
  const cutoffLow = qnorm(2 * alpha);
  const low = approx(spline.y, spline.x, cutoffLow);
  const high = approx(spline.y, spline.x, -cutoffLow);
  // R reports NA for an end the profile did not reach; half an interval is no interval.
  if (Number.isNaN(low) || Number.isNaN(high)) return [Number.NaN, Number.NaN];
  return [expit(low), expit(high)];
}

/** R's regularize.values(x, y, ties = mean): sorted by x, y averaged over tied x. */
function regularize(xIn: number[], yIn: number[]): { x: number[]; y: number[] } {
  const order = xIn.map((_, i) => i).sort((a, b) => xIn[a]! - xIn[b]! || a - b);
  const x: number[] = [];
  const y: number[] = [];
  const count: number[] = [];
  for (const i of order) {
    const last = x.length - 1;
    if (last >= 0 && x[last] === xIn[i]) {
      y[last]! += yIn[i]!;
      count[last]!++;
    } else {
      x.push(xIn[i]!);
      y.push(yIn[i]!);
      count.push(1);
    }
  }
  for (let k = 0; k < y.length; k++) y[k]! /= count[k]!;
  return { x, y };
}

/** R's spline(x, y) with method "fmm": the interpolating cubic at 3 n equally spaced points. */
export function fmmSpline(xIn: number[], yIn: number[]): { x: number[]; y: number[] } {
  const { x, y } = regularize(xIn, yIn);
  const n = x.length;
  const { b, c, d } = fmmCoefficients(x, y);
  const m = 3 * xIn.length;
  const outX: number[] = [];
  const outY: number[] = [];
  const from = x[0]!;
  const to = x[n - 1]!;
  for (let k = 0; k < m; k++) {
    const u = m === 1 ? from : from + ((to - from) * k) / (m - 1);
    let i = 0;
    let hi = n;
    // Largest i with x[i] <= u.
    while (i < hi - 1) {
      const mid = (i + hi) >> 1;
      if (u < x[mid]!) hi = mid;
      else i = mid;
    }
    const dx = u - x[i]!;
    outX.push(u);
    outY.push(y[i]! + dx * (b[i]! + dx * (c[i]! + dx * d[i]!)));
  }
  return { x: outX, y: outY };
}

/** Forsythe, Malcolm and Moler's spline coefficients, as R's fmm_spline. */
function fmmCoefficients(x: number[], y: number[]): { b: number[]; c: number[]; d: number[] } {
  const n = x.length;
  const b = new Array<number>(n).fill(0);
  const c = new Array<number>(n).fill(0);
  const d = new Array<number>(n).fill(0);
  if (n < 2) return { b, c, d };
  if (n < 3) {
    b[0] = b[1] = (y[1]! - y[0]!) / (x[1]! - x[0]!);
    return { b, c, d };
  }
  const nm1 = n - 1;
  d[0] = x[1]! - x[0]!;
  c[1] = (y[1]! - y[0]!) / d[0]!;
  for (let i = 1; i < nm1; i++) {
    d[i] = x[i + 1]! - x[i]!;
    b[i] = 2 * (d[i - 1]! + d[i]!);
    c[i + 1] = (y[i + 1]! - y[i]!) / d[i]!;
    c[i] = c[i + 1]! - c[i]!;
  }
  b[0] = -d[0]!;
  b[nm1] = -d[n - 2]!;
  c[0] = 0;
  c[nm1] = 0;
  if (n > 3) {
    c[0] = c[2]! / (x[3]! - x[1]!) - c[1]! / (x[2]! - x[0]!);
    c[nm1] = c[n - 2]! / (x[nm1]! - x[n - 3]!) - c[n - 3]! / (x[n - 2]! - x[n - 4]!);
    c[0] = (c[0]! * d[0]! * d[0]!) / (x[3]! - x[0]!);
    c[nm1] = (-c[nm1]! * d[n - 2]! * d[n - 2]!) / (x[nm1]! - x[n - 4]!);
  }
  for (let i = 1; i <= nm1; i++) {
    const t = d[i - 1]! / b[i - 1]!;
    b[i] = b[i]! - t * d[i - 1]!;
    c[i] = c[i]! - t * c[i - 1]!;
  }
  c[nm1] = c[nm1]! / b[nm1]!;
  for (let i = n - 2; i >= 0; i--) c[i] = (c[i]! - d[i]! * c[i + 1]!) / b[i]!;
  b[nm1] = (y[nm1]! - y[n - 2]!) / d[n - 2]! + d[n - 2]! * (c[n - 2]! + 2 * c[nm1]!);
  for (let i = 0; i < nm1; i++) {
    b[i] = (y[i + 1]! - y[i]!) / d[i]! - d[i]! * (c[i + 1]! + 2 * c[i]!);
    d[i] = (c[i + 1]! - c[i]!) / d[i]!;
    c[i] = 3 * c[i]!;
  }
  c[nm1] = 3 * c[nm1]!;
  d[nm1] = d[n - 2]!;
  return { b, c, d };
}

/** R's approx(x, y, xout) (linear, rule 1, ties averaged): NaN outside the range of x. */
export function approx(xIn: number[], yIn: number[], at: number): number {
  const { x, y } = regularize(xIn, yIn);
  if (Number.isNaN(at) || at < x[0]! || at > x[x.length - 1]!) return Number.NaN;
  let i = 0;
  while (i < x.length - 1 && x[i + 1]! < at) i++;
  if (at === x[i]!) return y[i]!;
  if (i === x.length - 1) return y[i]!;
  return y[i]! + ((y[i + 1]! - y[i]!) * (at - x[i]!)) / (x[i + 1]! - x[i]!);
}
