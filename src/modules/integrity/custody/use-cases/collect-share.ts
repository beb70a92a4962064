import { audit } from '../../../../platform/audit/audit';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { openText } from '../../shared/sealing';
import { findCurrentShareSet, findShare, markShareCollected } from '../custody.repository';

/** The custodian's own share in the current split: whether it is still to be collected. */
export async function myShare(ctx: UseCaseContext) {
  const org = ctx.scope.organisationId;
  const set = await findCurrentShareSet(ctx.db, org);
  const share = set
    ? await findShare(ctx.db, org, set.id, { custodianId: ctx.scope.actorId })
    : undefined;
  if (!set || !share) throw notFound('Uw sleuteldeel');
  return {
    setId: set.id,
    createdAt: new Date(set.created_at).toISOString(),
    keyVersions: set.key_versions,
    collected: share.collected_at !== null,
    collectedAt: share.collected_at ? new Date(share.collected_at).toISOString() : null,
  };
}

/**
 * Hand the custodian their share, once: the encrypted copy is wiped in the same
 * transaction, so from then on only the custodian holds it.
 */
export async function collectShare(ctx: UseCaseContext, now = new Date()) {
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const set = await findCurrentShareSet(trx, org);
    const share = set
      ? await findShare(trx, org, set.id, { custodianId: ctx.scope.actorId }, true)
      : undefined;
    if (!set || !share) throw notFound('Uw sleuteldeel');
    if (!share.share_enc) {
      throw new AppError(
        'conflict',
        'U heeft uw sleuteldeel al opgehaald; het wordt niet nog eens getoond.',
      );
    }
    const text = await openText(trx, ctx.keyring, org, share.share_enc);
    await markShareCollected(trx, org, set.id, share.x, now);
    await audit(trx, ctx, 'integrity.key.share_collect', {
      type: 'integrity_key_share_set',
      id: set.id,
    });
    return { setId: set.id, share: text ?? '' };
  });
}
