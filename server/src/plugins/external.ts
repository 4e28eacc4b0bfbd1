// Third-party plugins, registered first: security headers, CORS, rate limit, OpenAPI.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config.js';

/** The Zalo Mini App runtime serves apps from this origin. */
export const ZALO_MINI_APP_ORIGIN = 'https://h5.zdn.vn';

async function externalPlugins(app: FastifyInstance, opts: { config: Config }) {
  const { config } = opts;
  const security = securityHeaders({
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(security);
    done();
  });
  const allowed = new Set([ZALO_MINI_APP_ORIGIN, ...config.CORS_ORIGINS]);
  await app.register(cors, {
    origin: (origin, cb) => cb(null, !origin || allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'X-Requested-With'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: true,
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW,
    // Loopback load tests and health probes are not throttled.
    allowList: (req) => req.url === '/healthz' || req.url === '/readyz',
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'CCHC trên Zalo — API',
        description: 'Tra cứu thủ tục hành chính, đường dây nóng, hướng dẫn dịch vụ công; gửi và theo dõi phản ánh, kiến nghị.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
}

/**
 * Helmet's headers, computed once. @fastify/helmet rebuilds them on every request (CSP parsing
 * included), which cost about a tenth of the CPU of a search request; without nonces they never change.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, res as never, () => {});
  return headers;
}

export default fp(externalPlugins, { name: 'external' });
