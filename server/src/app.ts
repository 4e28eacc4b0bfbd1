// The whole application as one Fastify plugin: external plugins → app plugins → routes.
// server.ts runs it as a process; tests register the same plugin and use inject().
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyPluginOptions, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { legacyAppRedirect } from './lib/app-links.js';
import './lib/zod-vi.js';
import feedbackPlugin from './feedback/feedback.plugin.js';
import outboxPlugin from './outbox/outbox.plugin.js';
import contentPlugin from './plugins/content.js';
import errorsPlugin, { sendProblem } from './plugins/errors.js';
import externalPlugins from './plugins/external.js';
import guards from './plugins/guards.js';
import storePlugin from './plugins/store.js';
import reportsPlugin from './reports/reports.plugin.js';
import chatRoutes from './routes/chat.js';
import contentRoutes from './routes/content.js';
import healthRoutes from './routes/health.js';
import open311Routes from './routes/open311.js';
import procedureRoutes from './routes/procedures.js';
import zaloPhoneRoutes from './routes/zalo-phone.js';
import zaloWebhookRoutes from './routes/zalo-webhook.js';
import staffPlugin from './staff/staff.plugin.js';
import type { Store } from './store/port.js';
import surveyPlugin from './survey/survey.plugin.js';
import usagePlugin from './usage/usage.plugin.js';
import zaloPlugin from './zalo/zalo.plugin.js';

export interface AppOptions {
  config: Config;
  /** A store opened by the caller (tests); otherwise the app opens one from config. */
  store?: Store;
}

async function appPlugin(fastify: FastifyInstance, opts: AppOptions) {
  const { config } = opts;
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);

  // Infrastructure.
  await fastify.register(errorsPlugin);
  await fastify.register(externalPlugins, { config });
  await fastify.register(guards);
  await fastify.register(storePlugin, { config, store: opts.store });
  // Domain modules (docs/architecture.md): each a named plugin that declares what it needs.
  await fastify.register(contentPlugin, { config }); // content ← store
  await fastify.register(zaloPlugin, { config }); // zalo ← store (one OA client, refreshing tokens)
  await fastify.register(outboxPlugin, { config }); // outbox ← store, zalo
  await fastify.register(feedbackPlugin, { config }); // feedback ← store, content, outbox
  await fastify.register(usagePlugin);
  await fastify.register(surveyPlugin);
  await fastify.register(reportsPlugin);
  // Public read API and health.
  await fastify.register(healthRoutes);
  await fastify.register(procedureRoutes);
  await fastify.register(contentRoutes);
  await fastify.register(staffPlugin, { config }); // staff ← feedback, outbox, content, reports
  await fastify.register(module(open311Routes, 'open311', ['feedback', 'content']), { config });
  await fastify.register(chatRoutes, { config }); // chat ← content, feedback, usage
  await fastify.register(module(zaloWebhookRoutes, 'zalo-webhook', ['zalo', 'chat', 'usage']), { config });
  await fastify.register(module(zaloPhoneRoutes, 'zalo-phone', ['zalo']), { config });

  await registerStatic(fastify, config);

  fastify.setNotFoundHandler({ preHandler: fastify.rateLimit() }, (request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    // Links sent before the app routed by hash open the same screen.
    const legacy = request.method === 'GET' ? legacyAppRedirect(request.url) : null;
    if (legacy) return reply.redirect(legacy, 301);
    // Deep links inside the single-page apps fall back to their index.html.
    if (request.method === 'GET' && url.startsWith('/app/') && existsSync(path.join(config.MINI_APP_DIR, 'index.html'))) {
      return reply.sendFile('index.html', config.MINI_APP_DIR);
    }
    return sendProblem(reply, { status: 404, title: 'Không tìm thấy', detail: `Không có địa chỉ ${request.method} ${url}.` });
  });
}

/** A route module as a named, encapsulated plugin: Fastify refuses to start when what it uses is missing. */
function module<O extends FastifyPluginOptions>(plugin: FastifyPluginAsync<O>, name: string, dependencies: string[]) {
  return fp(plugin, { name, dependencies, encapsulate: true });
}

/** Not encapsulated: the process and tests see app.store, app.catalog and the other decorations. */
export const app = fp(appPlugin, { name: 'cchc-app' });

async function registerStatic(fastify: FastifyInstance, config: Config) {
  const consoleDir = config.CONSOLE_DIR;
  if (existsSync(config.MINI_APP_DIR)) {
    await fastify.register(fastifyStatic, { root: config.MINI_APP_DIR, prefix: '/app/', decorateReply: true, maxAge: '1h' });
    fastify.get('/app', { schema: { hide: true } }, (_req, reply) => reply.redirect('/app/'));
  }
  if (existsSync(consoleDir)) {
    await fastify.register(fastifyStatic, { root: consoleDir, prefix: '/console/', decorateReply: !existsSync(config.MINI_APP_DIR) });
    fastify.get('/console', { schema: { hide: true } }, (_req, reply) => reply.redirect('/console/'));
  }
  fastify.get('/', { schema: { hide: true } }, (_req, reply) => reply.redirect(existsSync(config.MINI_APP_DIR) ? '/app/' : '/docs'));
}

/** Personal data never reaches the logs: requests are logged without query, body or cookies. */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'body', 'sender', 'phone', 'name', 'address'], remove: true },
    serializers: {
      req: (req) => ({ method: req.method, url: (req.url ?? '').split('?')[0], id: req.id }),
    },
  };
}

export async function buildApp(opts: AppOptions & { logger?: FastifyServerOptions['logger'] }): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: opts.logger ?? loggerOptions(opts.config),
    trustProxy: opts.config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    // Slow bodies are not held open forever (Fastify turns Node's request timeout off): a whole
    // request must arrive within REQUEST_TIMEOUT_MS (a 5 MB photo on a slow phone line fits),
    // an idle socket closes after CONNECTION_TIMEOUT_MS; checked every second, not every 30 s.
    requestTimeout: opts.config.REQUEST_TIMEOUT_MS,
    connectionTimeout: opts.config.CONNECTION_TIMEOUT_MS,
    http: { connectionsCheckingInterval: Math.min(1000, opts.config.REQUEST_TIMEOUT_MS) },
    // The first start imports the national records, which takes longer than the default 10 s.
    pluginTimeout: 300_000,
  });
  // Node enforces requestTimeout only while headersTimeout is not longer (Fastify sets the former late).
  fastify.server.headersTimeout = Math.min(fastify.server.headersTimeout, opts.config.REQUEST_TIMEOUT_MS);
  await fastify.register(app, opts);
  await fastify.ready();
  return fastify;
}
