// POST /webhooks/zalo-oa: events from the locality's Zalo Official Account.
// The signature covers the raw body, so this scope keeps the body as the exact string received.
// Rejections are logged with the reason only, never the message content or the sender.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CHAT_TEXT_MAX } from '../chat/limits.js';
import type { Config } from '../config.js';
import { appLinks } from '../lib/app-links.js';
import { unauthorized } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';
import { zaloEventLog } from '../zalo/events.js';
import { zaloText } from '../zalo/format.js';
import { checkSignature } from '../zalo/signature.js';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

const event = z
  .object({
    app_id: z.string().optional(),
    event_name: z.string(),
    timestamp: z.union([z.string(), z.number()]),
    sender: z.object({ id: z.string() }).partial().optional(),
    message: z.object({ msg_id: z.string().optional(), text: z.string().optional() }).partial().optional(),
  })
  .loose();

export default async function zaloWebhookRoutes(app: FastifyInstance, opts: { config: Config }) {
  const { config } = opts;
  const log = zaloEventLog(app.store);
  await log.ensureIndex();
  // The one OA client (zalo plugin): refreshing token store.
  const client = app.zalo.oa;
  // Links in replies open the right mini app screen (hash route, or Zalo's ?to= when published).
  const links = appLinks(config);

  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      req.rawBody = body as string;
      try {
        done(null, JSON.parse(body as string));
      } catch {
        const err = new Error('invalid json') as Error & { statusCode: number; code: string };
        err.statusCode = 400;
        err.code = 'FST_ERR_CTP_INVALID_JSON_BODY';
        done(err, undefined);
      }
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/webhooks/zalo-oa',
      {
        config: { rateLimit: { max: config.ZALO_WEBHOOK_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
        schema: {
          tags: ['Zalo'],
          summary: 'Sự kiện từ Zalo Official Account (có kiểm tra chữ ký X-ZEvent-Signature)',
          body: event,
          response: { 200: z.object({ ok: z.boolean(), handled: z.enum(['replied', 'duplicate', 'ignored']) }) },
        },
      },
      async (req) => {
        if (!config.ZALO_APP_ID || !config.ZALO_OA_SECRET_KEY) throw unauthorized('Webhook Zalo OA chưa được cấu hình.');
        const body = req.body;
        const check = checkSignature({
          header: req.headers['x-zevent-signature'] as string | undefined,
          rawBody: req.rawBody ?? '',
          timestamp: body.timestamp,
          appId: config.ZALO_APP_ID,
          secretKey: config.ZALO_OA_SECRET_KEY,
        });
        if (!check.ok) {
          req.log.warn({ reason: check.reason, event: body.event_name }, 'zalo webhook rejected');
          throw unauthorized('Chữ ký sự kiện Zalo không hợp lệ.');
        }
        if (body.event_name !== 'user_send_text') return { ok: true, handled: 'ignored' as const };
        const userId = body.sender?.id;
        const text = body.message?.text?.trim();
        const msgId = body.message?.msg_id;
        if (!userId || !text || !msgId) return { ok: true, handled: 'ignored' as const };
        if (!(await log.claim(msgId, body.event_name))) return { ok: true, handled: 'duplicate' as const };
        try {
          const { reply } = app.usage.chatted(text, await app.chat.handle(`zalo:${userId}`, text.slice(0, CHAT_TEXT_MAX)));
          if (!client) throw new Error('Zalo OA client not configured (ZALO_APP_ID, ZALO_APP_SECRET)');
          for (const part of zaloText(reply, links)) await client.sendText(userId, part);
        } catch (err) {
          // Let Zalo's retry be answered: forget the claim, answer 5xx.
          await log.release(msgId);
          req.log.error({ err: { message: (err as Error).message } }, 'zalo reply failed');
          throw err;
        }
        return { ok: true, handled: 'replied' as const };
      },
    );
  });
}
