// Zalo as one app plugin: the one OA client (token store in the store: the access token is
// refreshed and the rotated refresh token saved every time), used by the outbox's Zalo channel,
// by the citizen's "answered" notice (through the outbox) and by the chatbot's OA replies.
// The client exists when refresh is configured (ZALO_APP_ID + ZALO_APP_SECRET) or a static
// ZALO_OA_ACCESS_TOKEN is set; the static token is used only while no refreshed one is stored.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { ZaloOaClient } from './oa-client.js';
import { zaloTokenStore } from './token-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    zalo: {
      /** The OA API client; null when Zalo OA is not configured. */
      oa: ZaloOaClient | null;
    };
  }
}

export function oaClientFrom(app: FastifyInstance, config: Config): ZaloOaClient | null {
  const refresh = !!(config.ZALO_APP_ID && config.ZALO_APP_SECRET);
  if (!refresh && !config.ZALO_OA_ACCESS_TOKEN) return null;
  return new ZaloOaClient({
    apiBase: config.ZALO_OA_API_BASE,
    oauthBase: config.ZALO_OAUTH_BASE,
    appId: config.ZALO_APP_ID,
    appSecret: config.ZALO_APP_SECRET,
    staticToken: config.ZALO_OA_ACCESS_TOKEN,
    tokens: zaloTokenStore(app.store, config.ZALO_OA_REFRESH_TOKEN),
    timeoutMs: Math.min(config.OUTBOX_SEND_TIMEOUT_MS, 10_000),
  });
}

async function zaloPlugin(app: FastifyInstance, opts: { config: Config }) {
  app.decorate('zalo', { oa: oaClientFrom(app, opts.config) });
}

export default fp(zaloPlugin, { name: 'zalo', dependencies: ['store'] });
