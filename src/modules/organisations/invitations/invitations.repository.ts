import type { Db } from '../../../db/database';
import type { Role } from '../../../platform/auth/roles';

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
  return db
    .selectFrom('invitation')
    .innerJoin('organisation', 'organisation.id', 'invitation.organisation_id')
    .select([
      'invitation.organisation_id',
      'invitation.id',
      'invitation.email_hash',
      'invitation.email_enc',
      'invitation.display_name_enc',
      'invitation.roles',
      'invitation.expires_at',
      'organisation.name as organisation_name',
      'organisation.code as organisation_code',
    ])
    .where('invitation.token_hash', '=', tokenHash)
    .where('invitation.accepted_at', 'is', null)
    .where('invitation.expires_at', '>', now)
    .executeTakeFirst();
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
  await db
    .insertInto('mail_log')
    .values({
      organisation_id: organisationId,
      template: 'member.invitation',
      message_id: messageId,
    })
    .execute();
}
