import { audit } from '../../../platform/audit/audit';
import { forgetApiToken, revokeToken } from '../../../platform/auth/api-tokens';
import { notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';

/** Revoke a token of this organisation; it stops working on its next use (ADR 0014). */
export async function revokeApiToken(ctx: UseCaseContext, tokenId: string) {
  const { db, scope } = ctx;
  await db.transaction().execute(async (trx) => {
    const result = await revokeToken(trx, scope.organisationId, tokenId);
    if (Number(result.numUpdatedRows) === 0) throw notFound('Dit token');
    await audit(trx, ctx, 'api_token.revoke', { type: 'api_token', id: tokenId });
  });
  forgetApiToken(db, tokenId);
}
