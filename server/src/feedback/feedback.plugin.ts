// Feedback intake and delivery as one app plugin: repository, upload storage, the service and
// the outbox worker (started here, stopped on close), and the retention job.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { calendarRepository } from '../calendar/calendar.repository.js';
import type { Config } from '../config.js';
import { handlingUnitSchema } from '../content/schemas.js';
import { emailSender } from '../outbox/channels/email.js';
import { webhookSender } from '../outbox/channels/webhook.js';
import { zaloSender } from '../outbox/channels/zalo.js';
import { composeMessage } from '../outbox/message.js';
import { createOutbox, type Outbox } from '../outbox/outbox.js';
import { feedbackRepository } from './feedback.repository.js';
import { createFeedbackService, type FeedbackService } from './feedback.service.js';
import { diskStorage, gridfsStorage } from './uploads/storage.js';
import { uploadLimitsFrom, uploadsService } from './uploads/uploads.service.js';

export interface FeedbackPluginOptions {
  config: Config;
  /** Secrets for webhook channels by env name; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Zalo OA access token provider; defaults to ZALO_OA_ACCESS_TOKEN. */
  zaloAccessToken?: () => Promise<string | undefined>;
}

declare module 'fastify' {
  interface FastifyInstance {
    feedback: {
      service: FeedbackService;
      outbox: Outbox;
      uploads: ReturnType<typeof uploadsService>;
      /** FEEDBACK_MIN_FILL_MS: the form token must be this old (0 = no token needed). */
      minFillMs: number;
      runRetention(): Promise<{ anonymised: number; orphanPhotos: number }>;
      /** Staff action on a dead delivery: send it again (only that channel). */
      retryDelivery(id: string, by: string): Promise<boolean>;
    };
  }
}

const RETENTION_EVERY_MS = 6 * 3600_000;

async function feedbackPlugin(app: FastifyInstance, opts: FeedbackPluginOptions) {
  const { config } = opts;
  const { store } = app;
  const env = opts.env ?? process.env;
  const repo = feedbackRepository(store);
  await repo.ensureIndexes();

  const onDisk = !(store.kind === 'mongodb' && config.MONGODB_URI);
  const uploadDir = path.resolve(config.DATA_DIR, 'uploads');
  const storage = onDisk ? diskStorage(uploadDir) : gridfsStorage(config.MONGODB_URI!, config.MONGODB_DB);
  // The store's directory shares the disk: uploads stop well before a full disk makes it fail.
  const uploads = uploadsService(store, storage, { ...uploadLimitsFrom(config), diskDir: onDisk ? path.resolve(config.DATA_DIR) : null });

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
      zalo: zaloSender({
        baseUrl: config.ZALO_OA_API_BASE,
        timeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
        accessToken: opts.zaloAccessToken ?? (async () => config.ZALO_OA_ACCESS_TOKEN),
      }),
    },
    async compose(delivery, fb) {
      const [unitDoc, commune, field] = await Promise.all([
        store.collection('handling_units').findOne({ _id: delivery.unitId }),
        store.collection('admin_units').findOne({ _id: fb.communeCode }),
        fb.field ? store.collection('fields').findOne({ _id: fb.field }) : null,
      ]);
      const unit = unitDoc ? handlingUnitSchema.parse(unitDoc) : { id: delivery.unitId, name: delivery.unitId, unitCode: '', channels: [] };
      return composeMessage(delivery._id, fb, {
        unit,
        communeName: (commune?.name as string) ?? null,
        fieldName: (field?.name as string) ?? null,
        publicUrl: config.PUBLIC_URL,
      });
    },
  });

  const service = createFeedbackService({
    store,
    repo,
    calendar: calendarRepository(store),
    uploads: storage,
    minFillMs: config.FEEDBACK_MIN_FILL_MS,
    onDeliveriesQueued: () => outbox.kick(),
  });

  const orphanMs = config.UPLOAD_ORPHAN_HOURS * 3600_000;
  const runRetention = async () => ({
    anonymised: await service.anonymiseExpired(config.FEEDBACK_RETENTION_MONTHS),
    orphanPhotos: await uploads.removeOrphans(orphanMs),
  });
  app.decorate('feedback', {
    service,
    outbox,
    uploads,
    minFillMs: config.FEEDBACK_MIN_FILL_MS,
    runRetention,
    retryDelivery: (id: string, by: string) => outbox.retryDelivery(id, by),
  });

  if (config.OUTBOX_ENABLED) outbox.start();
  const retain = () => {
    runRetention().catch((err) => app.log.error({ err: { message: (err as Error).message } }, 'retention job failed'));
  };
  // Every few hours, and once shortly after start (not during boot, to keep start-up quick).
  const retention = setInterval(retain, RETENTION_EVERY_MS);
  retention.unref();
  // Photos never attached are removed within hours, not days: checked every tenth of their lifetime.
  const orphans = setInterval(
    () => {
      uploads
        .removeOrphans(orphanMs)
        .catch((err) => app.log.error({ err: { message: (err as Error).message } }, 'orphan photo cleanup failed'));
    },
    Math.max(60_000, orphanMs / 10),
  );
  orphans.unref();
  const firstRetention = setTimeout(retain, 60_000);
  firstRetention.unref();

  app.addHook('onClose', async () => {
    clearInterval(retention);
    clearInterval(orphans);
    clearTimeout(firstRetention);
    await outbox.stop();
    email.close();
    await storage.close();
  });
}

export default fp(feedbackPlugin, { name: 'feedback', dependencies: ['store', 'content'] });
