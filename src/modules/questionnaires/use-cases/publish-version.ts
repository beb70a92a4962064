import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { findVersionByOwner, lockDefinitions, markPublished } from '../questionnaires.repository';
import { refuseInvalid } from './import-definition';

/** Publish the organisation's draft: validated once more, then immutable. */
export async function publishVersion(ctx: UseCaseContext, versionId: string) {
  const { db, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    await lockDefinitions(trx, scope.organisationId);
    const version = await findVersionByOwner(trx, scope.organisationId, versionId);
    if (!version) throw notFound('Deze versie');
    if (version.status !== 'draft') {
      throw new AppError('conflict', 'Deze versie is al gepubliceerd en kan niet meer veranderen.');
    }
    refuseInvalid(version.definition);
    const published = await markPublished(trx, scope.organisationId, versionId);
    if (!published) throw new AppError('conflict', 'Deze versie is al gepubliceerd.');
    await audit(trx, ctx, 'questionnaire.publish', {
      type: 'questionnaire_version',
      id: versionId,
    });
    return published;
  });
}
