/**
 * Quantiles with Woodruff intervals, as svyquantile(qrule = "math",
 * interval.type = "mean") computes them: the quantile is the smallest value
 * whose cumulative weight share reaches p; the interval is the Wald interval
 * of the proportion at or below that value, mapped back through the same rule;
 * se is the interval's width over 2 t(df).
 */
import { DEFAULT_LEVEL } from './ci';
import { StatsInputError } from './design';
import { qt } from './distributions';
import { validateGroups } from './domain-sums';
import {
  checkLevel,
  type EstimateOptions,
  emptyStatistic,
  type Groups,
  type QuantileEstimate,
} from './estimate-types';
import {
  type AnyDesign,
  isReplicateDesign,
  type ReplicateDesign,
  replicateVariance,
} from './replicate-design';
import { inDomain, scoreVariance } from './score-variance';

/**
 * R's qrule_math on values sorted ascending (ties in row order) with their
 * cumulative weights: the last position whose cumulative weight is at most
 * p * total (the first when there is none, a quirk we keep), and its value when
 * the share there is exactly p, otherwise the next value.
 */
export function mathQuantile(
  sorted: Float64Array,
  cumulative: Float64Array,
  total: number,
  p: number,
): number {
  const n = sorted.length;
  const target = p * total;
  // Binary search for the last cumulative weight <= target.
  let lo = 0;
  let hi = n - 1;
  let pos = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! <= target) {
      pos = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (pos < 0) pos = 0;
  const next = pos === n - 1 ? pos : pos + 1;
  return p - cumulative[pos]! / total === 0 ? sorted[pos]! : sorted[next]!;
}

/**
 * Quantiles of a numeric item (NaN = missing) at each probability, overall
 * (element 0) and per group (1 + g); each element lists the probabilities in order.
 */
export function estimateQuantiles(
  design: AnyDesign,
  y: Float64Array,
  probabilities: readonly number[],
  groups?: Groups,
  options: Pick<EstimateOptions, 'level'> = {},
): QuantileEstimate[][] {
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  for (const p of probabilities) {
    if (!(p >= 0 && p <= 1)) throw new StatsInputError(`quantile ${p} is not between 0 and 1`);
  }
  if (y.length !== design.rows)
    throw new StatsInputError(
      `the item has ${y.length} values but the design has ${design.rows} rows`,
    );
  validateGroups(design, groups);
  const D = 1 + (groups ? groups.count : 0);
  const gIndex = groups?.index;
  const { weights } = design;
  const out: QuantileEstimate[][] = [];
  for (let d = 0; d < D; d++) {
    const rows: number[] = [];
    for (let i = 0; i < y.length; i++) {
      const v = y[i]!;
      if (Number.isNaN(v) || !inDomain(gIndex, i, d)) continue;
      if (!Number.isFinite(v))
        throw new StatsInputError(`value ${v} in row ${i} is not a finite number`, i);
      rows.push(i);
    }
    if (rows.length === 0) {
      const lonely = isReplicateDesign(design)
        ? 0
        : scoreVariance(design, maskedScores(design.rows, [], weights, y, 0, 0)).lonelyStrata;
      out.push(probabilities.map((quantile) => ({ ...emptyStatistic(lonely), quantile })));
      continue;
    }
    rows.sort((a, b) => y[a]! - y[b]! || a - b);
    const sorted = Float64Array.from(rows, (i) => y[i]!);
    const cumulative = new Float64Array(rows.length);
    let running = 0;
    let W = 0;
    rows.forEach((i, k) => {
      running += weights[i]!;
      cumulative[k] = running;
      W += weights[i]!;
    });
    out.push(
      probabilities.map((p) => {
        const q = mathQuantile(sorted, cumulative, W, p);
        const below = proportionBelow(design, y, rows, q, W);
        const t = below.df > 0 ? qt(1 - (1 - level) / 2, below.df) : Number.NaN;
        const pLow = below.p - t * below.se;
        const pHigh = below.p + t * below.se;
        const ciLow =
          Number.isNaN(pLow) || pLow < 0 ? Number.NaN : mathQuantile(sorted, cumulative, W, pLow);
        const ciHigh =
          Number.isNaN(pHigh) || pHigh > 1
            ? Number.NaN
            : mathQuantile(sorted, cumulative, W, pHigh);
        return {
          quantile: p,
          n: rows.length,
          wsum: W,
          estimate: q,
          se: (ciHigh - ciLow) / (2 * t),
          ciLow,
          ciHigh,
          df: below.df,
          lonelyStrata: below.lonelyStrata,
        };
      }),
    );
  }
  return out;
}

/** Scores w (I(y <= q) - p) / W on the domain's rows, NaN elsewhere. */
function maskedScores(
  rowsTotal: number,
  rows: readonly number[],
  weights: Float64Array,
  y: Float64Array,
  q: number,
  W: number,
): Float64Array {
  const scores = new Float64Array(rowsTotal).fill(Number.NaN);
  let p = 0;
  for (const i of rows) if (y[i]! <= q) p += weights[i]!;
  p /= W;
  for (const i of rows) scores[i] = (((y[i]! <= q ? 1 : 0) - p) * weights[i]!) / W;
  return scores;
}

/** The share of the domain's weight at or below q, its standard error and the df, as svymean(x <= q). */
function proportionBelow(
  design: AnyDesign,
  y: Float64Array,
  rows: readonly number[],
  q: number,
  W: number,
): { p: number; se: number; df: number; lonelyStrata: number } {
  let below = 0;
  for (const i of rows) if (y[i]! <= q) below += design.weights[i]!;
  const p = below / W;
  if (isReplicateDesign(design))
    return {
      p,
      se: Math.sqrt(replicateShareVariance(design, y, rows, q)),
      df: design.df,
      lonelyStrata: 0,
    };
  const v = scoreVariance(design, maskedScores(design.rows, rows, design.weights, y, q, W));
  return { p, se: Math.sqrt(v.variance), df: v.df, lonelyStrata: v.lonelyStrata };
}

function replicateShareVariance(
  design: ReplicateDesign,
  y: Float64Array,
  rows: readonly number[],
  q: number,
): number {
  const thetas = new Float64Array(design.replicates.length);
  design.replicates.forEach((w, r) => {
    let all = 0;
    let below = 0;
    for (const i of rows) {
      all += w[i]!;
      if (y[i]! <= q) below += w[i]!;
    }
    thetas[r] = below / all;
  });
  return replicateVariance(design, thetas);
}
