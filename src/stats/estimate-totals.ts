/** Weighted totals and ratios with Wald intervals, on linearised or replicate designs. */
import { DEFAULT_LEVEL } from './ci';
import { designEffect } from './design-effect';
import { qt } from './distributions';
import { validateGroups } from './domain-sums';
import {
  checkLevel,
  type EstimateOptions,
  emptyStatistic,
  type Groups,
  type RatioEstimate,
  type StatisticEstimate,
  type TotalEstimate,
} from './estimate-types';
import { type AnyDesign, isReplicateDesign, replicateVariance } from './replicate-design';
import { replicateSums, replicateThetas } from './replicate-sums';
import { inDomain, scoreVariance } from './score-variance';

type WaldOptions = Pick<EstimateOptions, 'level' | 'deff'>;

/** estimate +- t(df) se, as confint(stat, df = degf(design)); NaN without degrees of freedom. */
export function waldEstimate(
  fields: Omit<StatisticEstimate, 'ciLow' | 'ciHigh'>,
  level: number,
): StatisticEstimate {
  const t = fields.df > 0 ? qt((1 - level) / 2, fields.df) : Number.NaN;
  return {
    ...fields,
    ciLow: fields.estimate + fields.se * t,
    ciHigh: fields.estimate - fields.se * t,
  };
}

/**
 * Weighted totals sum(w y) of a numeric item (NaN = missing) overall (element 0)
 * and per group (1 + g), as svytotal on subset() with df = degf.
 */
export function estimateTotals(
  design: AnyDesign,
  y: Float64Array,
  groups?: Groups,
  options: WaldOptions = {},
): TotalEstimate[] {
  return ratioOrTotal(design, y, undefined, groups, options);
}

/**
 * Ratios sum(w y) / sum(w x) over the rows that answered both, overall and per
 * group, as svyratio(~y, ~x) on subset(). No design effect (R's is a total's).
 */
export function estimateRatios(
  design: AnyDesign,
  y: Float64Array,
  x: Float64Array,
  groups?: Groups,
  options: Pick<EstimateOptions, 'level'> = {},
): RatioEstimate[] {
  return ratioOrTotal(design, y, x, groups, options);
}

function ratioOrTotal(
  design: AnyDesign,
  y: Float64Array,
  x: Float64Array | undefined,
  groups: Groups | undefined,
  options: WaldOptions,
): StatisticEstimate[] {
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  const values = x ? [y, x] : [y];
  validateGroups(design, groups);
  if (isReplicateDesign(design)) {
    const sums = replicateSums(design, values, groups);
    const D = sums.domains;
    const [sy, sx] = sums.weighted;
    const statistic = (k: number): number => (x ? sy![k]! / sx![k]! : sy![k]!);
    const out: StatisticEstimate[] = [];
    for (let d = 0; d < D; d++) {
      const n = sums.n[d]!;
      if (n === 0) {
        out.push(emptyStatistic());
        continue;
      }
      const variance = replicateVariance(design, replicateThetas(design, D, d, statistic));
      const estimate = waldEstimate(
        {
          n,
          wsum: sums.weight[d]!,
          estimate: statistic(d),
          se: Math.sqrt(variance),
          df: design.df,
          lonelyStrata: 0,
        },
        level,
      );
      if (options.deff && !x)
        estimate.deff = designEffect('total', variance, design.weights, y, groups, d);
      out.push(estimate);
    }
    return out;
  }
  const D = 1 + (groups ? groups.count : 0);
  const gIndex = groups?.index;
  const { weights } = design;
  const scores = new Float64Array(design.rows);
  const out: StatisticEstimate[] = [];
  for (let d = 0; d < D; d++) {
    let W = 0;
    let Y = 0;
    let X = 0;
    for (let i = 0; i < design.rows; i++) {
      if (Number.isNaN(y[i]!) || (x && Number.isNaN(x[i]!)) || !inDomain(gIndex, i, d)) continue;
      W += weights[i]!;
      Y += weights[i]! * y[i]!;
      if (x) X += weights[i]! * x[i]!;
    }
    const estimate = x ? Y / X : Y;
    for (let i = 0; i < design.rows; i++) {
      if (Number.isNaN(y[i]!) || (x && Number.isNaN(x[i]!)) || !inDomain(gIndex, i, d)) {
        scores[i] = Number.NaN;
        continue;
      }
      // Ratio: the residual y - R x over the denominator's total, times the weight (svyratio's r / prob).
      scores[i] = x ? ((y[i]! - estimate * x[i]!) / X) * weights[i]! : y[i]! * weights[i]!;
    }
    const v = scoreVariance(design, scores);
    if (v.n === 0) {
      out.push(emptyStatistic(v.lonelyStrata));
      continue;
    }
    const result = waldEstimate(
      {
        n: v.n,
        wsum: W,
        estimate,
        se: Math.sqrt(v.variance),
        df: v.df,
        lonelyStrata: v.lonelyStrata,
      },
      level,
    );
    if (options.deff && !x) result.deff = designEffect('total', v.variance, weights, y, groups, d);
    out.push(result);
  }
  return out;
}
