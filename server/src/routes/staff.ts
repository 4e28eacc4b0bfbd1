// The staff console API (/api/staff/**) and the citizen's rating of an answer. The staff scope
// has its own cookie parser, session lookup and CSRF guard; nothing outside it sees the cookie.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { calendarRepository } from '../calendar/calendar.repository.js';
import type { Config } from '../config.js';
import { feedbackRepository } from '../feedback/feedback.repository.js';
import { diskStorage, gridfsStorage, type UploadStorage } from '../feedback/uploads/storage.js';
import reportsRoutes from '../reports/reports.routes.js';
import { auditLog } from '../staff/audit.js';
import { registerStaffAuth } from '../staff/auth.js';
import type { StaffContext } from '../staff/context.js';
import { loginLimiter } from '../staff/login-limit.js';
import { citizenNotifier } from '../staff/notify.js';
import authRoutes from '../staff/routes/auth.routes.js';
import citizenRatingRoutes from '../staff/routes/citizen.routes.js';
import contentRoutes from '../staff/routes/content.routes.js';
import staffFeedbackRoutes from '../staff/routes/feedback.routes.js';
import localRoutes from '../staff/routes/local.routes.js';
import settingsRoutes from '../staff/routes/settings.routes.js';
import { staffRepository } from '../staff/staff.repository.js';

export interface StaffRoutesOptions {
  config: Config;
  /** Zalo OA access token for citizen notifications; defaults to ZALO_OA_ACCESS_TOKEN. */
  zaloAccessToken?: () => Promise<string | undefined>;
  now?: () => Date;
}

export default async function staffRoutes(app: FastifyInstance, opts: StaffRoutesOptions) {
  const { config } = opts;
  const { store } = app;
  const now = opts.now ?? (() => new Date());
  const staff = staffRepository(store, now);
  await staff.ensureIndexes();

  // Read access to the photos the feedback module stored (same place it writes them).
  let photos: UploadStorage | null = null;
  const storage = () => {
    photos ??=
      store.kind === 'mongodb' && config.MONGODB_URI
        ? gridfsStorage(config.MONGODB_URI, config.MONGODB_DB)
        : diskStorage(path.resolve(config.DATA_DIR, 'uploads'));
    return photos;
  };
  app.addHook('onClose', async () => photos?.close());

  const ctx: StaffContext = {
    store,
    config,
    staff,
    audit: auditLog(store, now),
    feedback: feedbackRepository(store),
    service: app.feedback.service,
    outbox: app.feedback.outbox,
    calendar: calendarRepository(store),
    limiter: loginLimiter(store, {
      windowMs: config.STAFF_LOGIN_WINDOW_MINUTES * 60_000,
      maxPerIp: config.STAFF_LOGIN_MAX_PER_IP,
      maxPerUser: config.STAFF_LOGIN_MAX_PER_USER,
    }),
    notifier: citizenNotifier(
      store,
      {
        baseUrl: config.ZALO_OA_API_BASE,
        accessToken: opts.zaloAccessToken ?? (() => config.ZALO_OA_ACCESS_TOKEN),
        publicUrl: config.PUBLIC_URL,
        timeoutMs: Math.min(config.OUTBOX_SEND_TIMEOUT_MS, 10_000),
      },
      now,
    ),
    procedureName: (code) => app.catalog.get(code)?.name ?? null,
    readPhoto: (id) => storage().read(id),
    now,
  };

  await app.register(async (scope) => {
    await registerStaffAuth(scope, { config, repo: staff });
    await scope.register(authRoutes, { ctx });
    await scope.register(staffFeedbackRoutes, { ctx });
    await scope.register(contentRoutes, { ctx });
    await scope.register(settingsRoutes, { ctx });
    await scope.register(reportsRoutes, { config });
  });
  await app.register(citizenRatingRoutes, { ctx });
  await app.register(localRoutes, { ctx });

  const purge = setInterval(() => {
    staff.purgeExpiredSessions().catch((err) => app.log.warn({ err: { message: (err as Error).message } }, 'session purge failed'));
  }, 3600_000);
  purge.unref();
  app.addHook('onClose', async () => clearInterval(purge));
}
