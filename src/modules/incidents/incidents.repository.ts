import type { Insertable, Updateable } from 'kysely';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database';
import { type AuditEntry, unsealedEvent } from '../../platform/audit/audit-log';
import type { IncidentStatus } from './incident-status';
import { OPEN_STATUSES } from './incident-status';
import type { IncidentKind } from './incident-vocabulary';
import type {
  IncidentAftercareTaskTable,
  IncidentAttachmentTable,
  IncidentEventTable,
  IncidentMeasureTable,
  IncidentMessageTable,
  IncidentSettingsTable,
  IncidentTable,
} from './incidents.tables';

// ── settings ────────────────────────────────────────────────────────────────

export async function findSettings(db: Db, organisationId: string) {
  return db
    .selectFrom('incident_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertSettings(db: Db, values: Insertable<IncidentSettingsTable>) {
  const row = { ...values, aftercare_schedule: JSON.stringify(values.aftercare_schedule) as never };
  return db
    .insertInto('incident_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ ...row, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ── reports ─────────────────────────────────────────────────────────────────

export async function insertIncident(db: Db, values: Insertable<IncidentTable>) {
  return db.insertInto('incident').values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * Insert a report and its first timeline entry in one statement (a data-modifying
 * CTE): intake is the hot path, and every round trip to the database counts there.
 */
/**
 * Insert a report with its first timeline entry and its audit event in one
 * statement: atomic on its own, so a report without files needs no transaction.
 * The audit event's object id is the new report's id.
 */
export async function insertIncidentWithEvent(
  db: Db,
  values: Insertable<IncidentTable>,
  event: Pick<Insertable<IncidentEventTable>, 'type' | 'to_status' | 'actor_role' | 'actor_id'>,
  audit: Omit<AuditEntry, 'objectId'>,
) {
  const a = unsealedEvent({ ...audit, objectId: null });
  return (
    db
      .with('i', (qb) => qb.insertInto('incident').values(values).returningAll())
      .with('e', (qb) =>
        qb
          .insertInto('incident_event')
          .columns([
            'organisation_id',
            'incident_id',
            'type',
            'to_status',
            'actor_role',
            'actor_id',
          ])
          .expression((eb) =>
            eb
              .selectFrom('i')
              .select((s) => [
                'i.organisation_id',
                'i.id',
                s.val(event.type).as('type'),
                s.val(event.to_status ?? null).as('to_status'),
                s.val(event.actor_role).as('actor_role'),
                s.val(event.actor_id ?? null).as('actor_id'),
              ]),
          )
          .returning('incident_event.id'),
      )
      .with('a', (qb) =>
        qb
          .insertInto('audit_event')
          .columns([
            'organisation_id',
            'at',
            'actor_type',
            'actor_id',
            'action',
            'object_type',
            'object_id',
            'result',
            'origin',
          ])
          .expression((eb) =>
            eb
              .selectFrom('i')
              .select((s) => [
                s.val(a.organisation_id).as('organisation_id'),
                s.val(a.at).as('at'),
                s.val(a.actor_type).as('actor_type'),
                s.val(a.actor_id ?? null).as('actor_id'),
                s.val(a.action).as('action'),
                s.val(a.object_type).as('object_type'),
                sql<string>`i.id::text`.as('object_id'),
                s.val(a.result).as('result'),
                s.val(a.origin ?? null).as('origin'),
              ]),
          )
          .returning('audit_event.id'),
      )
      .selectFrom('i')
      // Only what the receipt needs: sending the encrypted fields back costs time.
      .select(['i.id', 'i.number', 'i.status', 'i.created_at'])
      .executeTakeFirstOrThrow()
  );
}

export async function findIncident(db: Db, organisationId: string, id: string, forUpdate = false) {
  let q = db
    .selectFrom('incident')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findByIdempotencyKey(
  db: Db,
  organisationId: string,
  authorId: string,
  key: string,
) {
  return db
    .selectFrom('incident')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('author_id', '=', authorId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function updateIncident(
  db: Db,
  organisationId: string,
  id: string,
  patch: Updateable<IncidentTable>,
) {
  return db
    .updateTable('incident')
    .set({ ...patch, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listByAuthor(
  db: Db,
  organisationId: string,
  authorType: 'person' | 'api_token',
  authorId: string,
  limit: number,
) {
  return db
    .selectFrom('incident')
    .select((eb) => [
      'id',
      'number',
      'status',
      'kinds',
      'occurred_on',
      'created_at',
      // Handler messages newer than the author's last one: questions still open.
      eb
        .selectFrom('incident_message as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.organisation_id', '=', 'incident.organisation_id')
        .whereRef('m.incident_id', '=', 'incident.id')
        .where('m.author_role', '=', 'handler')
        .where((e) =>
          e(
            'm.created_at',
            '>',
            e.fn.coalesce(
              e
                .selectFrom('incident_message as r')
                .select((x) => x.fn.max('r.created_at').as('last'))
                .whereRef('r.organisation_id', '=', 'incident.organisation_id')
                .whereRef('r.incident_id', '=', 'incident.id')
                .where('r.author_role', '=', 'reporter'),
              sql<Date>`'epoch'::timestamptz`,
            ),
          ),
        )
        .as('open_questions'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('author_type', '=', authorType)
    .where('author_id', '=', authorId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

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
function overdueExpr(today: string) {
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
  return (
    registerQuery(db, organisationId, f)
      .leftJoin('person as h', 'h.id', 'incident.handler_id')
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
        'h.display_name as handler_name',
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
      .execute()
  );
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

// ── people ──────────────────────────────────────────────────────────────────

export async function listHandlers(db: Db, organisationId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(['person.id', 'person.display_name', 'person.email'])
    .where('membership.organisation_id', '=', organisationId)
    .where('membership.role', '=', 'handler')
    .orderBy('person.display_name')
    .execute();
}

export async function findPerson(db: Db, personId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'display_name', 'email'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

// ── attachments ─────────────────────────────────────────────────────────────

export async function insertAttachment(db: Db, values: Insertable<IncidentAttachmentTable>) {
  return db
    .insertInto('incident_attachment')
    .values(values)
    .returning([
      'id',
      'kind',
      'file_name_enc',
      'media_type',
      'size_bytes',
      'sha256',
      'created_at',
      'added_by_role',
    ])
    .executeTakeFirstOrThrow();
}

export async function listAttachments(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_attachment')
    .select([
      'id',
      'kind',
      'file_name_enc',
      'media_type',
      'size_bytes',
      'sha256',
      'created_at',
      'added_by_role',
    ])
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findAttachmentContent(
  db: Db,
  organisationId: string,
  incidentId: string,
  attachmentId: string,
) {
  return db
    .selectFrom('incident_attachment')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export async function listAttachmentContents(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_attachment')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

// ── messages, measures, aftercare, timeline ─────────────────────────────────

export async function insertMessage(db: Db, values: Insertable<IncidentMessageTable>) {
  return db.insertInto('incident_message').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function listMessages(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_message')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .execute();
}

export async function insertMeasure(db: Db, values: Insertable<IncidentMeasureTable>) {
  return db.insertInto('incident_measure').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateMeasure(
  db: Db,
  organisationId: string,
  incidentId: string,
  id: string,
  patch: Updateable<IncidentMeasureTable>,
) {
  return db
    .updateTable('incident_measure')
    .set({ ...patch, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function listMeasures(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_measure')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .execute();
}

export async function insertTasks(db: Db, values: Insertable<IncidentAftercareTaskTable>[]) {
  if (values.length === 0) return [];
  return db.insertInto('incident_aftercare_task').values(values).returningAll().execute();
}

export async function updateTask(
  db: Db,
  organisationId: string,
  incidentId: string,
  id: string,
  patch: Updateable<IncidentAftercareTaskTable>,
) {
  return db
    .updateTable('incident_aftercare_task')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function listTasks(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_aftercare_task')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
}

export async function insertEvent(db: Db, values: Insertable<IncidentEventTable>) {
  await db.insertInto('incident_event').values(values).execute();
}

export async function listEvents(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_event')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('seq')
    .execute();
}

// ── jobs ────────────────────────────────────────────────────────────────────

/** Open reports whose first-contact date has passed and that were not reminded today. */
export async function overdueFirstContacts(db: Db, today: string) {
  return db
    .selectFrom('incident')
    .select(['organisation_id', 'id', 'handler_id'])
    .where('first_contact_at', 'is', null)
    .where('status', 'in', OPEN_STATUSES)
    .where('first_contact_due_on', '<', today)
    .where((eb) =>
      eb.or([
        eb('first_contact_reminded_on', 'is', null),
        eb('first_contact_reminded_on', '<', today),
      ]),
    )
    .execute();
}

export async function markFirstContactReminded(
  db: Db,
  organisationId: string,
  ids: string[],
  today: string,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('incident')
    .set({ first_contact_reminded_on: today })
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
}

/** Planned aftercare check-ins due today or earlier that have had no reminder yet. */
export async function dueAftercareTasks(db: Db, today: string) {
  return db
    .selectFrom('incident_aftercare_task as t')
    .innerJoin('incident as i', (j) =>
      j.onRef('i.organisation_id', '=', 't.organisation_id').onRef('i.id', '=', 't.incident_id'),
    )
    .select(['t.organisation_id', 't.incident_id', 't.id', 'i.handler_id'])
    .where('t.status', '=', 'planned')
    .where('t.due_on', '<=', today)
    .where('t.reminded_on', 'is', null)
    .where('i.status', 'in', OPEN_STATUSES)
    .execute();
}

export async function markTasksReminded(
  db: Db,
  organisationId: string,
  ids: string[],
  today: string,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('incident_aftercare_task')
    .set({ reminded_on: today })
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
}

/** Closed or referred reports closed before the organisation's cut-off, not yet anonymised. */
export async function expiredReports(db: Db, organisationId: string, cutoff: Date) {
  return db
    .selectFrom('incident')
    .select(['id'])
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', ['closed', 'referred'])
    .where('closed_at', '<', cutoff)
    .where('anonymised_at', 'is', null)
    .execute();
}

/** Organisations that have reports closed at some time (candidates for retention). */
export async function organisationsWithClosedReports(db: Db) {
  const rows = await db
    .selectFrom('incident')
    .select('organisation_id')
    .distinct()
    .where('closed_at', 'is not', null)
    .where('anonymised_at', 'is', null)
    .execute();
  return rows.map((r) => r.organisation_id);
}

/**
 * Remove everything that can identify a person or tell their story: narrative, names,
 * contact details, messages, files, notes. Categories and dates stay for statistics.
 */
export async function anonymiseIncident(db: Db, organisationId: string, id: string) {
  await db
    .deleteFrom('incident_attachment')
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .deleteFrom('incident_message')
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident_measure')
    .set({ note_enc: null })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident_aftercare_task')
    .set({ outcome_enc: null })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident_event')
    .set({ note_enc: null, actor_id: null })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident')
    .set({
      author_type: null,
      author_id: null,
      idempotency_key: null,
      idempotency_hash: null,
      victim_name_enc: null,
      contact_phone_enc: null,
      location_detail_enc: null,
      narrative_enc: null,
      perpetrator_description_enc: null,
      witnesses_enc: null,
      email_sender_enc: null,
      email_subject_enc: null,
      risk_note_enc: null,
      handler_id: null,
      anonymised_at: new Date(),
      updated_at: new Date(),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function deleteIncident(db: Db, organisationId: string, id: string) {
  await db
    .deleteFrom('incident')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}
