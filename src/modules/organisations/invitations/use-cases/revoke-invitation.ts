import type { Db } from '../../../../db/database';
import { appendAudit } from '../../../../platform/audit/audit-log';
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
    await appendAudit(trx, {
      organisationId: scope.organisationId,
      actorType: scope.actorType,
      actorId: scope.actorId,
      action: 'member.invitation_revoked',
      objectType: 'invitation',
      objectId: invitationId,
      result: 'success',
      origin,
    });
    return true;
  });
}
