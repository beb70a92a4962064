/** SQL of the report row itself: intake inserts, lookups, updates and the author's own list. */

import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AuditEntry } from '../../platform/audit/audit-log';
import { insertAuditEvents } from '../../platform/audit/audit-statement';
import { notifyStatement } from '../notifications';
import type { IncidentEventTable, IncidentRow, IncidentTable } from './incidents.tables';

/** A report to insert with its first timeline entry and its audit event. */
export interface NewReport {
  /** Chosen by the caller, so the three rows can name each other before the insert. */
  id: string;
  incident: Insertable<IncidentTable>;
  event: Pick<Insertable<IncidentEventTable>, 'type' | 'to_status' | 'actor_role' | 'actor_id'>;
  audit: Omit<AuditEntry, 'objectId'>;
}

export type InsertedReport = Pick<IncidentRow, 'id' | 'number' | 'status' | 'created_at'>;

/**
 * Insert reports, each with its first timeline entry and its audit event, in one
 * statement (data-modifying CTEs of multi-row inserts). A statement is atomic on its
 * own, so each report's three rows are written together or not at all, without a
 * transaction; intake is the hot path where every round trip counts (ADR 0015).
 */
export async function insertReports(
  db: Db,
  reports: readonly NewReport[],
): Promise<InsertedReport[]> {
  return (
    db
      .with('i', (qb) =>
        qb
          .insertInto('incident')
          .values(reports.map((r) => ({ ...r.incident, id: r.id })))
          // Only what the receipt needs: sending the encrypted fields back costs time.
          .returning(['id', 'number', 'status', 'created_at']),
      )
      .with('e', (qb) =>
        qb
          .insertInto('incident_event')
          .values(
            reports.map((r) => ({
              organisation_id: r.incident.organisation_id,
              incident_id: r.id,
              type: r.event.type,
              to_status: r.event.to_status ?? null,
              actor_role: r.event.actor_role,
              actor_id: r.event.actor_id ?? null,
            })),
          )
          .returning('incident_event.id'),
      )
      .with('a', (qb) =>
        insertAuditEvents(
          qb,
          reports.map((r) => ({ ...r.audit, objectId: r.id })),
        ),
      )
      // Every new report tells the organisation's handlers, in the same statement (ADR 0035).
      .with('n', (qb) =>
        notifyStatement(
          qb,
          reports.map((r) => ({
            type: 'incident.reported',
            organisationId: r.incident.organisation_id,
            objectType: 'incident',
            objectId: r.id,
            at: new Date(),
            urgent: r.incident.priority === 'urgent',
          })),
        ),
      )
      .selectFrom('i')
      .select(['i.id', 'i.number', 'i.status', 'i.created_at'])
      .execute()
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
