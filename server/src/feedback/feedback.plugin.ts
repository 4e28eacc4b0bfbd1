// Feedback as one app plugin: repository, upload storage, the service, the citizen routes
// (intake, tracking, erase, public answers, rating, photo uploads), what it sends through the
// outbox (feedback.deliveries.ts), and the retention job. The staff console works on it through
// app.feedback (staff/staff.plugin.ts).
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { calendarRepository } from '../calendar/calendar.repository.js';
import type { Config } from '../config.js';
import type { Outbox } from '../outbox/outbox.js';
import { registerFeedbackDeliveries } from './feedback.deliveries.js';
import { type FeedbackRepository, feedbackRepository } from './feedback.repository.js';
import feedbackRoutes from './feedback.routes.js';
import { createFeedbackService, type FeedbackService } from './feedback.service.js';
import ratingRoutes from './rating.routes.js';
import { diskStorage, gridfsStorage } from './uploads/storage.js';
import uploadRoutes from './uploads/uploads.routes.js';
import { uploadLimitsFrom, uploadsService } from './uploads/uploads.service.js';

export interface FeedbackPluginOptions {
  config: Config;
}

declare module 'fastify' {
  interface FastifyInstance {
    feedback: {
      repo: FeedbackRepository;
      service: FeedbackService;
      outbox: Outbox;
      uploads: ReturnType<typeof uploadsService>;
      /** FEEDBACK_MIN_FILL_MS: the form token must be this old (0 = no token needed). */
      minFillMs: number;
      runRetention(): Promise<{ anonymised: number; orphanPhotos: number }>;
      /** Staff action on a dead delivery: send it again (only that channel). */
      retryDelivery(id: string, by: string): Promise<boolean>;
      /** A stored photo and its type (null when gone, e.g. erased with the personal data). */
      readPhoto(id: string): Promise<{ data: Buffer; type: string } | null>;
    };
  }
}

const RETENTION_EVERY_MS = 6 * 3600_000;

async function feedbackPlugin(app: FastifyInstance, opts: FeedbackPluginOptions) {
  const { config } = opts;
  const { store } = app;
  const repo = feedbackRepository(store);
  await repo.ensureIndexes();

  const onDisk = !(store.kind === 'mongodb' && config.MONGODB_URI);
  const uploadDir = path.resolve(config.DATA_DIR, 'uploads');
  const storage = onDisk ? diskStorage(uploadDir) : gridfsStorage(config.MONGODB_URI!, config.MONGODB_DB);
  // The store's directory shares the disk: uploads stop well before a full disk makes it fail.
  const uploads = uploadsService(repo, storage, { ...uploadLimitsFrom(config), diskDir: onDisk ? path.resolve(config.DATA_DIR) : null });

  const { outbox } = app;
  registerFeedbackDeliveries(outbox, { repo, content: app.contentRepo, links: config, now: () => new Date() });

  const service = createFeedbackService({
    store,
    content: app.contentRepo,
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
    repo,
    service,
    outbox,
    uploads,
    minFillMs: config.FEEDBACK_MIN_FILL_MS,
    runRetention,
    retryDelivery: (id: string, by: string) => outbox.retryDelivery(id, by),
    readPhoto: (id: string) => uploads.read(id),
  });

  // Citizen routes: intake, tracking, erase, public answers (feedback.routes.ts), rating, photo uploads.
  await app.register(feedbackRoutes, { ipMax: config.FEEDBACK_RATE_IP_MAX, phoneMax: config.FEEDBACK_RATE_PHONE_MAX });
  await app.register(ratingRoutes);
  await app.register(uploadRoutes);

  // Deliveries a status move wrote but a crash kept from the outbox (feedback.service.ts materialize).
  const recover = setTimeout(() => {
    service
      .recoverPendingDeliveries()
      .catch((err) => app.log.error({ err: { message: (err as Error).message } }, 'pending deliveries not recovered'));
  }, 0);
  recover.unref();
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
    clearTimeout(recover);
    await storage.close();
  });
}

export default fp(feedbackPlugin, { name: 'feedback', dependencies: ['store', 'content', 'outbox'] });
