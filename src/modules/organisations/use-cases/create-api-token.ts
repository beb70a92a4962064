import { audit } from '../../../platform/audit/audit';
import { insertToken } from '../../../platform/auth/api-tokens';
import type { Role } from '../../../platform/auth/roles';
import { newSecret, sha256 } from '../../../platform/auth/tokens';
import { invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';

/** Create an API token for one role in this organisation; only its hash is stored. */
export async function createApiToken(
  ctx: UseCaseContext,
  input: { name: string; role: Role; expiresAt?: string },
) {
  const { db, scope } = ctx;
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw invalidField('body.expiresAt', 'De vervaldatum moet in de toekomst liggen.');
  }
  const token = newSecret('wbt');
  return db.transaction().execute(async (trx) => {
    const row = await insertToken(trx, {
      organisationId: scope.organisationId,
      name: input.name,
      role: input.role,
      tokenHash: sha256(token),
      createdBy: scope.actorType === 'person' ? scope.actorId : null,
      expiresAt,
    });
    await audit(trx, ctx, 'api_token.create', { type: 'api_token', id: row.id });
    return { row, token };
  });
}
