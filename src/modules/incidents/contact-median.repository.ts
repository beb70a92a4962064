/**
 * The exact median hours to first contact of the dashboard (ADR 0051), found through the
 * histogram incident_contact_histogram instead of sorting every contacted report.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { addMonths } from '../../platform/time';
import type { DashboardFilter, DashboardUnit } from './dashboard.repository';

const UNIT_MONTHS: Record<DashboardUnit, number> = { month: 1, quarter: 3, year: 12 };

/** A median to find: the contacted reports of [from, until) and the 0-based ranks to read. */
interface MedianTarget {
  period: string | null;
  from: string;
  until: string;
  /** Rank (0-based, by hours) of the lower and upper middle value, and their buckets. */
  ranks: { rank: number; bucket: number; offset: number }[];
}

/**
 * The exact median hours to first contact per period and for the whole selection, as
 * `percentile_cont(0.5)` gives it, without sorting every contacted report (ADR 0051): the
 * histogram says in which bucket each middle report lies and at which place, and one
 * statement reads just those reports, through the index on (organisation, bucket, date).
 */
export async function contactMedians(
  db: Db,
  f: DashboardFilter,
): Promise<Map<string | null, number>> {
  const { rows } = await sql<{ period: string; bucket: number; n: number }>`
    select to_char(date_trunc(${f.unit}, h.month::timestamp), 'YYYY-MM-DD') as period,
      h.bucket, sum(h.n)::int as n
    from incident_contact_histogram h
    where h.organisation_id = ${f.organisationId} and h.kind = ${f.kind ?? '*'}
      and h.month >= ${f.from}::date and h.month < ${f.until}::date
    group by 1, 2
    having sum(h.n) > 0`.execute(db);
  const groups = new Map<string | null, Map<number, number>>([[null, new Map()]]);
  for (const r of rows) {
    for (const key of [r.period, null]) {
      const g = groups.get(key) ?? new Map<number, number>();
      groups.set(key, g);
      g.set(r.bucket, (g.get(r.bucket) ?? 0) + r.n);
    }
  }
  const targets: MedianTarget[] = [];
  for (const [period, histogram] of groups) {
    const buckets = [...histogram].sort((a, b) => a[0] - b[0]);
    const n = buckets.reduce((sum, [, c]) => sum + c, 0);
    if (n === 0) continue;
    const wanted = [...new Set([Math.floor((n - 1) / 2), Math.ceil((n - 1) / 2)])];
    const ranks = wanted.map((rank) => {
      let before = 0;
      for (const [bucket, count] of buckets) {
        if (rank < before + count) return { rank, bucket, offset: rank - before };
        before += count;
      }
      throw new Error('rank outside the histogram');
    });
    const from = period ?? f.from;
    const until = period ? addMonths(period, UNIT_MONTHS[f.unit]) : f.until;
    targets.push({ period, from, until, ranks });
  }
  if (targets.length === 0) return new Map();
  const lookups = targets.flatMap((t, i) => t.ranks.map((r) => ({ i, ...r })));
  const kind = f.kind ? sql`and incident.kinds @> array[${f.kind}]::text[]` : sql``;
  const { rows: values } = await sql<{ i: number; rank: number; hours: number | null }>`
    select q.i, q.rank, v.hours
    from unnest(${lookups.map((l) => l.i)}::int[], ${lookups.map((l) => l.rank)}::int[],
      ${lookups.map((l) => targets[l.i]!.from)}::date[],
      ${lookups.map((l) => targets[l.i]!.until)}::date[],
      ${lookups.map((l) => l.bucket)}::int[], ${lookups.map((l) => l.offset)}::int[])
      as q(i, rank, f, u, b, o)
    left join lateral (
      select incident.first_contact_hours as hours from incident
      where incident.organisation_id = ${f.organisationId}
        and incident.first_contact_at is not null and incident.first_contact_bucket = q.b
        and incident.occurred_on >= q.f and incident.occurred_on < q.u ${kind}
      order by incident.first_contact_hours
      offset q.o limit 1
    ) v on true`.execute(db);
  const out = new Map<string | null, number>();
  for (const [i, t] of targets.entries()) {
    const found = values.filter((v) => v.i === i).map((v) => v.hours);
    // A report written between the two reads can move a rank; then count it the slow way.
    const middle = found.every((v) => v !== null)
      ? (found as number[])
      : await sortedMiddle(
          db,
          f,
          t.from,
          t.until,
          t.ranks.map((r) => r.rank),
        );
    if (middle.length > 0) out.set(t.period, middle.reduce((a, b) => a + b, 0) / middle.length);
  }
  return out;
}

/** The values at `ranks` of the contacted reports of [from, until), by sorting them. */
async function sortedMiddle(
  db: Db,
  f: DashboardFilter,
  from: string,
  until: string,
  ranks: number[],
): Promise<number[]> {
  const { rows } = await sql<{ hours: number }>`
    select incident.first_contact_hours as hours from incident
    where incident.organisation_id = ${f.organisationId} and incident.first_contact_at is not null
      and incident.occurred_on >= ${from}::date and incident.occurred_on < ${until}::date
      ${f.kind ? sql`and incident.kinds @> array[${f.kind}]::text[]` : sql``}
    order by incident.first_contact_hours`.execute(db);
  if (rows.length === 0) return [];
  return ranks.map((r) => rows[Math.min(r, rows.length - 1)]!.hours);
}
