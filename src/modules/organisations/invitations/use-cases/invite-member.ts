import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { Role } from '../../../../platform/auth/roles';
import { newSecret, sha256 } from '../../../../platform/auth/tokens';
import { AppError } from '../../../../platform/errors/app-error';
import { findOrganisation } from '../../../../platform/identity';
import type { UseCaseContext } from '../../../../platform/use-case';
import { INVITATION_PAGE, invitationMail } from '../invitation-mail';
import {
  deletePendingInvitations,
  insertInvitation,
  logInvitationMail,
} from '../invitations.repository';

/** An invitation can be accepted for this long. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The hash an invitation is matched on: of the lower-cased address. */
export const emailHash = (email: string) => sha256(email.trim().toLowerCase());

/** An invitation recorded but not yet mailed: what the mail needs. */
export interface RecordedInvitation {
  email: string;
  roles: Role[];
  token: string;
  expiresAt: Date;
}

/**
 * Record an invitation of an address into the scope's organisation with roles, inside the
 * caller's transaction (audited there). Mail it after commit with `mailInvitation`.
 */
export async function recordInvitation(
  trx: Db,
  ctx: UseCaseContext,
  input: { email: string; displayName?: string; roles: Role[] },
): Promise<RecordedInvitation> {
  const { scope, origin, keyring } = ctx;
  const orgId = scope.organisationId;
  const email = input.email.trim().toLowerCase();
  const roles = [...new Set(input.roles)];
  const token = newSecret('wbi');
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  // A newer invitation of the same address replaces the open ones.
  await deletePendingInvitations(trx, orgId, emailHash(email));
  const row = await insertInvitation(trx, {
    organisationId: orgId,
    emailHash: emailHash(email),
    emailEnc: await keyring.encryptText(trx, orgId, email),
    displayNameEnc: input.displayName
      ? await keyring.encryptText(trx, orgId, input.displayName)
      : null,
    roles,
    tokenHash: sha256(token),
    invitedBy: scope.actorId,
    expiresAt,
  });
  await audit(
    trx,
    { organisationId: orgId, actorType: scope.actorType, actorId: scope.actorId, origin: origin },
    'member.invite',
    { type: 'invitation', id: row.id },
  );
  return { email, roles, token, expiresAt };
}

/** Mail a recorded invitation (after its transaction committed). */
export async function mailInvitation(
  ctx: UseCaseContext,
  organisationName: string,
  invitation: RecordedInvitation,
): Promise<void> {
  const mail = invitationMail({
    to: invitation.email,
    organisationName,
    roles: invitation.roles,
    link: `${ctx.config.publicUrl}${INVITATION_PAGE}#${invitation.token}`,
    expiresAt: invitation.expiresAt,
  });
  try {
    await logInvitationMail(ctx.db, ctx.scope.organisationId, await ctx.mailer.send(mail));
  } catch (error) {
    ctx.logger.warn({ err: (error as Error).name }, 'invitation mail could not be sent');
    throw new AppError(
      'unavailable',
      'De uitnodiging kon niet worden verstuurd. Probeer het later opnieuw.',
      { cause: error },
    );
  }
}

/**
 * Invite an address into the organisation with roles. Nothing is linked now:
 * the person accepts through the mailed one-time link, while logged in (or by
 * choosing a password when the address has no account yet). The answer and
 * the mail are the same whether or not the address belongs to someone, so an
 * organisation admin learns nothing about people outside the organisation.
 */
export async function inviteMember(
  ctx: UseCaseContext,
  input: { email: string; displayName?: string; roles: Role[] },
) {
  const { scope } = ctx;
  const { invitation, organisationName } = await ctx.db.transaction().execute(async (trx) => {
    const org = await findOrganisation(trx, scope.organisationId);
    return {
      invitation: await recordInvitation(trx, ctx, input),
      organisationName: org?.name ?? scope.organisationCode,
    };
  });
  await mailInvitation(ctx, organisationName, invitation);
  return {
    email: invitation.email,
    roles: invitation.roles,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
