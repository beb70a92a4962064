import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { deleteDraft, findVersionByOwner } from '../questionnaires.repository';

/** Throw away the organisation's draft of an instrument. */
export async function deleteDraftVersion(ctx: UseCaseContext, versionId: string) {
  const { db, scope } = ctx;
  await db.transaction().execute(async (trx) => {
    const version = await findVersionByOwner(trx, scope.organisationId, versionId);
    if (!version) throw notFound('Deze versie');
    if (version.status !== 'draft') {
      throw new AppError('conflict', 'Een gepubliceerde versie kan niet worden verwijderd.');
    }
    await deleteDraft(trx, scope.organisationId, versionId);
    await audit(trx, ctx, 'questionnaire.delete_draft', {
      type: 'questionnaire_version',
      id: versionId,
    });
  });
}
