// The citizen rates the answer: stars 1–5, solved or not, an optional comment. Checked with the
// same tracking code + last 4 phone digits as the status page; one rating, which may be changed.

import { ratingBody, ratingResponse } from '../contract/schemas.js';
import { conflict } from '../lib/errors.js';
import type { z } from '../lib/zod-vi.js';
import type { FeedbackRepository } from './feedback.repository.js';
import { type FeedbackService, lookupKey } from './feedback.service.js';

export { ratingBody, ratingResponse };

export async function rateAnswer(
  repo: FeedbackRepository,
  service: Pick<FeedbackService, 'proven'>,
  trackingCode: string,
  body: z.infer<typeof ratingBody>,
  now = () => new Date(),
) {
  // Wrong digits count toward the same per-code lock as the status page.
  const fb = await service.proven(trackingCode, (f) => f.lookupKey === lookupKey(trackingCode, body.phoneLast4));
  if (!fb.answer || (fb.status !== 'answered' && fb.status !== 'closed')) throw conflict('Phản ánh chưa có trả lời nên chưa thể đánh giá.');
  const rating = { stars: body.stars, solved: body.solved, comment: body.comment || null, at: now().toISOString() };
  await repo.feedback.updateOne({ _id: fb._id }, { $set: { rating } });
  return { trackingCode: fb.trackingCode, rating };
}
