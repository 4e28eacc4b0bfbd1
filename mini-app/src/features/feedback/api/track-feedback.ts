// GET /api/feedback/:code?phoneLast4= → status, timeline, answer. The same 404 for an unknown
// code and a wrong phone, so codes cannot be probed.
import { apiRequest } from '@/lib/api-client.js';
import { FEEDBACK_MESSAGES } from './messages.js';
import type { FeedbackStatusView } from './types.js';

export const trackFeedback = (code: string, phoneLast4: string, signal?: AbortSignal) =>
  apiRequest<FeedbackStatusView>(`/feedback/${encodeURIComponent(code)}`, {
    query: { phoneLast4 },
    signal,
    timeoutMs: 20_000,
    messages: FEEDBACK_MESSAGES,
  });
