// Loads a screen's data; `key` changes → loads again. Keeps the previous data on screen while the
// next loads (no flash), drops answers that arrive after a newer request.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  reload: () => Promise<void>;
}

export function useLoad<T>(load: () => Promise<T>, key: string | number): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; key?: string | number }>({});
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(async () => {
    const id = ++latest.current;
    try {
      const data = await loadRef.current();
      if (id === latest.current) setState({ data, key });
    } catch (error) {
      if (id === latest.current) setState({ error: error as Error, key });
    }
  }, [key]);
  useEffect(() => {
    void run();
  }, [run]);
  return { data: state.data, error: state.key === key ? state.error : undefined, reload: run };
}
