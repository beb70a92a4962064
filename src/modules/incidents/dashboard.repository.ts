/**
 * SQL of the insight dashboard (issue 13): grouped counts of one organisation's reports,
 * never a row. The counts by kind, channel, place and target group come from
 * incident_dashboard_counts, which triggers keep exact on every write (ADR 0043); the
 * handling figures count first contacts there too and read open and contacted reports
 * through partial indexes (ADR 0051).
 */

import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database';
import { contactMedians } from './contact-median.repository';
import { DEFAULT_FIRST_CONTACT_WORKING_DAYS } from './incident-settings';
import { OPEN_STATUSES } from './incident-status';
import type { IncidentKind } from './incident-vocabulary';
import { findSettings } from './settings.repository';

export type DashboardUnit = 'month' | 'quarter' | 'year';

/** Who was targeted, as the dashboard groups it. */
export const TARGET_GROUPS = ['office_holder', 'employee', 'relative', 'other'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export interface DashboardFilter {
  organisationId: string;
  unit: DashboardUnit;
  /** First day of the first period (YYYY-MM-DD). */
  from: string;
  /** First day after the last period (YYYY-MM-DD). */
  until: string;
  kind: IncidentKind | null;
  /** Today in Europe/Amsterdam, for "overdue". */
  today: string;
}

/** A dimension of the breakdown (kinds have their own rows). */
export type BreakdownDimension = 'channel' | 'location' | 'target';

export interface BreakdownRow {
  /** First day of the period (YYYY-MM-DD). */
  period: string;
  dimension: BreakdownDimension;
  /** A channel, a location or a target group. */
  key: string;
  n: number;
}

export interface KindRow {
  period: string;
  kind: IncidentKind;
  n: number;
}

export interface HandlingRow {
  /** null: the whole selection. */
  period: string | null;
  n: number;
  contacted: number;
  contactedInTime: number;
  /** Median hours from receipt to first contact; null when nobody was contacted yet. */
  medianHours: number | null;
  policeReport: number;
  aftercarePlanned: number;
  aftercareCompleted: number;
  open: number;
  overdue: number;
}

function where(f: DashboardFilter): RawBuilder<SqlBool> {
  const kind = f.kind ? sql`and incident.kinds @> array[${f.kind}]::text[]` : sql``;
  return sql<SqlBool>`incident.organisation_id = ${f.organisationId}
    and incident.occurred_on >= ${f.from}::date and incident.occurred_on < ${f.until}::date ${kind}`;
}

const period = (f: DashboardFilter) =>
  sql`to_char(date_trunc(${f.unit}, incident.occurred_on::timestamp), 'YYYY-MM-DD')`;

/** Counts of the rollup per period, for one kind ('*': all reports) and dimension(s). */
function rollupCounts(f: DashboardFilter, dimensions: RawBuilder<SqlBool>) {
  return sql`
    select to_char(date_trunc(${f.unit}, c.month::timestamp), 'YYYY-MM-DD') as period,
      c.dimension, c.value, sum(c.n)::int as n
    from incident_dashboard_counts c
    where c.organisation_id = ${f.organisationId} and c.kind = ${f.kind ?? '*'}
      and c.month >= ${f.from}::date and c.month < ${f.until}::date and ${dimensions}
    group by 1, 2, 3
    having sum(c.n) > 0`;
}

/** Reports per period by channel, place and target group, each dimension on its own rows. */
export async function dashboardBreakdown(db: Db, f: DashboardFilter): Promise<BreakdownRow[]> {
  const { rows } = await sql<BreakdownRow>`
    select period, dimension, value as key, n
    from (${rollupCounts(f, sql<SqlBool>`c.dimension <> 'kind'`)}) r`.execute(db);
  return rows;
}

/** Reports per period and kind (a report with two kinds counts once under each). */
export async function dashboardKinds(db: Db, f: DashboardFilter): Promise<KindRow[]> {
  const { rows } = await sql<KindRow>`
    select period, value as kind, n
    from (${rollupCounts(f, sql<SqlBool>`c.dimension = 'kind'`)}) r`.execute(db);
  return rows;
}

/** Per period (null: the whole selection), one grouped query's numbers. */
type PeriodCounts<K extends string> = { period: string | null } & Record<K, number>;

async function perPeriod<K extends string>(
  db: Db,
  query: RawBuilder<unknown>,
): Promise<Map<string | null, PeriodCounts<K>>> {
  const { rows } = await sql<PeriodCounts<K>>`${query}`.execute(db);
  return new Map(rows.map((r) => [r.period, r]));
}

/**
 * Handling per period and for the whole selection: first contact (and whether it was in
 * time: on or before the deadline the organisation's settings gave the report), the median
 * time to it, police report filed (a done police-report measure), aftercare completed
 * (every planned check-in done), and reports still open or overdue today ("overdue" is the
 * register's rule, overdueExpr in register.repository.ts).
 *
 * No query reads every report of the period (ADR 0051): the number of reports and of first
 * contacts come from incident_dashboard_counts, kept by triggers; "open" and "overdue" read
 * the partial index of open reports; the median reads the partial index of contacted
 * reports, which carries the hours; police reports and aftercare start from their own
 * (much smaller) tables.
 */
export async function dashboardHandling(db: Db, f: DashboardFilter): Promise<HandlingRow[]> {
  const open = sql.join(OPEN_STATUSES);
  const byPeriod = sql`group by grouping sets ((1), ())`;
  const counted = await perPeriod<'n' | 'contacted' | 'contactedInTime'>(
    db,
    sql`select to_char(date_trunc(${f.unit}, c.month::timestamp), 'YYYY-MM-DD') as period,
        coalesce(sum(c.n) filter (where c.dimension = 'target'), 0)::int as n,
        coalesce(sum(c.n) filter (where c.value = 'contacted'), 0)::int as contacted,
        coalesce(sum(c.n) filter (where c.value = 'contacted_in_time'), 0)::int
          as "contactedInTime"
      from incident_dashboard_counts c
      where c.organisation_id = ${f.organisationId} and c.kind = ${f.kind ?? '*'}
        and c.month >= ${f.from}::date and c.month < ${f.until}::date
        and c.dimension in ('target', 'handling')
      ${byPeriod}`,
  );
  const openNow = await perPeriod<'open' | 'overdue'>(
    db,
    sql`select ${period(f)} as period, count(*)::int as open,
        count(*) filter (where
          (incident.first_contact_at is null and incident.first_contact_due_on < ${f.today}::date)
          or exists (select 1 from incident_aftercare_task t
            where t.organisation_id = incident.organisation_id and t.incident_id = incident.id
              and t.status = 'planned' and t.due_on < ${f.today}::date))::int as overdue
      from incident
      where ${where(f)} and incident.status in (${open})
      ${byPeriod}`,
  );
  const police = await perPeriod<'policeReport'>(
    db,
    sql`select ${period(f)} as period, count(*)::int as "policeReport"
      from incident
      where ${where(f)} and incident.id in (
        select m.incident_id from incident_measure m
        where m.organisation_id = ${f.organisationId} and m.type = 'police_report'
          and m.status = 'done')
      ${byPeriod}`,
  );
  const aftercare = await perPeriod<'aftercarePlanned' | 'aftercareCompleted'>(
    db,
    sql`select ${period(f)} as period,
        count(*) filter (where a.pending + a.done > 0)::int as "aftercarePlanned",
        count(*) filter (where a.done > 0 and a.pending = 0)::int as "aftercareCompleted"
      from (
        select t.incident_id,
          count(*) filter (where t.status = 'planned') as pending,
          count(*) filter (where t.status = 'done') as done
        from incident_aftercare_task t where t.organisation_id = ${f.organisationId}
        group by t.incident_id
      ) a
      join incident on incident.organisation_id = ${f.organisationId} and incident.id = a.incident_id
      where ${where(f)}
      ${byPeriod}`,
  );
  const medians = await contactMedians(db, f);
  const rows: HandlingRow[] = [];
  for (const [key, c] of counted) {
    // A period whose reports were all deleted or moved keeps count rows of zero.
    if (key !== null && c.n === 0) continue;
    const median = medians.get(key);
    rows.push({
      period: key,
      n: c.n,
      contacted: c.contacted,
      contactedInTime: c.contactedInTime,
      medianHours: median ?? null,
      policeReport: police.get(key)?.policeReport ?? 0,
      aftercarePlanned: aftercare.get(key)?.aftercarePlanned ?? 0,
      aftercareCompleted: aftercare.get(key)?.aftercareCompleted ?? 0,
      open: openNow.get(key)?.open ?? 0,
      overdue: openNow.get(key)?.overdue ?? 0,
    });
  }
  return rows;
}

/** The first-contact deadline (working days) of the organisation's settings, or the default. */
export async function firstContactWorkingDays(db: Db, organisationId: string): Promise<number> {
  const row = await findSettings(db, organisationId);
  return row?.first_contact_working_days ?? DEFAULT_FIRST_CONTACT_WORKING_DAYS;
}

/**
 * Reports that office holders and employees filed about something they experienced
 * themselves (or a colleague did; not a relative) in a calendar year, by the date it
 * happened: the register's side of the under-registration estimate. One organisation,
 * or every organisation (the national estimate) when `organisationId` is null.
 */
export async function registeredOwnReports(
  db: Db,
  organisationId: string | null,
  year: number,
): Promise<{ officeHolders: number; employees: number }> {
  const org = organisationId ? sql`and incident.organisation_id = ${organisationId}` : sql``;
  const { rows } = await sql<{ officeHolders: number; employees: number }>`
    select
      count(*) filter (where incident.reporter_group = 'office_holder')::int as "officeHolders",
      count(*) filter (where incident.reporter_group = 'civil_servant')::int as employees
    from incident
    where incident.target <> 'relative'
      and incident.occurred_on >= make_date(${year}::int, 1, 1)
      and incident.occurred_on < make_date(${year}::int + 1, 1, 1) ${org}`.execute(db);
  return rows[0] ?? { officeHolders: 0, employees: 0 };
}

/** Reports in a public place in a period: how many, and how many per wijk or buurt code. */
export interface DistrictCounts {
  publicPlace: number;
  byCode: { code: string; n: number }[];
}

/**
 * Reports that happened in a public place between `from` (inclusive) and `until` (exclusive),
 * counted per district code the handlers recorded (ADR 0044). Counts only, one organisation.
 */
export async function dashboardDistricts(
  db: Db,
  organisationId: string,
  from: string,
  until: string,
): Promise<DistrictCounts> {
  const rows = await db
    .selectFrom('incident')
    .select(['district_code', (eb) => eb.fn.countAll<string>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where('occurred_on', '>=', from)
    .where('occurred_on', '<', until)
    .where('location', '=', 'public')
    .groupBy('district_code')
    .execute();
  let publicPlace = 0;
  const byCode: DistrictCounts['byCode'] = [];
  for (const row of rows) {
    publicPlace += Number(row.n);
    if (row.district_code) byCode.push({ code: row.district_code, n: Number(row.n) });
  }
  return { publicPlace, byCode };
}
