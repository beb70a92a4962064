/**
 * SQL of the statistical rollup (ADR 0036): the only way incident counts leave the
 * register for national statistics. It reads only statistical columns (created_at,
 * reporter_group, target, kinds, police_called) and writes counts per organisation x
 * quarter x target group x kind; the national module reads those counts through
 * `index.ts` and puts them through disclosure control.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { IncidentStatisticsTable } from './statistics.tables';

/** The target group of a report: relatives first, then the reporter's group. */
const TARGET_GROUP = sql<string>`case
  when target = 'relative' then 'relative'
  when reporter_group = 'office_holder' then 'office_holder'
  when reporter_group = 'civil_servant' then 'employee'
  else 'other' end`;

/**
 * Rebuild the rollup from the register in one statement set (call inside a
 * transaction). A report counts in the quarter it was registered (Europe/Amsterdam),
 * once under kind '*' and once under each of its kinds. Answers the number of reports.
 */
export async function rebuildIncidentStatistics(trx: Db, now: Date): Promise<number> {
  await trx.deleteFrom('incident_statistics').execute();
  await sql`
    insert into incident_statistics (organisation_id, quarter, target_group, kind, incidents, police)
    select organisation_id, quarter, target_group, kind, count(*)::int, (count(*) filter (where police_called))::int
    from (
      select organisation_id,
             date_trunc('quarter', created_at at time zone 'Europe/Amsterdam')::date as quarter,
             ${TARGET_GROUP} as target_group,
             police_called,
             kinds
      from incident
    ) i
    cross join lateral unnest(i.kinds || array['*']::text[]) as k(kind)
    group by organisation_id, quarter, target_group, kind`.execute(trx);
  const total = await trx
    .selectFrom('incident_statistics')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('incidents'), sql<string>`0`).as('n'))
    .where('kind', '=', '*')
    .executeTakeFirstOrThrow();
  const incidents = Number(total.n);
  await trx
    .insertInto('incident_statistics_state')
    .values({ id: true, refreshed_at: now, incidents: String(incidents) })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ refreshed_at: now, incidents: String(incidents) }),
    )
    .execute();
  return incidents;
}

/** When the rollup was last rebuilt; null before the first rebuild. */
export async function incidentStatisticsRefreshedAt(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom('incident_statistics_state')
    .select('refreshed_at')
    .executeTakeFirst();
  return row?.refreshed_at ?? null;
}

/** A rollup row with its quarter as YYYY-MM-DD. */
export type StatisticsRow = Omit<IncidentStatisticsTable, 'quarter'> & { quarter: string };

/** Rollup rows with quarters from `from` to `to` (first days of quarters, YYYY-MM-DD). */
export async function readIncidentStatistics(
  db: Db,
  from: string,
  to: string,
): Promise<StatisticsRow[]> {
  return db
    .selectFrom('incident_statistics')
    .select([
      'organisation_id',
      sql<string>`to_char(quarter, 'YYYY-MM-DD')`.as('quarter'),
      'target_group',
      'kind',
      'incidents',
      'police',
    ])
    .where('quarter', '>=', from)
    .where('quarter', '<=', to)
    .execute();
}

/** How many synthetic reports to make for one organisation. */
export interface SyntheticLoad {
  organisationId: string;
  count: number;
}

/**
 * Insert synthetic reports (statistical fields only, no narrative, no person), spread
 * over [from, to) by a hash of the organisation and the report's index, so the same
 * call makes the same data. For demo data and the insight benchmark: one statement,
 * `generate_series` in the database, so millions take seconds rather than hours.
 *
 * Handled as a register is: nine in ten reports got a first contact between a few minutes
 * and five days after receipt; reports of the last 30 days before `to` are still open
 * (some without a first contact yet), older ones are closed. So the dashboard's handling
 * figures (median, in time, open, overdue) have real work to do in the benchmark.
 */
export async function insertSyntheticIncidents(
  db: Db,
  loads: readonly SyntheticLoad[],
  from: Date,
  to: Date,
): Promise<void> {
  if (loads.length === 0) return;
  const ids = loads.map((l) => l.organisationId);
  const counts = loads.map((l) => l.count);
  const span = (to.getTime() - from.getTime()) / 1000;
  await sql`
    insert into incident (organisation_id, source, status, reporter_group, target, occurred_on,
      location, channel, kinds, perpetrator_known, police_called, first_contact_due_on,
      closed_at, created_at, updated_at, first_contact_at)
    select o.id, 'web',
      case when not recent then 'closed'
        when contact is null then 'received'
        else (array['in_treatment','measures','aftercare'])[1 + (h / 11) % 3] end,
      (array['civil_servant','office_holder','civil_servant','other'])[1 + h % 4],
      (array['self','self','self','relative','colleague'])[1 + (h / 4) % 5],
      (t - interval '2 days')::date,
      (array['work_location','at_home','online','meeting','public','other'])[1 + (h / 20) % 6],
      (array['in_person','phone','email','social_media','letter','at_home'])[1 + (h / 120) % 6],
      case when (h / 720) % 3 = 0
        then array[(${sql.lit(KIND_LIST)}::text[])[1 + (h / 2160) % 10],
                   (${sql.lit(KIND_LIST)}::text[])[1 + ((h / 2160) % 10 + 1 + (h / 21600) % 9) % 10]]
        else array[(${sql.lit(KIND_LIST)}::text[])[1 + (h / 2160) % 10]] end,
      false,
      (h / 216000) % 4 = 0,
      t::date + 7,
      case when recent then null else t + interval '30 days' end,
      t, t, contact
    from unnest(${ids}::uuid[], ${counts}::int[]) as o(id, n)
    cross join lateral generate_series(1, o.n) as g(i)
    cross join lateral (select abs(hashtext(o.id::text || ':' || g.i::text))::bigint as h) r
    cross join lateral (
      select ${from.toISOString()}::timestamptz
        + make_interval(secs => ((r.h * 7919) % 1000003) / 1000003.0 * ${span}) as t
    ) tt
    cross join lateral (
      select tt.t >= ${to.toISOString()}::timestamptz - interval '30 days' as recent
    ) rc
    cross join lateral (
      select case when r.h % 10 = 0 then null
        else tt.t + make_interval(mins => 5 + ((r.h / 7) % 7200)::int) end as contact
    ) fc`.execute(db);
}

/** The ten incident kinds as a Postgres array literal (fixed vocabulary, no input). */
const KIND_LIST =
  '{verbal_aggression,intimidation,threat,physical_violence,discrimination,sexual_intimidation,property_damage,stalking,doxing,online_hate}';
