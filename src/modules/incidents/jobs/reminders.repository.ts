/** SQL of the reminder job: overdue first contacts and aftercare check-ins due. */

import type { Db } from '../../../db/database';
import { findPerson } from '../../../platform/identity';
import { OPEN_STATUSES } from '../incident-status';

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

/** The address of the person who made a report, or undefined for a report made otherwise. */
export async function reporterEmail(db: Db, organisationId: string, incidentId: string) {
  const row = await db
    .selectFrom('incident')
    .select('author_id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', incidentId)
    .where('author_type', '=', 'person')
    .executeTakeFirst();
  return row?.author_id ? (await findPerson(db, row.author_id))?.email : undefined;
}
