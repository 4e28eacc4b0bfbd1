// The citizen's side of an answer: rating it, with the same checks as the tracking page
// (code + last 4 phone digits, the lock after wrong tries).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../lib/problem.js';
import { trackingCodeParam } from './feedback.schemas.js';
import { rateAnswer, ratingBody, ratingResponse } from './rating.js';

export default async function ratingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/feedback/:trackingCode/rating',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['Phản ánh, kiến nghị'],
        summary: 'Đánh giá câu trả lời (1–5 sao, đã giải quyết hay chưa, nhận xét)',
        params: trackingCodeParam,
        body: ratingBody,
        response: { 200: ratingResponse, 400: problem, 404: problem, 409: problem, 429: problem },
      },
    },
    async (req) => rateAnswer(app.feedback.repo, app.feedback.service, req.params.trackingCode, req.body),
  );
}
