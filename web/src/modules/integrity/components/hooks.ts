import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { formatMoney } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import type { ErrorSummaryItem } from '../../../ui';

/** Load data for a page; `reload()` after a change, `set()` to use an answer directly. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const loader = useRef(load);
  loader.current = load;
  const key = JSON.stringify(deps);
  const reload = useCallback(() => {
    setError(null);
    loader.current().then(setData, setError);
  }, []);
  useEffect(() => {
    void key;
    reload();
  }, [key, reload]);
  return { data, error, reload, set: setData };
}

/** The id of the organisation the person works in now. */
export function useOrgId(): string {
  return useSession().activeMembership?.organisationId ?? '';
}

/** `body.attachments.0` -> `attachments`, `body.endOn` -> `endOn`. */
export function fieldKey(field: string): string {
  return (
    field
      .replace(/^(body|params)\./, '')
      .replace(/\.\d+$/, '')
      .split('.')[0] ?? field
  );
}

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

/** Dates and money come from the one formatting module (app/format.ts). */
export { formatDate } from '../../../app/format';

/** Euros from cents in the UI language: "€ 4.800,00". */
export const formatEuro = (cents: number | null | undefined): string =>
  formatMoney(cents, currentLanguage());

/** Today in Amsterdam as YYYY-MM-DD. */
export const todayIso = () =>
  new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
