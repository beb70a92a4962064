import { audit } from '../../../platform/audit/audit';
import type { Role } from '../../../platform/auth/roles';
import { AppError, notFound } from '../../../platform/errors/app-error';
import {
  countAdmins,
  deactivatedSince,
  memberRoles,
  replaceRoles,
} from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';

/** Replace a member's roles; the last administrator cannot remove their own admin role. */
export async function setMemberRoles(ctx: UseCaseContext, personId: string, roles: Role[]) {
  const { db, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    const current = await memberRoles(trx, scope.organisationId, personId);
    if (current.length === 0) throw notFound('Dit lid');
    if (
      current.includes('org_admin') &&
      !roles.includes('org_admin') &&
      (await deactivatedSince(trx, scope.organisationId, personId)) === null &&
      (await countAdmins(trx, scope.organisationId)) <= 1
    ) {
      throw new AppError(
        'conflict',
        'De organisatie moet minstens één actieve beheerder houden. Maak eerst iemand anders beheerder.',
        {
          fields: [{ field: 'body.roles', message: 'laatste beheerder' }],
        },
      );
    }
    await replaceRoles(trx, scope.organisationId, personId, roles);
    await audit(trx, ctx, 'member.set_roles', { type: 'person', id: personId });
    return roles;
  });
}
