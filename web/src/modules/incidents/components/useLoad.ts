import { useCallback, useEffect, useRef, useState } from 'react';

/** Load data for a page; `reload()` after a change, `set()` to use an answer directly. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const loader = useRef(load);
  loader.current = load;
  // The caller names what the data depends on (ids, query), like useEffect's list.
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
