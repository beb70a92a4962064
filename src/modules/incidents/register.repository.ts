/** SQL of the register: filters, the overdue rule, counting and listing a page. */

import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database';
import { peopleByIds } from '../../platform/identity';
import type { IncidentStatus } from './incident-status';
import { OPEN_STATUSES } from './incident-status';
import type { IncidentKind } from './incident-vocabulary';

export interface RegisterFilter {
  statuses?: IncidentStatus[];
  kind?: IncidentKind;
  channel?: string;
  from?: string;
  to?: string;
  /** A handler's person id, or 'none' for unassigned reports. */
  handler?: string;
  overdue?: boolean;
  today: string;
}

/** A report is overdue when first contact or an open aftercare check-in is past its date. */
export function overdueExpr(today: string) {
  return sql<SqlBool>`(
    (incident.first_contact_at is null and incident.status in (${sql.join(OPEN_STATUSES)})
      and incident.first_contact_due_on < ${today}::date)
    or (incident.status in (${sql.join(OPEN_STATUSES)}) and exists (
      select 1 from incident_aftercare_task t
      where t.organisation_id = incident.organisation_id and t.incident_id = incident.id
        and t.status = 'planned' and t.due_on < ${today}::date)))`;
}

function registerQuery(db: Db, organisationId: string, f: RegisterFilter) {
  let q = db.selectFrom('incident').where('incident.organisation_id', '=', organisationId);
  if (f.statuses && f.statuses.length > 0) q = q.where('incident.status', 'in', f.statuses);
  if (f.kind) q = q.where(sql<SqlBool>`${f.kind} = any(incident.kinds)`);
  if (f.channel) q = q.where('incident.channel', '=', f.channel as never);
  if (f.from)
    q = q.where(
      sql<SqlBool>`incident.created_at >= (${f.from}::date)::timestamp at time zone 'Europe/Amsterdam'`,
    );
  if (f.to)
    q = q.where(
      sql<SqlBool>`incident.created_at < ((${f.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam')`,
    );
  if (f.handler === 'none') q = q.where('incident.handler_id', 'is', null);
  else if (f.handler) q = q.where('incident.handler_id', '=', f.handler);
  if (f.overdue !== undefined) {
    const expr: Expression<SqlBool> = overdueExpr(f.today);
    q = q.where(f.overdue ? expr : sql<SqlBool>`not ${expr}`);
  }
  return q;
}

export async function countRegister(db: Db, organisationId: string, f: RegisterFilter) {
  const row = await registerQuery(db, organisationId, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const PRIORITY_ORDER = sql<number>`case incident.priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;

export async function listRegister(
  db: Db,
  organisationId: string,
  f: RegisterFilter,
  page: { limit: number; offset: number },
  withSearchFields = false,
) {
  const rows = await registerQuery(db, organisationId, f)
    .select([
      'incident.id',
      'incident.number',
      'incident.status',
      'incident.priority',
      'incident.kinds',
      'incident.channel',
      'incident.location',
      'incident.reporter_group',
      'incident.occurred_on',
      'incident.created_at',
      'incident.handler_id',
      'incident.first_contact_due_on',
      'incident.first_contact_at',
      'incident.triaged_at',
    ])
    .select(overdueExpr(f.today).as('overdue'))
    .$if(withSearchFields, (q) =>
      q.select([
        'incident.narrative_enc',
        'incident.victim_name_enc',
        'incident.perpetrator_description_enc',
        'incident.email_subject_enc',
        'incident.email_sender_enc',
        'incident.location_detail_enc',
      ]),
    )
    .orderBy(sql`case when incident.status in ('closed', 'referred') then 1 else 0 end`)
    .orderBy(PRIORITY_ORDER)
    .orderBy('incident.created_at', 'desc')
    // Unique last key: pages neither repeat nor skip reports made at the same moment.
    .orderBy('incident.number', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const handlers = await peopleByIds(
    db,
    rows.map((r) => r.handler_id),
  );
  return rows.map((r) => ({
    ...r,
    handler_name: r.handler_id ? (handlers.get(r.handler_id)?.display_name ?? null) : null,
  }));
}

export async function isOverdue(db: Db, organisationId: string, id: string, today: string) {
  const row = await db
    .selectFrom('incident')
    .select(overdueExpr(today).as('overdue'))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row?.overdue);
}
