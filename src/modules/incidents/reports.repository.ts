/** SQL of the report row itself: intake inserts, lookups, updates and the author's own list. */

import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { type AuditEntry, unsealedEvent } from '../../platform/audit/audit-log';
import type { IncidentEventTable, IncidentTable } from './incidents.tables';

/**
 * Insert a report with its first timeline entry and its audit event in one statement
 * (data-modifying CTEs): atomic on its own, so a report without files needs no
 * transaction, and intake is the hot path where every round trip counts.
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
