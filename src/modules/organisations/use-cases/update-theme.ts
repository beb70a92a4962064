import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/auth/actor';
import { updateTheme } from '../organisations.repository';

/** Replace the organisation's design tokens. */
export async function updateOrganisationTheme(
  db: Db,
  scope: Scope,
  theme: Record<string, string>,
  origin: string,
) {
  return db.transaction().execute(async (trx) => {
    const row = await updateTheme(trx, scope.organisationId, theme);
    await audit(trx, { scope, origin }, 'organisation.update_theme', {
      type: 'organisation',
      id: scope.organisationId,
    });
    return row;
  });
}
