// POST /api/feedback/:code/erase: consent withdrawn, the sender's personal data removed.
import { apiRequest } from '@/lib/api-client.js';
import type { EraseResult } from '@/types/api.js';
import { FEEDBACK_MESSAGES } from './messages.js';

export const eraseFeedback = (code: string, eraseCode: string) =>
  apiRequest<EraseResult>(`/feedback/${encodeURIComponent(code)}/erase`, {
    method: 'POST',
    json: { eraseCode },
    timeoutMs: 20_000,
    messages: FEEDBACK_MESSAGES,
  });
