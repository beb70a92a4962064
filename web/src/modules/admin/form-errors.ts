import { useMemo, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { errorMessage, fieldKey } from '../../app/errors';
import type { ErrorSummaryItem } from '../../ui';

/**
 * A form's errors: per field (from the server's problem detail or the page's own checks)
 * and the error summary linking to each field (`idOf(field)`). The functions are stable.
 */
export function useFormErrors(idOf: (field: string) => string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const ids = useRef(idOf);
  ids.current = idOf;
  const actions = useMemo(() => {
    const show = (fields: Record<string, string>) => {
      setErrors(fields);
      setSummary(
        Object.entries(fields).map(([k, message]) => ({ fieldId: ids.current(k), message })),
      );
    };
    return {
      show,
      clear: () => show({}),
      /** Show what the API answered: its field errors, else one message. */
      fail: (e: unknown) => {
        const fields: Record<string, string> = {};
        if (isApiError(e)) for (const x of e.errors) fields[fieldKey(x.field)] ??= x.message;
        if (Object.keys(fields).length > 0) show(fields);
        else {
          setErrors({});
          setSummary([{ message: errorMessage(e) }]);
        }
      },
    };
  }, []);
  return { errors, summary, ...actions };
}
