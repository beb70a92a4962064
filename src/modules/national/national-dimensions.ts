/**
 * The fixed dimensions of national statistics (ADR 0036): nothing else can be asked.
 * Levels, granularities, one optional filter (a kind or a target group), and periods
 * aligned to whole quarters and years — no free filters, no arbitrary date ranges.
 */
import { INCIDENT_KINDS } from '../incidents';

export type Layer = 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
/** Layers whose organisations are published one by one (Rijk only as a layer). */
export const AREA_LAYERS: readonly Layer[] = ['gemeente', 'provincie', 'waterschap'];

/**
 * `regio`: all municipalities of one province together (its region), beside `provincie`, the
 * province organisation's own reports.
 */
export const LEVELS = ['gemeente', 'regio', 'provincie', 'waterschap', 'layer'] as const;
export type Level = (typeof LEVELS)[number];

export const GRANULARITIES = ['quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const TARGET_GROUPS = ['office_holder', 'employee', 'relative', 'other'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export type Filter = 'all' | `kind:${(typeof INCIDENT_KINDS)[number]}` | `target:${TargetGroup}`;
export const FILTERS: readonly Filter[] = [
  'all',
  ...INCIDENT_KINDS.map((k) => `kind:${k}` as const),
  ...TARGET_GROUPS.map((t) => `target:${t}` as const),
];

export type Population = 'office_holders' | 'employees';

/** Whose number a filter's rate is per 100 of; null: no rate. */
export function populationOf(filter: Filter): Population | 'both' | null {
  if (filter === 'target:office_holder') return 'office_holders';
  if (filter === 'target:employee') return 'employees';
  if (filter.startsWith('target:')) return null;
  return 'both';
}

/** The first national quarter: figures start with the register's first full year. */
export const FIRST_QUARTER = '2025-Q1';

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return QUARTER.test(value);
}

/** '2026-Q3' -> '2026-07-01'. */
export function quarterStart(q: string): string {
  const m = QUARTER.exec(q);
  if (!m) throw new Error(`not a quarter: ${q}`);
  const month = (Number(m[2]) - 1) * 3 + 1;
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/** '2026-07-01' (any day of it) -> '2026-Q3'. */
export function quarterOfDate(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function nextQuarter(q: string): string {
  const m = QUARTER.exec(q)!;
  const n = Number(m[2]);
  return n === 4 ? `${Number(m[1]) + 1}-Q1` : `${m[1]}-Q${n + 1}`;
}

/** Quarters from `from` to `to`, both included. */
export function quarterRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let q = from; q <= to; q = nextQuarter(q)) out.push(q);
  return out;
}

export function quartersOfYear(year: string): string[] {
  return [1, 2, 3, 4].map((n) => `${year}-Q${n}`);
}

/** The last quarter that has ended on `today` (YYYY-MM-DD, Europe/Amsterdam). */
export function lastCompleteQuarter(today: string): string {
  const current = quarterOfDate(today);
  const m = QUARTER.exec(current)!;
  const n = Number(m[2]);
  return n === 1 ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${n - 1}`;
}
