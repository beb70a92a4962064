import type { Db } from '../../../db/database';
import { appendAudit } from '../../../platform/audit/audit-log';
import type { Scope } from '../../../platform/auth/actor';
import { updateTheme } from '../../../platform/identity';

/** Replace the organisation's design tokens. */
export async function updateOrganisationTheme(
  db: Db,
  scope: Scope,
  theme: Record<string, string>,
  origin: string,
) {
  return db.transaction().execute(async (trx) => {
    const row = await updateTheme(trx, scope.organisationId, theme);
    await appendAudit(trx, {
      organisationId: scope.organisationId,
      actorType: scope.actorType,
      actorId: scope.actorId,
      action: 'organisation.update_theme',
      objectType: 'organisation',
      objectId: scope.organisationId,
      result: 'success',
      origin,
    });
    return row;
  });
}
