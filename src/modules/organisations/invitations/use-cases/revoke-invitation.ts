import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { Scope } from '../../../../platform/auth/actor';
import { deleteOpenInvitation } from '../invitations.repository';

/** Withdraw an open invitation; false when there is none with this id in the organisation. */
export async function revokeInvitation(
  db: Db,
  scope: Scope,
  invitationId: string,
  origin: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await deleteOpenInvitation(trx, scope.organisationId, invitationId))) return false;
    await audit(trx, { scope, origin }, 'member.invitation_revoked', {
      type: 'invitation',
      id: invitationId,
    });
    return true;
  });
}
