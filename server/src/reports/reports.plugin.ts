// Reports as one app plugin: the service (app.reports) over the feedback, usage, survey and
// content repositories. Its staff routes (reports.routes.ts) live in the staff scope, which owns
// the session cookie and the CSRF guard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/** Chart.js's browser build from node_modules, served by us: the console loads nothing from a CDN. */
const CHART_JS = path.join(path.dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');

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
  let chartJs: Buffer | null = null;
  app.get('/console/vendor/chart.umd.min.js', { schema: { hide: true } }, (_req, reply) => {
    chartJs ??= readFileSync(CHART_JS);
    return reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(chartJs);
  });
}

export default fp(reportsPlugin, { name: 'reports', dependencies: ['store', 'content', 'feedback', 'usage', 'survey'] });
