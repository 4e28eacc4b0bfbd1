// The notification pipeline as one app plugin: the deliveries repository, the channel senders
// (SMTP e-mail, signed webhook, Zalo OA through the zalo plugin's refreshing client) and the
// worker, started once the app is ready (every module has registered its subject handlers by
// then) and stopped on close. Modules queue deliveries and register how to compose them.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { emailSender } from './channels/email.js';
import { webhookSender } from './channels/webhook.js';
import { zaloSender } from './channels/zalo.js';
import { deliveriesRepository } from './deliveries.repository.js';
import { createOutbox, type Outbox } from './outbox.js';

declare module 'fastify' {
  interface FastifyInstance {
    outbox: Outbox;
  }
}

export interface OutboxPluginOptions {
  config: Config;
  /** Secrets for webhook channels by env name; defaults to process.env. */
  env?: Record<string, string | undefined>;
}

async function outboxPlugin(app: FastifyInstance, opts: OutboxPluginOptions) {
  const { config } = opts;
  const env = opts.env ?? process.env;
  const repo = deliveriesRepository(app.store);
  await repo.ensureIndexes();
  const email = emailSender({ smtpUrl: config.SMTP_URL, from: config.SMTP_FROM, timeoutMs: config.OUTBOX_SEND_TIMEOUT_MS });
  const outbox = createOutbox({
    repo,
    log: app.log.child({ module: 'outbox' }),
    options: {
      pollMs: config.OUTBOX_POLL_MS,
      leaseMs: config.OUTBOX_LEASE_MS,
      retryBaseMs: config.OUTBOX_RETRY_BASE_MS,
      maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      perChannel: config.OUTBOX_PER_CHANNEL,
      perUnit: config.OUTBOX_PER_UNIT,
    },
    senders: {
      email: email.send,
      webhook: webhookSender({
        timeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
        secret: (name) => env[name],
        allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
      }),
      zalo: zaloSender({ client: () => app.zalo.oa }),
    },
  });
  app.decorate('outbox', outbox);
  if (config.OUTBOX_ENABLED) app.addHook('onReady', async () => outbox.start());
  app.addHook('onClose', async () => {
    await outbox.stop();
    email.close();
  });
}

export default fp(outboxPlugin, { name: 'outbox', dependencies: ['store', 'zalo'] });
