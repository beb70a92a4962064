import { sql } from 'kysely';
import type { Db } from '../../../db/database';

export interface NewInvitation {
  organisationId: string;
  waveId: string;
  stratumId: string;
  emailEnc: string;
  tokenEnc: string;
  tokenHash: string;
}

export async function insertInvitations(db: Db, rows: NewInvitation[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('monitor_invitation')
    .values(
      rows.map((r) => ({
        organisation_id: r.organisationId,
        wave_id: r.waveId,
        stratum_id: r.stratumId,
        email_enc: r.emailEnc,
        token_enc: r.tokenEnc,
        token_hash: r.tokenHash,
        sent_at: null,
        last_mailed_at: null,
      })),
    )
    .execute();
}

/** Invitations of a wave that still have to be mailed for the first time. */
export async function listUnsent(db: Db, organisationId: string, waveId: string, limit: number) {
  return db
    .selectFrom('monitor_invitation')
    .select(['id', 'email_enc', 'token_enc'])
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .where('sent_at', 'is', null)
    .where('email_enc', 'is not', null)
    .limit(limit)
    .execute();
}

export async function markMailed(
  db: Db,
  organisationId: string,
  id: string,
  at: Date,
  reminder: boolean,
) {
  await db
    .updateTable('monitor_invitation')
    .set((eb) => ({
      last_mailed_at: at,
      ...(reminder ? { reminders_sent: eb('reminders_sent', '+', 1) } : { sent_at: at }),
    }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** Unanswered invitations of waves in the field whose last mail is older than the cutoff. */
export async function listDueReminders(db: Db, cutoff: Date, maxReminders: number, limit: number) {
  return db
    .selectFrom('monitor_invitation as i')
    .innerJoin('monitor_wave as w', (j) =>
      j.onRef('w.organisation_id', '=', 'i.organisation_id').onRef('w.id', '=', 'i.wave_id'),
    )
    .select([
      'i.organisation_id',
      'i.id',
      'i.wave_id',
      'i.email_enc',
      'i.token_enc',
      'w.title',
      'w.field_end',
      'w.synthetic',
    ])
    .where('w.status', '=', 'fielding')
    .where('i.used', '=', false)
    .where('i.sent_at', 'is not', null)
    .where('i.email_enc', 'is not', null)
    .where('i.reminders_sent', '<', maxReminders)
    .where('i.last_mailed_at', '<=', cutoff)
    .limit(limit)
    .execute();
}

export async function findByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('monitor_invitation')
    .select(['organisation_id', 'id', 'wave_id', 'stratum_id', 'used'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Flip `used`, once: false when someone else used the token first. */
export async function markUsed(db: Db, organisationId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('monitor_invitation')
    .set({ used: true })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('used', '=', false)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Invited and answered per stratum, for the response rates shown while the wave runs. */
export async function responseRates(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_invitation')
    .select((eb) => [
      'stratum_id',
      eb.fn.countAll<number>().as('invited'),
      eb.fn.count<number>(eb.case().when('used', '=', true).then(1).end()).as('used'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .groupBy('stratum_id')
    .execute();
}

/** When the wave closes, addresses and tokens are no longer needed: erase them. */
export async function eraseContactDetails(db: Db, organisationId: string, waveId: string) {
  await db
    .updateTable('monitor_invitation')
    .set({ email_enc: null, token_enc: null })
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .execute();
}

/**
 * Rewrite every invitation of the wave in the current transaction, so the row
 * versions of used invitations no longer tell when each was used (PostgreSQL
 * keeps the writing transaction in the hidden xmin column). See ADR 0009.
 */
export async function rewriteInvitations(db: Db, organisationId: string, waveId: string) {
  await sql`update monitor_invitation set used = used
    where organisation_id = ${organisationId} and wave_id = ${waveId}`.execute(db);
}
