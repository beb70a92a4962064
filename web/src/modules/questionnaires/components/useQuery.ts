import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../../../app/session';

/** Load data for a page; `reload()` after a change. */
export function useQuery<T>(load: () => Promise<T>, deps: readonly unknown[]) {
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
