import { isApiError } from '../api/client';
import { currentLanguage, i18next } from './i18n';

/**
 * A calm, human message for any error, in the current language. The API
 * writes its `detail` in Dutch and it is often the most specific text, so the
 * Dutch UI shows it for client errors; other languages use our translation
 * of the error code, falling back to the detail.
 */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return i18next.t('errors.fallback');
  const key = `errors.${error.code}`;
  const clientError = error.status >= 400 && error.status < 500;
  if (currentLanguage() === 'nl' && clientError && error.detail) return error.detail;
  if (i18next.exists(key)) return i18next.t(key);
  return error.detail ?? i18next.t('errors.fallback');
}

/** The form field a problem names: `body.attachments.0` -> `attachments`, `body.endOn` -> `endOn`. */
export function fieldKey(field: string): string {
  return (
    field
      .replace(/^(body|params)\./, '')
      .replace(/\.\d+$/, '')
      .split('.')[0] ?? field
  );
}
