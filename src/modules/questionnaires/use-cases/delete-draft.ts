import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/auth/actor';
import { AppError, notFound } from '../../../platform/errors/app-error';
import { deleteDraft, findVersionByOwner } from '../questionnaires.repository';

/** Throw away the organisation's draft of an instrument. */
export async function deleteDraftVersion(db: Db, scope: Scope, versionId: string, origin: string) {
  await db.transaction().execute(async (trx) => {
    const version = await findVersionByOwner(trx, scope.organisationId, versionId);
    if (!version) throw notFound('Deze versie');
    if (version.status !== 'draft') {
      throw new AppError('conflict', 'Een gepubliceerde versie kan niet worden verwijderd.');
    }
    await deleteDraft(trx, scope.organisationId, versionId);
    await audit(trx, { scope, origin }, 'questionnaire.delete_draft', {
      type: 'questionnaire_version',
      id: versionId,
    });
  });
}
