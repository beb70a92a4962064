import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { toFieldErrors, validateDefinition } from '../definition/definition-validation';
import {
  findDraft,
  findQuestionnaireByKey,
  insertQuestionnaire,
  insertVersion,
  lockDefinitions,
  maxVersion,
  replaceDraft,
} from '../questionnaires.repository';
import { contentHash } from './context';

/** Throw a 400 listing every problem of a definition with its JSON path. */
export function refuseInvalid(raw: unknown) {
  const result = validateDefinition(raw);
  if (!result.ok) {
    const n = result.problems.length;
    throw new AppError(
      'validation_failed',
      n === 1 ? 'De definitie bevat 1 probleem.' : `De definitie bevat ${n} problemen.`,
      { fields: toFieldErrors(result.problems), extra: { problems: result.problems } },
    );
  }
  return result.definition;
}

/**
 * Import a definition as the organisation's draft of the instrument with its
 * key: a new instrument, or a new draft beside the published versions (an
 * existing draft is replaced). Published versions are never touched.
 */
export async function importDefinition(ctx: UseCaseContext, raw: unknown) {
  const { db, scope } = ctx;
  const definition = refuseInvalid(raw);
  const { $schema: _ignored, ...stored } = definition;
  const ownerId = scope.organisationId;
  return db.transaction().execute(async (trx) => {
    await lockDefinitions(trx, ownerId);
    const questionnaire =
      (await findQuestionnaireByKey(trx, ownerId, stored.key)) ??
      (await insertQuestionnaire(trx, ownerId, stored.key));
    const draft = await findDraft(trx, ownerId, questionnaire.id);
    const hash = contentHash(stored);
    const version = draft
      ? await replaceDraft(trx, ownerId, draft.id, stored, hash)
      : await insertVersion(trx, {
          ownerId,
          questionnaireId: questionnaire.id,
          version: (await maxVersion(trx, ownerId, questionnaire.id)) + 1,
          status: 'draft',
          definition: stored,
          contentHash: hash,
          createdBy: scope.actorId,
        });
    await audit(trx, ctx, 'questionnaire.import', {
      type: 'questionnaire_version',
      id: version.id,
    });
    return { questionnaire, version };
  });
}
