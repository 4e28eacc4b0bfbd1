// The staff console API (/api/staff/**) as one app plugin: it works on feedback through the
// feedback plugin (service, repository, outbox, photos) and on content through the content
// repository. The staff scope has its own cookie parser, session lookup and CSRF guard; nothing
// outside it sees the cookie. A new permission: staff/staff.types.ts (ROLES) and access.ts.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { calendarRepository } from '../calendar/calendar.repository.js';
import type { Config } from '../config.js';
import reportsRoutes from '../reports/reports.routes.js';
import { auditLog } from './audit.js';
import { registerStaffAuth } from './auth.js';
import type { StaffContext } from './context.js';
import { loginLimiter } from './login-limit.js';
import authRoutes from './routes/auth.routes.js';
import contentRoutes from './routes/content.routes.js';
import staffFeedbackRoutes from './routes/feedback.routes.js';
import localRoutes from './routes/local.routes.js';
import settingsRoutes from './routes/settings.routes.js';
import { staffRepository } from './staff.repository.js';

export interface StaffRoutesOptions {
  config: Config;
  now?: () => Date;
}

async function staffPlugin(app: FastifyInstance, opts: StaffRoutesOptions) {
  const { config } = opts;
  const { store } = app;
  const now = opts.now ?? (() => new Date());
  const staff = staffRepository(store, now);
  await staff.ensureIndexes();

  const ctx: StaffContext = {
    store,
    config,
    staff,
    audit: auditLog(store, now),
    feedback: app.feedback.repo,
    service: app.feedback.service,
    outbox: app.feedback.outbox,
    calendar: calendarRepository(store),
    limiter: loginLimiter(store, {
      windowMs: config.STAFF_LOGIN_WINDOW_MINUTES * 60_000,
      maxPerIp: config.STAFF_LOGIN_MAX_PER_IP,
      maxPerUser: config.STAFF_LOGIN_MAX_PER_USER,
    }),
    content: app.contentRepo,
    procedureName: (code) => app.catalog.get(code)?.name ?? null,
    readPhoto: (id) => app.feedback.readPhoto(id),
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
  await app.register(localRoutes, { ctx });

  const purge = setInterval(() => {
    staff.purgeExpiredSessions().catch((err) => app.log.warn({ err: { message: (err as Error).message } }, 'session purge failed'));
  }, 3600_000);
  purge.unref();
  app.addHook('onClose', async () => clearInterval(purge));
}

export default fp(staffPlugin, { name: 'staff', dependencies: ['store', 'content', 'feedback', 'outbox', 'reports'] });
