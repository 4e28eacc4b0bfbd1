// A small data hook (no react-query: the budget is tight). Remembers answers for the
// session so going back shows content at once, and gives a retry for the error state.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  retry: () => void;
}

const cache = new Map<string, unknown>();

export function clearQueryCache(): void {
  cache.clear();
}

export function useQuery<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: Error | undefined; loading: boolean }>(() => ({
    key,
    data: key !== null ? (cache.get(key) as T | undefined) : undefined,
    error: undefined,
    loading: key !== null && !cache.has(key),
  }));
  const [attempt, setAttempt] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    if (key === null) {
      setState({ key, data: undefined, error: undefined, loading: false });
      return;
    }
    const cached = cache.get(key) as T | undefined;
    if (cached !== undefined && attempt === 0) {
      setState({ key, data: cached, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((prev) => ({ key, data: prev.key === key ? prev.data : undefined, error: undefined, loading: true }));
    fetcherRef.current(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        cache.set(key, data);
        setState({ key, data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, data: undefined, error: error instanceof Error ? error : new Error(String(error)), loading: false });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // While the key changes, do not show the previous key's data as if it were current.
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: current ? state.loading : key !== null,
    retry,
  };
}
