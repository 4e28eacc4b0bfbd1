// The citizen's side of an answer: rating it. Lives with the staff module because it closes the
// loop the console opens; same checks as the tracking page (code + last 4 phone digits).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { trackingCodeParam } from '../../feedback/feedback.schemas.js';
import type { StaffContext } from '../context.js';
import { rateAnswer, ratingBody, ratingResponse } from '../rating.js';
import { problem } from './schemas.js';

export default async function citizenRatingRoutes(app: FastifyInstance, opts: { ctx: StaffContext }) {
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
    async (req) => rateAnswer(opts.ctx.feedback, opts.ctx.service, req.params.trackingCode, req.body, opts.ctx.now),
  );
}
