import type { Role } from '../../../../platform/auth/roles';
import { notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { findOpenInvitationById } from '../invitations.repository';
import { inviteMember } from './invite-member';

/**
 * Send an open invitation again: a new one-time link valid for 7 days. Inviting the same
 * address replaces its open invitations, so the old link stops working.
 */
export async function resendInvitation(ctx: UseCaseContext, invitationId: string) {
  const { db, keyring, scope } = ctx;
  const orgId = scope.organisationId;
  const row = await findOpenInvitationById(db, orgId, invitationId, ctx.clock.now());
  if (!row) throw notFound('Deze uitnodiging');
  const email = await keyring.decryptText(db, orgId, row.email_enc);
  const displayName = row.display_name_enc
    ? await keyring.decryptText(db, orgId, row.display_name_enc)
    : undefined;
  return inviteMember(ctx, { email, displayName, roles: row.roles as Role[] });
}
