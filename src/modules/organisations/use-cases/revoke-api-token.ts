import type { Db } from '../../../db/database';
import { appendAudit } from '../../../platform/audit/audit-log';
import type { Scope } from '../../../platform/auth/actor';
import { forgetApiToken, revokeToken } from '../../../platform/auth/api-tokens';
import { notFound } from '../../../platform/errors/app-error';

/** Revoke a token of this organisation; it stops working on its next use (ADR 0014). */
export async function revokeApiToken(db: Db, scope: Scope, tokenId: string, origin: string) {
  await db.transaction().execute(async (trx) => {
    const result = await revokeToken(trx, scope.organisationId, tokenId);
    if (Number(result.numUpdatedRows) === 0) throw notFound('Dit token');
    await appendAudit(trx, {
      organisationId: scope.organisationId,
      actorType: scope.actorType,
      actorId: scope.actorId,
      action: 'api_token.revoke',
      objectType: 'api_token',
      objectId: tokenId,
      result: 'success',
      origin,
    });
  });
  forgetApiToken(db, tokenId);
}
