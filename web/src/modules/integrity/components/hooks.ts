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

/** Today in Amsterdam as YYYY-MM-DD. */
export const todayIso = () =>
  new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
