// POST /api/feedback/:code/rating: stars, solved or not, a comment (staff module, server side).
import { send } from './send.js';
import type { RatingRequest } from './types.js';

export const rateAnswer = (code: string, rating: RatingRequest) =>
  send<{ trackingCode: string; rating: { stars: number; solved: boolean; comment: string | null; at: string } }>(
    'POST',
    `/feedback/${encodeURIComponent(code)}/rating`,
    { json: rating },
  );
