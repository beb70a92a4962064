/**
 * Design effects as svymean/svytotal(..., deff = TRUE) compute them: the
 * design variance over the variance of the same estimate under simple random
 * sampling without replacement of n from N-hat = sum of the weights,
 *   mean:  s^2 (N - n) / (N n),   total: s^2 N^2 (N - n) / (N n),
 * with s^2 = n/(n-1) sum w (y - ybar)^2 / sum w over the domain's answered rows.
 */
import type { Groups } from './estimate-types';
import { inDomain } from './score-variance';

/** Which estimate the design effect is for. */
export type DeffStatistic = 'mean' | 'total';

/**
 * The design effect of domain d (0 = everyone, 1 + g = group g). For a mean
 * whose weights add up to less than n, R gives NA (weights not scaled to the
 * population); so do we.
 */
export function designEffect(
  statistic: DeffStatistic,
  variance: number,
  weights: Float64Array,
  y: Float64Array,
  groups: Groups | undefined,
  d: number,
): number {
  const gIndex = groups?.index;
  let n = 0;
  let W = 0;
  let WY = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i]!) || !inDomain(gIndex, i, d)) continue;
    n++;
    W += weights[i]!;
    WY += weights[i]! * y[i]!;
  }
  const mean = WY / W;
  let squares = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i]!) || !inDomain(gIndex, i, d)) continue;
    const dev = y[i]! - mean;
    squares += weights[i]! * ((dev * dev * n) / (n - 1));
  }
  const s2 = squares / W;
  if (statistic === 'mean') {
    if (W < n) return Number.NaN;
    return variance / ((s2 * (W - n)) / (W * n));
  }
  return variance / ((s2 * W * W * (W - n)) / (W * n));
}
