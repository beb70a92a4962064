import { AppError } from '../../../platform/errors/app-error';
import { mergeAnswers } from '../answers/answer-validation';
import type { QuestionnaireDefinition } from '../definition/definition.schema';
import { composeResult } from '../results/compose-result';
import { scoreResponse } from '../scoring/scoring';
import { today } from './context';

/** Preview: score answers against a (draft) version without storing anything. */
export function previewResult(
  definition: QuestionnaireDefinition,
  input: Record<string, unknown>,
  locale: 'nl' | 'en',
) {
  const merged = mergeAnswers(definition, {}, input, today());
  if (merged.errors.length > 0) {
    throw new AppError('validation_failed', 'Niet alle antwoorden zijn geldig.', {
      fields: merged.errors,
    });
  }
  const scores = scoreResponse(definition, merged.answers);
  return { scores, result: composeResult(definition, scores, locale) };
}
