import { audit } from '../../../platform/audit/audit';
import { updateTheme } from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';

/** Replace the organisation's design tokens. */
export async function updateOrganisationTheme(ctx: UseCaseContext, theme: Record<string, string>) {
  const { db, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    const row = await updateTheme(trx, scope.organisationId, theme);
    await audit(trx, ctx, 'organisation.update_theme', {
      type: 'organisation',
      id: scope.organisationId,
    });
    return row;
  });
}
