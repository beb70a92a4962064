/**
 * The toolkit's SQL for what follows a sign-up: cancelling it, moving people up from the
 * waiting list, calling a session off, and the organisation's required training. Beside
 * toolkit.repository.ts so neither file grows past a few hundred lines.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database';

export async function deleteSignup(db: Db, signupId: string) {
  await db.deleteFrom('training_signup').where('id', '=', signupId).execute();
}

/**
 * Confirm the first `places` people on a session's waiting list, in sign-up order, and
 * return who they are. The caller holds the session row's lock, so two callers never
 * confirm the same free place.
 */
export async function confirmFromWaitingList(db: Db, sessionId: string, places: number) {
  if (places <= 0) return [];
  return db
    .updateTable('training_signup')
    .set({ status: 'confirmed' })
    .where(
      'id',
      'in',
      db
        .selectFrom('training_signup')
        .select('id')
        .where('session_id', '=', sessionId)
        .where('status', '=', 'waiting')
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .limit(places),
    )
    .returning(['id', 'organisation_id', 'person_id'])
    .execute();
}

/** Every sign-up of a session, of every organisation (to tell them it is called off). */
export async function allSignupsOf(db: Db, sessionId: string) {
  return db
    .selectFrom('training_signup')
    .select(['id', 'organisation_id', 'person_id', 'status'])
    .where('session_id', '=', sessionId)
    .orderBy('created_at', 'asc')
    .execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('training_session').where('id', '=', sessionId).execute();
}

export async function markSessionCancelled(db: Db, sessionId: string, at: Date, by: string) {
  return db
    .updateTable('training_session')
    .set({ cancelled_at: at, cancelled_by: by })
    .where('id', '=', sessionId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The organisation's choice of required training, with the item's slug and title. */
export async function findRequiredTraining(db: Db, organisationId: string) {
  return db
    .selectFrom('toolkit_required_training as r')
    .leftJoin('toolkit_item as i', 'i.id', 'r.item_id')
    .select(['r.within_months', 'i.id as item_id', 'i.slug', 'i.title'])
    .where('r.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function saveRequiredTraining(
  db: Db,
  values: { organisationId: string; itemId: string; withinMonths: number; updatedBy: string },
) {
  await db
    .insertInto('toolkit_required_training')
    .values({
      organisation_id: values.organisationId,
      item_id: values.itemId,
      within_months: values.withinMonths,
      updated_by: values.updatedBy,
    })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        item_id: values.itemId,
        within_months: values.withinMonths,
        updated_by: values.updatedBy,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}
