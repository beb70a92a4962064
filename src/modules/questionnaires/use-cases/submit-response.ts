import { AppError, invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { missingRequired } from '../answers/answer-validation';
import { pruneHidden } from '../definition/definition-model';
import { insertAnonymous, updateResponse } from '../responses.repository';
import { scoreResponse } from '../scoring/scoring';
import { changeEditableResponse, daysFrom, encryptJson, today } from './context';

/**
 * Hand in a response, once. Every required question that is shown must be
 * answered; the result is computed and stored. Scores are stored in plain
 * only for team instruments (their aggregates and benchmark read them); for
 * personal and commissioned ones the result is encrypted like the answers.
 * A personal respondent may opt in to adding an anonymous copy of the scores
 * (no answers, no person, no time finer than the day) to the aggregate.
 */
export async function submitResponse(
  ctx: UseCaseContext,
  responseId: string,
  input: { aggregateConsent?: boolean },
) {
  const { keyring, scope } = ctx;
  return changeEditableResponse(
    ctx,
    responseId,
    'questionnaire_response.submit',
    async (trx, { definition, response }, stored) => {
      const privacy = definition.privacy;
      if (input.aggregateConsent !== undefined && privacy.aggregates.consent !== 'opt_in') {
        throw invalidField(
          'body.aggregateConsent',
          'Bij deze vragenlijst wordt niet om toestemming gevraagd.',
        );
      }
      const { answers } = pruneHidden(definition, stored);
      const missing = missingRequired(definition, answers);
      if (missing.length > 0) {
        throw new AppError(
          'validation_failed',
          `Nog ${missing.length === 1 ? 'één vraag' : `${missing.length} vragen`} te beantwoorden voordat u kunt inleveren.`,
          { fields: missing },
        );
      }
      const scores = scoreResponse(definition, answers);
      const plain = privacy.respondent === 'team';
      const now = new Date();
      const updated = await updateResponse(trx, scope.organisationId, responseId, {
        status: 'submitted',
        submitted_at: now,
        scores: plain ? JSON.stringify(scores) : null,
        total_score: plain ? scores.total : null,
        result_enc: plain
          ? null
          : await encryptJson(trx, keyring, scope.organisationId, scores, privacy.encryption),
        erase_after: daysFrom(now, privacy.retention.submittedDays),
      });
      if (privacy.aggregates.consent === 'opt_in' && input.aggregateConsent === true) {
        await insertAnonymous(trx, {
          organisationId: scope.organisationId,
          versionOwnerId: response.version_owner_id,
          versionId: response.version_id,
          source: 'opt_in_scores',
          receivedOn: today(now),
          answers: null,
          openTextEnc: null,
          attributes: {},
          scores: {
            total: scores.total,
            sections: scores.sections.map((s) => ({ id: s.id, score: s.score })),
          },
        });
      }
      return { response: updated, answers, scores };
    },
  );
}
