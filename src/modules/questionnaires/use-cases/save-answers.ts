import { AppError, invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { mergeAnswers, missingRequired } from '../answers/answer-validation';
import { updateResponse } from '../responses.repository';
import { changeEditableResponse, daysFrom, encryptJson, today } from './context';

export interface SaveInput {
  /** Answers to add or change; null clears one. */
  answers: Record<string, unknown>;
  /** "Next": also require the required questions of this section. */
  completeSection?: string;
  /** Where to resume later. */
  currentSection?: string;
}

/**
 * Save answers (all or part of a section) for resuming later. Every answer is
 * checked against the version; one bad answer refuses the whole save, so
 * nothing is stored half. The answers are stored as one encrypted document.
 */
export async function saveAnswers(ctx: UseCaseContext, responseId: string, input: SaveInput) {
  const { keyring, scope } = ctx;
  return changeEditableResponse(
    ctx,
    responseId,
    'questionnaire_response.save',
    async (trx, { definition, response }, stored) => {
      const sectionIds = new Set(definition.sections.map((s) => s.id));
      for (const field of ['completeSection', 'currentSection'] as const) {
        const id = input[field];
        if (id !== undefined && !sectionIds.has(id)) {
          throw invalidField(`body.${field}`, 'Dit onderdeel bestaat niet in deze vragenlijst.');
        }
      }
      const merged = mergeAnswers(definition, stored, input.answers, today());
      const errors = [...merged.errors];
      if (errors.length === 0 && input.completeSection) {
        errors.push(...missingRequired(definition, merged.answers, input.completeSection));
      }
      if (errors.length > 0) {
        throw new AppError(
          'validation_failed',
          errors.length === 1
            ? 'Eén antwoord is niet goed ingevuld.'
            : `${errors.length} antwoorden zijn niet goed ingevuld.`,
          { fields: errors },
        );
      }
      const purpose = definition.privacy.encryption;
      const updated = await updateResponse(trx, scope.organisationId, responseId, {
        answers_enc: await encryptJson(trx, keyring, scope.organisationId, merged.answers, purpose),
        current_section: input.currentSection ?? input.completeSection ?? response.current_section,
        erase_after: daysFrom(new Date(), definition.privacy.retention.unfinishedDays),
      });
      return { response: updated, answers: merged.answers };
    },
  );
}
