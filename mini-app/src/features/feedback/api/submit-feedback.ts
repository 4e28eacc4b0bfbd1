// POST /api/feedback with the draft's Idempotency-Key: sending the same draft again (a retry after
// a network failure) returns the first answer instead of creating a second record.
import { apiRequest } from '@/lib/api-client.js';
import { FEEDBACK_MESSAGES } from './messages.js';
import type { FeedbackRequest, SubmitResult } from './types.js';

export const submitFeedback = (body: FeedbackRequest, idempotencyKey: string) =>
  apiRequest<SubmitResult>('/feedback', {
    method: 'POST',
    json: body,
    headers: { 'idempotency-key': idempotencyKey },
    timeoutMs: 30_000,
    messages: FEEDBACK_MESSAGES,
  });
