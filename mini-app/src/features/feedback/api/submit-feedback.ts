// POST /api/feedback with the draft's Idempotency-Key: sending the same draft again (a retry after
// a network failure) returns the first answer instead of creating a second record.
import { send } from './send.js';
import type { FeedbackRequest, SubmitResult } from './types.js';

export const submitFeedback = (body: FeedbackRequest, idempotencyKey: string) =>
  send<SubmitResult>('POST', '/feedback', { json: body, headers: { 'idempotency-key': idempotencyKey }, timeoutMs: 30_000 });
