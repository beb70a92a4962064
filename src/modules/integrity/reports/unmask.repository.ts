import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import { withPeople } from '../../../platform/identity';
import type { IntegrityUnmaskRequestTable } from './reports.tables';

// ── unmasking ───────────────────────────────────────────────────────────────

export async function insertUnmaskRequest(db: Db, values: Insertable<IntegrityUnmaskRequestTable>) {
  return db
    .insertInto('integrity_unmask_request')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUnmaskRequest(
  db: Db,
  organisationId: string,
  id: string,
  forUpdate = false,
) {
  let q = db
    .selectFrom('integrity_unmask_request')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listUnmaskRequests(
  db: Db,
  organisationId: string,
  filter: { reportId?: string; status?: 'pending' },
) {
  let q = db
    .selectFrom('integrity_unmask_request as u')
    .innerJoin('integrity_report as r', (j) =>
      j.onRef('r.organisation_id', '=', 'u.organisation_id').onRef('r.id', '=', 'u.report_id'),
    )
    .selectAll('u')
    .select(['r.number'])
    .where('u.organisation_id', '=', organisationId);
  if (filter.reportId) q = q.where('u.report_id', '=', filter.reportId);
  if (filter.status) q = q.where('u.status', '=', filter.status);
  const rows = await q.orderBy('u.requested_at', 'desc').execute();
  return withPeople(db, rows, (r) => r.requested_by, { requester_name: 'display_name' });
}

export async function updateUnmaskRequest(
  db: Db,
  organisationId: string,
  id: string,
  patch: Updateable<IntegrityUnmaskRequestTable>,
) {
  return db
    .updateTable('integrity_unmask_request')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An approval that still opens the identity of a report to this person. */
export async function findActiveApproval(
  db: Db,
  organisationId: string,
  reportId: string,
  personId: string,
  now: Date,
) {
  return db
    .selectFrom('integrity_unmask_request')
    .select(['id', 'access_until'])
    .where('organisation_id', '=', organisationId)
    .where('report_id', '=', reportId)
    .where('requested_by', '=', personId)
    .where('status', '=', 'approved')
    .where('access_until', '>', now)
    .executeTakeFirst();
}
