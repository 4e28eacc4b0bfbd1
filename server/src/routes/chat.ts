// POST /api/chat: the chatbot for the mini app (and, through app.chat, for the Zalo OA webhook).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { defaultCalibrator } from '../chat/calibrator.js';
import { defaultFollowUpModel, defaultIntentModel } from '../chat/intent-model.js';
import { ChatService } from '../chat/service.js';
import type { Config } from '../config.js';
import { contentRepository } from '../content/content.repository.js';
import type { Faq, HolidayYear, Hotline, Locality } from '../content/schemas.js';
import { chatBody, chatResponse } from '../contract/schemas.js';
import { chatFeedbackLookup } from '../feedback/chat-lookup.js';

declare module 'fastify' {
  interface FastifyInstance {
    chat: ChatService;
  }
}

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
  // The learned models are built once per process (round 14: about 7 s), before the first question;
  // a calibrator fitted on other features than the service computes stops the start, with the fix.
  // (CHAT_MODELS_AT_START=false: at the first question instead — the tests, most of which never chat.)
  if (opts.config.CHAT_MODELS_AT_START)
    app.addHook('onReady', async () => {
      defaultIntentModel();
      defaultFollowUpModel();
      defaultCalibrator();
    });
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
