import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';

const PROBLEMS = ['too_short', 'too_long', 'personal', 'common', 'guessable'] as const;

/**
 * The reason the API refused a new password (its `passwordProblem`), in the
 * current language; null for any other error.
 */
export function passwordProblemText(error: unknown, t: TFunction): string | null {
  if (!isApiError(error, 'validation_failed')) return null;
  const problem = error.extensions.passwordProblem;
  if (!PROBLEMS.includes(problem as (typeof PROBLEMS)[number])) return null;
  const minLength = Number(error.extensions.minLength) || 12;
  return t(`auth.passwordProblem.${problem as string}`, { minLength });
}
