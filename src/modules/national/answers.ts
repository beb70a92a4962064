/**
 * Answers as slices of the protected publication (pure): the national table for one
 * fixed question, a release's rows, and an organisation beside its peers.
 */

import type { ReleaseTableRow } from './national.schemas';
import type { Filter, Granularity, Level, TargetGroup } from './national-dimensions';
import { FILTERS, LEVELS, populationOf } from './national-dimensions';
import {
  areasOf,
  type OrganisationRef,
  type ProtectedPublication,
  type PublishedCell,
  periodsOf,
} from './national-tables';

export interface Question {
  level: Level;
  granularity: Granularity;
  from?: string;
  to?: string;
  kind?: string;
  target?: TargetGroup;
}

export function filterOf(q: { kind?: string; target?: string }): Filter {
  if (q.kind) return `kind:${q.kind}` as Filter;
  if (q.target) return `target:${q.target}` as Filter;
  return 'all';
}

/** Periods of the granularity inside [from, to] (a year only when all its quarters are). */
export function periodsIn(
  publication: ProtectedPublication,
  granularity: Granularity,
  from?: string,
  to?: string,
): string[] {
  const within = (q: string) => (!from || q >= from) && (!to || q <= to);
  return periodsOf(publication, granularity).filter((p) =>
    granularity === 'quarter' ? within(p) : within(`${p}-Q1`) && within(`${p}-Q4`),
  );
}

export interface Slice {
  periods: string[];
  cells: PublishedCell[];
  totals: PublishedCell[];
}

export function sliceOf(publication: ProtectedPublication, q: Question): Slice {
  const filter = filterOf(q);
  const periods = periodsIn(publication, q.granularity, q.from, q.to);
  const { areas, total } = areasOf(publication, q.level);
  const cells: PublishedCell[] = [];
  for (const a of areas) for (const p of periods) cells.push(publication.cell(filter, a, p));
  const totals = periods.map((p) => publication.cell(filter, total, p));
  return { periods, cells, totals };
}

export function populationLabel(q: { kind?: string; target?: string }) {
  return populationOf(filterOf(q));
}

/** Every row of a release: every filter and level for the quarter (and its year after Q4). */
export function releaseRows(publication: ProtectedPublication, quarter: string): ReleaseTableRow[] {
  const year = quarter.slice(0, 4);
  const periods: { granularity: Granularity; period: string }[] = [
    { granularity: 'quarter', period: quarter },
  ];
  if (quarter.endsWith('Q4') && publication.years.includes(year)) {
    periods.push({ granularity: 'year', period: year });
  }
  const rows: ReleaseTableRow[] = [];
  const filters = ['all'] as Filter[];
  for (const f of FILTERS) if (f !== 'all') filters.push(f);
  for (const filter of filters)
    for (const level of LEVELS)
      for (const { granularity, period } of periods) {
        const slice = sliceOf(publication, {
          level,
          granularity,
          from: granularity === 'quarter' ? period : `${period}-Q1`,
          to: granularity === 'quarter' ? period : `${period}-Q4`,
          ...filterQuestion(filter),
        });
        for (const c of [...slice.cells, ...slice.totals]) {
          rows.push({
            filter,
            level,
            period: c.period,
            areaType: c.area.type,
            areaCode: c.area.code,
            areaName: c.area.name,
            count: c.count,
            rate: c.rate,
            suppressed: c.suppressed,
          });
        }
      }
  return dedupe(rows);
}

/** The layer totals of level gemeente and the layer rows are the same cells: keep one. */
function dedupe(rows: ReleaseTableRow[]): ReleaseTableRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.filter}|${r.level}|${r.period}|${r.areaType}|${r.areaCode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function filterQuestion(filter: Filter): { kind?: string; target?: TargetGroup } {
  if (filter.startsWith('kind:')) return { kind: filter.slice(5) };
  if (filter.startsWith('target:')) return { target: filter.slice(7) as TargetGroup };
  return {};
}

/** The fewest organisations (with published counts) a peer median needs. */
export const MINIMUM_PEERS = 5;

export interface PeerFigure {
  period: string;
  own: number | null;
  median: number | null;
  peers: number;
  suppressed: boolean;
}

/**
 * The organisation's own counts (its own data, unprotected to itself) beside the
 * median of its peers' PUBLISHED counts: a median of numbers that disclosure control
 * already let out reveals nothing new. Withheld when fewer than MINIMUM_PEERS peers
 * have a published count, or fewer than half of them.
 */
export function peerFigures(
  publication: ProtectedPublication,
  self: OrganisationRef,
  ownCounts: ReadonlyMap<string, number>,
  peers: readonly OrganisationRef[],
): PeerFigure[] {
  return periodsOf(publication, 'quarter').map((period) => {
    const values = peers
      .filter((p) => p.id !== self.id)
      .map((p) => publication.cell('all', `org:${p.id}`, period).count)
      .filter((c): c is number => c !== null)
      .sort((a, b) => a - b);
    const total = peers.filter((p) => p.id !== self.id).length;
    const enough = values.length >= MINIMUM_PEERS && values.length * 2 >= total;
    return {
      period,
      own: ownCounts.get(period) ?? 0,
      median: enough ? median(values) : null,
      peers: total,
      suppressed: !enough,
    };
  });
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
