// POST /api/chat: the chatbot for the mini app (and, through app.chat, for the Zalo OA webhook).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChatService } from '../chat/service.js';
import type { Config } from '../config.js';
import { contentRepository } from '../content/content.repository.js';
import type { Faq, HolidayYear, Hotline, Locality } from '../content/schemas.js';
import { chatFeedbackLookup } from '../feedback/chat-lookup.js';
import { z } from '../lib/zod-vi.js';

declare module 'fastify' {
  interface FastifyInstance {
    chat: ChatService;
  }
}

const ref = z.object({ code: z.string(), name: z.string() });
export const chatBody = z.object({
  conversationId: z
    .string()
    .trim()
    .max(100, 'Mã hội thoại dài tối đa 100 ký tự.')
    .regex(/^[\w:.-]*$/, 'Mã hội thoại không hợp lệ.')
    .optional(),
  text: z
    .string({ error: 'Bạn chưa nhập câu hỏi.' })
    .trim()
    .min(1, 'Bạn chưa nhập câu hỏi.')
    .max(500, 'Câu hỏi dài tối đa 500 ký tự. Bạn hỏi ngắn gọn hơn nhé.'),
  /** Start focused on a procedure (the mini app's chat opened from a procedure page). */
  procedure: z.string().trim().max(40).optional(),
});
export const chatResponse = z.object({
  conversationId: z.string(),
  reply: z.object({
    /** decline = out of scope: no procedure named, the right channel given. */
    kind: z.enum(['answer', 'clarify', 'fallback', 'decline']),
    text: z.string(),
    procedures: z.array(ref),
    options: z.array(z.object({ label: z.string(), code: z.string() })).optional(),
    actions: z
      .array(z.object({ kind: z.enum(['call', 'feedback', 'link', 'status', 'ask']), label: z.string(), target: z.string() }))
      .optional(),
    detail: z.enum(['papers', 'fee', 'time', 'where', 'online', 'who', 'steps', 'forms', 'result', 'conditions']).nullable().optional(),
    /** What a non-procedure answer is about (office_hours, payment, hotline …). */
    topic: z
      .enum([
        'greeting',
        'thanks',
        'goodbye',
        'office_hours',
        'office_address',
        'payment',
        'online_levels',
        'vneid',
        'dossier_tracking',
        'feedback_status',
        'feedback_new',
        'hotline',
        'faq',
      ])
      .nullable()
      .optional(),
    /** Hotlines named, the one for the question first; number null = example or blank (never dialled). */
    hotlines: z
      .array(z.object({ id: z.string(), name: z.string(), topic: z.string(), number: z.string().nullable(), group: z.string() }))
      .optional(),
  }),
});

async function chatRoutes(app: FastifyInstance, opts: { config: Config }) {
  const repo = contentRepository(app.store);
  app.decorate(
    'chat',
    new ChatService({
      catalog: () => app.catalog,
      hotlines: async () => (await repo.hotlines()) as unknown as Hotline[],
      faq: async () => (await repo.faq()) as unknown as Faq[],
      locality: async () => {
        const loc = await repo.locality();
        return loc ? ({ ...loc, units: await repo.units() } as unknown as Locality) : null;
      },
      holidays: async () => (await repo.holidays()) as unknown as HolidayYear[],
      feedbackLookup: chatFeedbackLookup(app.feedback.service),
      conversationTtlMs: opts.config.CHAT_CONVERSATION_TTL_MINUTES * 60_000,
    }),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/chat',
    {
      config: { rateLimit: { max: opts.config.CHAT_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
      schema: {
        tags: ['Hỏi đáp'],
        summary: 'Trợ lý hỏi đáp thủ tục (trả lời từ dữ liệu thủ tục; hỏi lại khi nhiều thủ tục cùng khớp)',
        body: chatBody,
        response: { 200: chatResponse },
      },
    },
    async (req) => {
      const { text, procedure } = req.body;
      let id = req.body.conversationId || undefined;
      if (procedure) id = app.chat.focus(id, procedure) ?? id;
      return app.usage.chatted(text, await app.chat.handle(id, text));
    },
  );
}

export default fp(chatRoutes, { name: 'chat', dependencies: ['content', 'feedback', 'usage'] });
