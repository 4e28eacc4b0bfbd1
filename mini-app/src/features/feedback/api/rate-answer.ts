// POST /api/feedback/:code/rating: stars, solved or not, a comment (staff module, server side).
import { apiRequest } from '@/lib/api-client.js';
import type { RatingResult } from '@/types/api.js';
import { FEEDBACK_MESSAGES } from './messages.js';
import type { RatingRequest } from './types.js';

export const rateAnswer = (code: string, rating: RatingRequest) =>
  apiRequest<RatingResult>(`/feedback/${encodeURIComponent(code)}/rating`, {
    method: 'POST',
    json: rating,
    timeoutMs: 20_000,
    messages: FEEDBACK_MESSAGES,
  });
