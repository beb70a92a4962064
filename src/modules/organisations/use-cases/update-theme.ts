import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import { updateTheme } from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';
import { contrastProblems } from '../theme-contrast';

/** Replace the organisation's design tokens; text colours must stay readable (WCAG 2.1 AA). */
export async function updateOrganisationTheme(ctx: UseCaseContext, theme: Record<string, string>) {
  const { db, scope } = ctx;
  const problems = contrastProblems(theme);
  if (problems.length > 0) {
    throw new AppError(
      'validation_failed',
      'Deze kleuren zijn samen niet goed leesbaar. Kies kleuren met meer contrast.',
      { fields: problems.map((p) => ({ field: `body.${p.token}`, message: p.message })) },
    );
  }
  return db.transaction().execute(async (trx) => {
    const row = await updateTheme(trx, scope.organisationId, theme);
    await audit(trx, ctx, 'organisation.update_theme', {
      type: 'organisation',
      id: scope.organisationId,
    });
    return row;
  });
}
