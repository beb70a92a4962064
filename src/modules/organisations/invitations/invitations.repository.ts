import type { Db } from '../../../db/database';
import type { Role } from '../../../platform/auth/roles';
import { findOrganisation } from '../../../platform/identity';
import { logMail } from '../../../platform/mail/mail-log';

// Every function takes the pool or, inside a transaction, the transaction.

/** Withdraw the organisation's pending invitations of one address (a new one replaces them). */
export async function deletePendingInvitations(db: Db, organisationId: string, emailHash: string) {
  await db
    .deleteFrom('invitation')
    .where('organisation_id', '=', organisationId)
    .where('email_hash', '=', emailHash)
    .where('accepted_at', 'is', null)
    .execute();
}

export async function insertInvitation(
  db: Db,
  values: {
    organisationId: string;
    emailHash: string;
    emailEnc: string;
    displayNameEnc: string | null;
    roles: readonly Role[];
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
) {
  return db
    .insertInto('invitation')
    .values({
      organisation_id: values.organisationId,
      email_hash: values.emailHash,
      email_enc: values.emailEnc,
      display_name_enc: values.displayNameEnc,
      roles: JSON.stringify(values.roles) as never,
      token_hash: values.tokenHash,
      invited_by: values.invitedBy,
      expires_at: values.expiresAt,
      accepted_at: null,
      accepted_by: null,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/** An invitation that can still be accepted (known, not expired, not accepted), with its organisation. */
export async function findOpenInvitation(db: Db, tokenHash: string, now: Date) {
  const row = await db
    .selectFrom('invitation')
    .select([
      'organisation_id',
      'id',
      'email_hash',
      'email_enc',
      'display_name_enc',
      'roles',
      'expires_at',
    ])
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  const organisation = row && (await findOrganisation(db, row.organisation_id));
  if (!row || !organisation) return undefined;
  return { ...row, organisation_name: organisation.name, organisation_code: organisation.code };
}

/** Mark an open invitation accepted; false when someone else accepted it first. */
export async function markAccepted(
  db: Db,
  organisationId: string,
  invitationId: string,
  personId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitation')
    .set({ accepted_at: new Date(), accepted_by: personId })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open invitations of the organisation, newest first. */
export async function listOpenInvitations(db: Db, organisationId: string, now: Date) {
  return db
    .selectFrom('invitation')
    .select(['id', 'email_enc', 'roles', 'created_at', 'expires_at'])
    .where('organisation_id', '=', organisationId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function deleteOpenInvitation(db: Db, organisationId: string, invitationId: string) {
  const result = await db
    .deleteFrom('invitation')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function logInvitationMail(db: Db, organisationId: string, messageId: string) {
  await logMail(db, organisationId, 'member.invitation', messageId);
}

/** An open (not accepted, not expired) invitation of the organisation, by id. */
export async function findOpenInvitationById(
  db: Db,
  organisationId: string,
  invitationId: string,
  now: Date,
) {
  return db
    .selectFrom('invitation')
    .select(['id', 'email_enc', 'display_name_enc', 'roles'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}
