import { audit } from '../../../../platform/audit/audit';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import {
  countAdmins,
  deactivatedSince,
  memberRoles,
  removeMember,
  setDeactivated,
} from '../../../../platform/identity';
import type { UseCaseContext } from '../../../../platform/use-case';

type Db = UseCaseContext['db'];

/** The message when a change would leave the organisation without an active administrator. */
export const LAST_ADMIN_MESSAGE =
  'De organisatie moet minstens één actieve beheerder houden. Maak eerst iemand anders beheerder.';

/**
 * Refuse a change that takes away the last active administrator (deactivating or removing
 * them, or themselves): nobody could manage the organisation any more.
 */
async function keepAnAdmin(trx: Db, orgId: string, personId: string, roles: string[]) {
  if (!roles.includes('org_admin')) return;
  if ((await deactivatedSince(trx, orgId, personId)) !== null) return;
  if ((await countAdmins(trx, orgId)) <= 1) {
    throw new AppError('conflict', LAST_ADMIN_MESSAGE, {
      fields: [{ field: 'params.personId', message: 'laatste beheerder' }],
    });
  }
}

/**
 * Deactivate (the person can no longer act in this organisation; roles and data kept)
 * or reactivate a member.
 */
export async function setMemberActive(ctx: UseCaseContext, personId: string, active: boolean) {
  const { db, scope } = ctx;
  const orgId = scope.organisationId;
  return db.transaction().execute(async (trx) => {
    const roles = await memberRoles(trx, orgId, personId);
    if (roles.length === 0) throw notFound('Dit lid');
    if (!active) await keepAnAdmin(trx, orgId, personId, roles);
    await setDeactivated(trx, orgId, personId, !active);
    await audit(trx, ctx, active ? 'member.reactivate' : 'member.deactivate', {
      type: 'person',
      id: personId,
    });
    return { status: active ? ('active' as const) : ('deactivated' as const) };
  });
}

/** Remove a member from the organisation; their account and what they recorded stay. */
export async function removeMembership(ctx: UseCaseContext, personId: string) {
  const { db, scope } = ctx;
  const orgId = scope.organisationId;
  await db.transaction().execute(async (trx) => {
    const roles = await memberRoles(trx, orgId, personId);
    if (roles.length === 0) throw notFound('Dit lid');
    await keepAnAdmin(trx, orgId, personId, roles);
    await removeMember(trx, orgId, personId);
    await audit(trx, ctx, 'member.remove', { type: 'person', id: personId });
  });
}
