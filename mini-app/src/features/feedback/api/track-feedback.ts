// GET /api/feedback/:code?phoneLast4= → status, timeline, answer. The same 404 for an unknown
// code and a wrong phone, so codes cannot be probed.
import { send } from './send.js';
import type { FeedbackStatusView } from './types.js';

export const trackFeedback = (code: string, phoneLast4: string, signal?: AbortSignal) =>
  send<FeedbackStatusView>('GET', `/feedback/${encodeURIComponent(code)}`, { query: { phoneLast4 }, signal });
