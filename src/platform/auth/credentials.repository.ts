import { sql } from 'kysely';
import type { Db } from '../../db/database';

/**
 * SQL for passwords, lockout and TOTP steps. Every counter here changes in one
 * statement, so parallel requests cannot read the same old value and each
 * write their own "+1" over it.
 */

export interface CredentialRow {
  id: string;
  password_hash: string | null;
  totp_enabled: boolean;
  totp_secret_enc: string | null;
}

/** The credentials of one person, found by id or by (normalised) e-mail address. */
export async function findCredentials(
  db: Db,
  by: { id: string } | { email: string },
): Promise<CredentialRow | undefined> {
  const query = db
    .selectFrom('person')
    .select(['id', 'password_hash', 'totp_enabled', 'totp_secret_enc']);
  return 'id' in by
    ? query.where('id', '=', by.id).executeTakeFirst()
    : query.where('email', '=', by.email).executeTakeFirst();
}

/**
 * Count a password attempt before the password is checked, in one statement,
 * also while the account is locked (so every try shows). Returns the attempt's
 * number since the last success (a lock that ran out starts again at 1) and
 * whether the account is locked now.
 */
export async function reservePasswordAttempt(
  db: Db,
  personId: string,
): Promise<{ attempt: number; locked: boolean }> {
  const { rows } = await sql<{ attempt: number; locked: boolean }>`
    update person set
      failed_logins = case when locked_until <= now() then 1 else failed_logins + 1 end,
      locked_until = case when locked_until <= now() then null else locked_until end
    where id = ${personId}
    returning failed_logins as attempt, coalesce(locked_until > now(), false) as locked`.execute(
    db,
  );
  return rows[0] ?? { attempt: Number.POSITIVE_INFINITY, locked: true };
}

/** Lock the account for `ms` from now (a lock already running is not shortened). */
export async function lockAccount(db: Db, personId: string, ms: number): Promise<void> {
  const until = new Date(Date.now() + ms);
  await sql`
    update person set locked_until = greatest(coalesce(locked_until, ${until}), ${until})
    where id = ${personId}`.execute(db);
}

/**
 * The right password: forget earlier failures, unless a parallel attempt
 * locked the account meanwhile. Returns false when it is locked.
 */
export async function clearFailedLogins(db: Db, personId: string): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    update person set failed_logins = 0, locked_until = null
    where id = ${personId} and (locked_until is null or locked_until <= now())
    returning id`.execute(db);
  return rows.length === 1;
}

/**
 * Use up a TOTP time step: succeeds only when no code of this or a later step
 * was accepted before for this person (one statement, so two requests with the
 * same code cannot both pass).
 */
export async function consumeTotpStep(db: Db, personId: string, step: number): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    update person set totp_last_step = ${step}
    where id = ${personId} and (totp_last_step is null or totp_last_step < ${step})
    returning id`.execute(db);
  return rows.length === 1;
}

export async function updatePasswordHash(db: Db, personId: string, hash: string): Promise<void> {
  await db
    .updateTable('person')
    .set({ password_hash: hash, failed_logins: 0, locked_until: null })
    .where('id', '=', personId)
    .execute();
}

/**
 * Count a try on a pending second-factor challenge, in one statement; returns
 * the person and their secret, or nothing when the challenge is unknown,
 * expired or out of tries.
 */
export async function reserveTotpAttempt(db: Db, challengeHash: string, maxAttempts: number) {
  const { rows } = await sql<{ person_id: string; totp_secret_enc: string | null }>`
    update login_challenge set attempts = attempts + 1
    from person
    where login_challenge.id_hash = ${challengeHash}
      and login_challenge.attempts < ${maxAttempts}
      and login_challenge.expires_at > now()
      and person.id = login_challenge.person_id
    returning login_challenge.person_id, person.totp_secret_enc`.execute(db);
  return rows[0];
}

/** Change the address; false when another person already has it. */
export async function updateEmail(db: Db, personId: string, email: string): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    update person set email = ${email}
    where id = ${personId}
      and not exists (select 1 from person other where other.email = ${email} and other.id <> ${personId})
    returning id`.execute(db);
  return rows.length === 1;
}

export async function disableTotp(db: Db, personId: string): Promise<void> {
  await db
    .updateTable('person')
    .set({ totp_enabled: false, totp_secret_enc: null })
    .where('id', '=', personId)
    .execute();
}

/** End every session of the person except the one with `keepIdHash`; returns how many ended. */
export async function deleteOtherSessions(
  db: Db,
  personId: string,
  keepIdHash: string,
): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where('person_id', '=', personId)
    .where('id_hash', '<>', keepIdHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Pending second-factor challenges of the person (a new password voids them). */
export async function deleteLoginChallenges(db: Db, personId: string): Promise<void> {
  await db.deleteFrom('login_challenge').where('person_id', '=', personId).execute();
}
