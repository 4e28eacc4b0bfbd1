// The status of one feedback, always fresh from the server (no session cache: staff may have
// answered a minute ago); `initial` skips the first request when the lookup just fetched it.
import { useCallback, useEffect, useState } from 'react';
import { trackFeedback } from './track-feedback.js';
import type { FeedbackStatusView } from './types.js';

export function useFeedbackStatus(code: string, last4: string | null, initial?: FeedbackStatusView) {
  const [state, setState] = useState<{ data?: FeedbackStatusView; error?: Error; loading: boolean }>(() => ({
    data: initial,
    loading: !initial && !!last4,
  }));
  const [attempt, setAttempt] = useState(initial ? -1 : 0);

  useEffect(() => {
    if (!last4 || attempt < 0) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    trackFeedback(code, last4, controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, loading: false }),
      (error: Error) => !controller.signal.aborted && setState({ error, loading: false }),
    );
    return () => controller.abort();
  }, [code, last4, attempt]);

  const reload = useCallback(() => setAttempt((n) => Math.max(0, n) + 1), []);
  return { ...state, reload };
}
