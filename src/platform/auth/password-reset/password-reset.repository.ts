import type { Db } from '../../../db/database';

/** A new reset link for the person; the open ones before it stop working. */
export async function insertPasswordReset(
  db: Db,
  values: { tokenHash: string; personId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .deleteFrom('password_reset')
    .where('person_id', '=', values.personId)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('password_reset')
    .values({
      token_hash: values.tokenHash,
      person_id: values.personId,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
      used_at: null,
    })
    .execute();
}

/**
 * Use up a reset link in one statement (two requests with the same link cannot both pass).
 * Answers the person on success; otherwise why it failed: unknown, expired or already used.
 */
export async function consumePasswordReset(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ personId: string } | 'unknown' | 'expired' | 'used'> {
  const row = await db
    .updateTable('password_reset')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('person_id')
    .executeTakeFirst();
  if (row) return { personId: row.person_id };
  const seen = await db
    .selectFrom('password_reset')
    .select(['used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!seen) return 'unknown';
  return seen.used_at ? 'used' : 'expired';
}

/** The person a reset mail may go to: found by address, with a password of their own. */
export async function findResettablePerson(db: Db, email: string) {
  return db
    .selectFrom('person')
    .select(['id', 'email', 'display_name', 'locale'])
    .where('email', '=', email)
    .where('password_hash', 'is not', null)
    .executeTakeFirst();
}

/** End every session of the person (after a reset nobody stays signed in with the old password). */
export async function deleteAllSessions(db: Db, personId: string): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
