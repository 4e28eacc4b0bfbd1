// Feedback status for the chatbot, through the public tracking endpoint
// (GET /api/feedback/:trackingCode?phoneLast4=NNNN) so the chat never reads feedback records
// directly. When the feedback module is not installed, the lookup says so and the bot explains
// how to look the code up on the status screen instead. Phone digits are never logged.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export type FeedbackStatus =
  | { found: true; statusLabel: string; dueAt: string | null; unit: string | null; answer: string | null }
  | { found: false };

/** null = the feedback service is not available here. */
export type FeedbackLookup = (trackingCode: string, last4: string, conversationId: string) => Promise<FeedbackStatus | null>;

export function injectFeedbackLookup(app: FastifyInstance): FeedbackLookup {
  return async (trackingCode, last4, conversationId) => {
    const available =
      app.hasRoute({ method: 'GET', url: '/api/feedback/:trackingCode' }) || app.hasRoute({ method: 'GET', url: '/api/feedback/:code' });
    if (!available) return null;
    const res = await app.inject({
      method: 'GET',
      url: `/api/feedback/${encodeURIComponent(trackingCode)}?phoneLast4=${encodeURIComponent(last4)}`,
      headers: { 'x-internal-chat': '1' },
      // The route's rate limit is keyed by address: one synthetic address per conversation, so
      // citizens chatting at once do not share one bucket (the chat also caps lookups per conversation,
      // and /api/chat itself is limited per real address).
      remoteAddress: `chat-${createHash('sha256').update(conversationId).digest('hex').slice(0, 16)}`,
    });
    if (res.statusCode === 404 || res.statusCode === 400 || res.statusCode === 403) return { found: false };
    if (res.statusCode !== 200) return null;
    const body = res.json() as { statusLabel?: string; dueAt?: string; unit?: { name?: string }; answer?: { text?: string } | null };
    return {
      found: true,
      statusLabel: body.statusLabel ?? 'đang xử lý',
      dueAt: body.dueAt ?? null,
      unit: body.unit?.name ?? null,
      answer: body.answer?.text ?? null,
    };
  };
}
