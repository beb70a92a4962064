/**
 * The output of `weerbaar stats estimate`: CSV in exactly the layout of
 * /work/shared/tools/survey-oracle.R, so the two can be diffed.
 */
import type { ProportionEstimate, QuantileEstimate, StatisticEstimate } from '../estimate';
import type { Statistic } from './estimate-arguments';
import { formatNumber, quoteString } from './format-number';

/** The oracle's output columns, in order. */
export const OUTPUT_COLUMNS = [
  'indicator',
  'group',
  'n',
  'wsum',
  'p',
  'se',
  'ci_low',
  'ci_high',
  'df',
  'method',
] as const;

/** The label of the overall row. */
export const ALL_GROUP = '(all)';

/** The header line of the output: the proportion columns unless another statistic is asked for. */
export function outputHeader(statistic: Statistic = 'proportion', deff = false): string {
  const columns: string[] =
    statistic === 'proportion'
      ? [...OUTPUT_COLUMNS]
      : OUTPUT_COLUMNS.map((c) => (c === 'p' ? 'estimate' : c));
  if (statistic === 'quantile') columns.splice(2, 0, 'quantile');
  if (deff) columns.push('deff');
  return columns.map(quoteString).join(',');
}

/** One output line: an indicator's estimate in one group (ALL_GROUP for everyone). */
export function outputRow(
  indicator: string,
  group: string,
  e: ProportionEstimate,
  deff = false,
): string {
  const row = [
    quoteString(indicator),
    quoteString(group),
    formatNumber(e.n),
    formatNumber(e.wsum),
    formatNumber(e.p),
    formatNumber(e.se),
    formatNumber(e.ciLow),
    formatNumber(e.ciHigh),
    formatNumber(e.df),
    quoteString(e.method),
  ];
  if (deff) row.push(formatNumber(e.deff ?? Number.NaN));
  return row.join(',');
}

/** One output line of a mean, total, ratio (method wald) or quantile (method woodruff). */
export function statisticRow(
  indicator: string,
  group: string,
  e: StatisticEstimate | QuantileEstimate,
  deff = false,
): string {
  const row = [quoteString(indicator), quoteString(group)];
  const quantile = 'quantile' in e;
  if (quantile) row.push(formatNumber(e.quantile));
  row.push(
    formatNumber(e.n),
    formatNumber(e.wsum),
    formatNumber(e.estimate),
    formatNumber(e.se),
    formatNumber(e.ciLow),
    formatNumber(e.ciHigh),
    formatNumber(e.df),
    quoteString(quantile ? 'woodruff' : 'wald'),
  );
  if (deff) row.push(formatNumber(e.deff ?? Number.NaN));
  return row.join(',');
}

/** Group levels in R's sort() order for a UTF-8 locale (ICU root collation), ties by code point. */
export function sortedLevels(levels: readonly string[]): number[] {
  const collator = new Intl.Collator('und');
  return levels
    .map((_, code) => code)
    .sort((a, b) => {
      const byCollation = collator.compare(levels[a]!, levels[b]!);
      if (byCollation !== 0) return byCollation;
      return levels[a]! < levels[b]! ? -1 : levels[a]! > levels[b]! ? 1 : 0;
    });
}
