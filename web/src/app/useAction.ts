import { useState } from 'react';
import { isApiError } from '../api/client';
import type { ErrorSummaryItem } from '../ui';
import { errorMessage } from './errors';

/**
 * One form's submit: local checks first, then the call; the server's field
 * errors (`body.decision.decidedOn`) land on the field whose id `ids` maps
 * from that path (or its first part), the rest in the error summary.
 */
export function useAction(ids: Record<string, string>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const show = (byField: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(byField);
    setSummary([
      ...extra,
      ...Object.entries(byField).map(([f, message]) => ({ fieldId: ids[f], message })),
    ]);
  };

  const run = async (local: Record<string, string>, action: () => Promise<string | null>) => {
    setDone(null);
    if (Object.keys(local).length > 0) return show(local);
    if (busy) return;
    setBusy(true);
    try {
      const message = await action();
      show({});
      setDone(message);
    } catch (error) {
      if (isApiError(error) && error.errors.length > 0) {
        const byField: Record<string, string> = {};
        const rest: ErrorSummaryItem[] = [];
        for (const e of error.errors) {
          const path = e.field.replace(/^body\./, '');
          const key = ids[path] ? path : (path.split('.')[0] ?? path);
          if (ids[key]) byField[key] ??= e.message;
          else rest.push({ message: e.message });
        }
        show(byField, rest.length > 0 ? [{ message: errorMessage(error) }, ...rest] : []);
      } else show({}, [{ message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return { errors, summary, busy, done, run };
}
