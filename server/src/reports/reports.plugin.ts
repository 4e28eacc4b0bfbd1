// Reports as one app plugin: the service (app.reports) over the feedback, usage, survey and
// content repositories. Its staff routes (reports.routes.ts) live in the staff scope, which owns
// the session cookie and the CSRF guard.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { calendarRepository } from '../calendar/calendar.repository.js';
import { reportsRepository } from './reports.repository.js';
import { type ReportsService, reportsService } from './reports.service.js';

declare module 'fastify' {
  interface FastifyInstance {
    reports: ReportsService;
  }
}

async function reportsPlugin(app: FastifyInstance, opts: { now?: () => Date }) {
  app.decorate(
    'reports',
    reportsService({
      repo: reportsRepository(app.store),
      calendar: calendarRepository(app.store),
      catalog: () => app.catalog,
      now: opts.now,
    }),
  );
}

export default fp(reportsPlugin, { name: 'reports', dependencies: ['store', 'content', 'feedback', 'usage', 'survey'] });
