import { notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { canManageCustody } from '../../integrity.policy';
import {
  findCurrentShareSet,
  findLatestRecovery,
  isCustodian,
  listCustodians,
  listMemberNames,
  listShares,
} from '../custody.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * Who holds what, for administrators, integrity officers and custodians: the
 * custodians, the current split and which shares were collected, and the latest
 * recovery. Never a share itself.
 */
export async function custodyStatus(ctx: UseCaseContext) {
  const org = ctx.scope.organisationId;
  const custodian = await isCustodian(ctx.db, org, ctx.scope.actorId);
  if (!custodian && !canManageCustody(ctx.scope)) throw notFound('Dit overzicht');
  const custodians = await listCustodians(ctx.db, org);
  const set = await findCurrentShareSet(ctx.db, org);
  const shares = set ? await listShares(ctx.db, org, set.id) : [];
  const recovery = await findLatestRecovery(ctx.db, org);
  const manager = canManageCustody(ctx.scope);
  return {
    isCustodian: custodian,
    canManage: manager,
    candidates: manager
      ? (await listMemberNames(ctx.db, org)).map((m) => ({
          personId: m.id,
          displayName: m.display_name,
        }))
      : [],
    custodians: custodians.map((c) => ({ personId: c.person_id, displayName: c.display_name })),
    shareSet: set
      ? {
          id: set.id,
          createdAt: new Date(set.created_at).toISOString(),
          keyVersions: set.key_versions,
          threshold: set.threshold,
          shares: shares.map((s) => ({
            custodian: s.display_name,
            custodianId: s.custodian_id,
            collected: s.collected_at !== null,
          })),
        }
      : null,
    recovery: recovery
      ? {
          status: recovery.status,
          startedAt: new Date(recovery.started_at).toISOString(),
          expiresAt: new Date(recovery.expires_at).toISOString(),
          completedAt: iso(recovery.completed_at),
          waitingForSecondShare: recovery.status === 'collecting',
        }
      : null,
  };
}
