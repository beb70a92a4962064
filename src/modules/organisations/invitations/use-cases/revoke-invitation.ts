import { audit } from '../../../../platform/audit/audit';
import type { UseCaseContext } from '../../../../platform/use-case';
import { deleteOpenInvitation } from '../invitations.repository';

/** Withdraw an open invitation; false when there is none with this id in the organisation. */
export async function revokeInvitation(
  ctx: UseCaseContext,
  invitationId: string,
): Promise<boolean> {
  const { db, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    if (!(await deleteOpenInvitation(trx, scope.organisationId, invitationId))) return false;
    await audit(trx, ctx, 'member.invitation_revoked', {
      type: 'invitation',
      id: invitationId,
    });
    return true;
  });
}
