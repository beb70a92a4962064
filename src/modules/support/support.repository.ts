/** The support module's only SQL: requests and their steps. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type {
  SupportRequestEventTable,
  SupportRequestTable,
  SupportStatus,
} from './support.tables';

export async function insertRequest(db: Db, values: Insertable<SupportRequestTable>) {
  return db.insertInto('support_request').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertEvent(db: Db, values: Insertable<SupportRequestEventTable>) {
  await db.insertInto('support_request_event').values(values).execute();
}

export async function findRequest(db: Db, id: string, lock = false) {
  let q = db.selectFrom('support_request').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Requests sent by one person in one organisation, newest first. */
export async function listSentRequests(db: Db, organisationId: string, personId: string) {
  return db
    .selectFrom('support_request')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('requested_by', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .execute();
}

/** A support team's queue: open requests first, urgent before normal, oldest first. */
export async function listTeamRequests(db: Db, supportTeamId: string) {
  return db
    .selectFrom('support_request')
    .selectAll()
    .where('support_team_id', '=', supportTeamId)
    .orderBy((eb) => eb.case().when('status', 'in', ['closed', 'done']).then(1).else(0).end())
    .orderBy((eb) => eb.case().when('urgency', '=', 'urgent').then(0).else(1).end())
    .orderBy('number', 'asc')
    .execute();
}

/** The steps of requests in the order they were recorded. */
export async function listEvents(db: Db, requestIds: readonly string[]) {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('support_request_event')
    .selectAll()
    .where('request_id', 'in', [...requestIds])
    .orderBy('created_at', 'asc')
    .orderBy('occurred_on', 'asc')
    .execute();
}

export async function updateStatus(db: Db, id: string, status: SupportStatus, on: string) {
  return db
    .updateTable('support_request')
    .set({ status, status_on: on, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Statuses after which nothing more happens to a request. */
const FINISHED: SupportStatus[] = ['done', 'closed'];

/**
 * Retention: delete finished requests whose last step lies before `before`
 * (their steps go with them, ON DELETE CASCADE); open requests are kept.
 */
export async function deleteFinishedBefore(db: Db, before: string) {
  return db
    .deleteFrom('support_request')
    .where('status', 'in', FINISHED)
    .where('status_on', '<', before)
    .returning(['id', 'organisation_id', 'support_team_id'])
    .execute();
}
