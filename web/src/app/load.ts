import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from './session';

/**
 * Load data for a page: `data` is null until the first answer, `error` holds what the
 * API threw (an ApiError) (pages show it in their error summary), `reload()` fetches again after a
 * change and `set()` uses an answer the page already has. Without a loader (`null`,
 * e.g. no organisation yet) nothing is fetched. An answer that arrives after a newer
 * request was started, or after the page left, is dropped.
 */
export function useLoad<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const loader = useRef(load);
  loader.current = load;
  const latest = useRef(0);
  // The caller names what the data depends on (ids, query), like useEffect's list.
  const key = JSON.stringify(deps);
  const reload = useCallback(() => {
    const run = loader.current;
    if (!run) return;
    const request = ++latest.current;
    setError(null);
    run().then(
      (answer) => {
        if (request === latest.current) setData(answer);
      },
      (failure: unknown) => {
        if (request !== latest.current) return;
        setError(failure instanceof Error ? failure : new Error(String(failure)));
      },
    );
  }, []);
  useEffect(() => {
    void key;
    reload();
    return () => {
      latest.current++;
    };
  }, [key, reload]);
  return { data, error, reload, set: setData };
}

/** The id of the organisation the person works in now ('' before one is chosen). */
export function useOrgId(): string {
  return useSession().activeMembership?.organisationId ?? '';
}
