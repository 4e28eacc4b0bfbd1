// Third-party plugins, registered first: security headers, CORS, rate limit, OpenAPI.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';

/** The Zalo Mini App runtime serves apps from this origin. */
export const ZALO_MINI_APP_ORIGIN = 'https://h5.zdn.vn';

async function externalPlugins(app: FastifyInstance, opts: { config: Config }) {
  const { config } = opts;
  await app.register(helmet, {
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

export default fp(externalPlugins, { name: 'external' });
