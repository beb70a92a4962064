import { useCallback, useState } from 'react';
import { isApiError } from '../../../api/client';
import { errorMessage, fieldKey } from '../../../app/errors';
import type { ErrorSummaryItem } from '../../../ui';

/**
 * Field errors and the error summary of one form. `fail(error)` shows what the API
 * said, each message linked to its field (ids are `${prefix}-${field}`).
 */
export function useFormErrors(prefix: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const show = useCallback(
    (fieldErrors: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
      setErrors(fieldErrors);
      setSummary([
        ...extra,
        ...Object.entries(fieldErrors).map(([k, message]) => ({
          fieldId: `${prefix}-${k}`,
          message,
        })),
      ]);
    },
    [prefix],
  );
  const fail = useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.errors.length > 0) {
        const fe: Record<string, string> = {};
        const extra: ErrorSummaryItem[] = [];
        for (const x of error.errors) {
          const key = fieldKey(x.field);
          if (fe[key]) extra.push({ fieldId: `${prefix}-${key}`, message: x.message });
          else fe[key] = x.field.includes('attachments') ? errorMessage(error) : x.message;
        }
        setErrors(fe);
        setSummary([
          ...Object.entries(fe).map(([k, message]) => ({ fieldId: `${prefix}-${k}`, message })),
          ...extra,
        ]);
      } else {
        show({}, [{ message: errorMessage(error) }]);
      }
    },
    [prefix, show],
  );
  const clear = useCallback(() => show({}), [show]);
  return { errors, summary, show, fail, clear };
}

/** A date as people read it: 5 december 2026. */
export function formatDate(date: string | null | undefined, locale: string): string {
  if (!date) return '–';
  return new Date(`${date.slice(0, 10)}T12:00:00Z`).toLocaleDateString(
    locale === 'en' ? 'en-GB' : 'nl-NL',
    {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    },
  );
}

/** Euros from cents, Dutch notation. */
export function formatEuro(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '–';
  return `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
}

/** Today in Amsterdam as YYYY-MM-DD. */
export const todayIso = () =>
  new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
