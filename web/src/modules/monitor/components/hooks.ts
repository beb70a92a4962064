import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../../app/session';

/** The organisation the person works in now (the Monitor is organisation-scoped). */
export function useOrgId(): string | null {
  return useSession().activeMembership?.organisationId ?? null;
}

/** Load data for a page; `reload` fetches again (after an action). */
export function useLoad<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: callers pass the inputs of `load` as deps
  useEffect(() => {
    if (!load) return;
    let live = true;
    load()
      .then((d) => {
        if (live) {
          setData(d);
          setError(null);
        }
      })
      .catch((e: Error) => {
        if (live) setError(e);
      });
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, reload };
}
