// Usage figures as one app plugin: the in-memory counter (flushed every few seconds and on
// close), the one-line hooks other routes call (app.usage.*), and the beacon the mini app sends
// on start and on a hotline tap. Nothing here records who: no IP, no device id, no user id.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../lib/zod-vi.js';
import { createUsageCounter, type UsageCounter } from './counter.js';
import { type UsageRepository, usageRepository } from './usage.repository.js';

export interface UsageHooks {
  counter: UsageCounter;
  repo: UsageRepository;
  /** Counts one event (the unit when the caller knows it). */
  count: UsageCounter['count'];
  /** A search: counted (first page only), and a zero-result query becomes a content gap. Returns the result. */
  searched<R extends { total: number }>(query: { q: string; offset?: number }, result: R): R;
  /** A chat turn counted by its reply kind; fallback/decline turns become content gaps. Returns the reply. */
  chatted<R extends { reply: { kind: string } }>(text: string, result: R): R;
  /** A current admin unit code, or "" for anything else (keeps the counters' units bounded). */
  knownUnit(code: string | undefined): Promise<string>;
}

declare module 'fastify' {
  interface FastifyInstance {
    usage: UsageHooks;
  }
}

export interface UsagePluginOptions {
  /** How often the in-memory sums are written (default 5 s). */
  flushMs?: number;
  beaconRateMax?: number;
}

/** Events a client may report; the rest are counted by the server itself. */
export const BEACON_EVENTS = ['app_open', 'hotline_tap', 'survey_open'] as const;
const UNANSWERED = new Set(['fallback', 'decline']);

export const beaconBody = z.preprocess(
  // navigator.sendBeacon sends a string as text/plain (no CORS preflight from the Zalo host).
  (v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  },
  z.strictObject({
    event: z.enum(BEACON_EVENTS, { error: 'Sự kiện không hợp lệ.' }),
    unit: z.string().trim().max(40, 'Mã đơn vị dài tối đa 40 ký tự.').optional(),
  }),
);

async function usagePlugin(app: FastifyInstance, opts: UsagePluginOptions) {
  const repo = usageRepository(app.store);
  await repo.ensureIndexes();
  const counter = createUsageCounter(repo, { flushMs: opts.flushMs ?? 5_000 });
  const content = app.contentRepo;
  let units: { at: number; codes: Set<string> } | null = null;

  const hooks: UsageHooks = {
    counter,
    repo,
    count: (event, unit, n) => counter.count(event, unit, n),
    searched(query, result) {
      if (query.q && !query.offset) {
        counter.count('search');
        if (result.total === 0) {
          counter.count('search_zero');
          counter.gap('search', query.q);
        }
      }
      return result;
    },
    chatted(text, result) {
      const kind = result.reply.kind;
      if (/^[a-z]{1,20}$/.test(kind)) counter.count(`chat_${kind}`);
      if (UNANSWERED.has(kind)) counter.gap('chat', text);
      return result;
    },
    async knownUnit(code) {
      if (!code) return '';
      if (!units || Date.now() - units.at > 60_000) {
        units = { at: Date.now(), codes: new Set((await content.units()).map((u) => String(u.code))) };
      }
      return units.codes.has(code) ? code : '';
    },
  };
  app.decorate('usage', hooks);
  counter.start();
  app.addHook('onClose', async () => {
    try {
      await counter.stop();
    } catch (err) {
      app.log.warn({ err: { message: (err as Error).message } }, 'usage counters could not be written on close');
    }
  });

  await app.register(async (scope) => {
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/usage/beacon',
      {
        config: { rateLimit: { max: opts.beaconRateMax ?? 120, timeWindow: '1 minute' } },
        bodyLimit: 1024,
        schema: {
          tags: ['Thống kê'],
          summary: 'Đếm một lượt mở mini app hoặc bấm gọi đường dây nóng (không ghi nhận ai bấm)',
          body: beaconBody,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        counter.count(req.body.event, await hooks.knownUnit(req.body.unit));
        return reply.code(204).send(null);
      },
    );
  });
}

export default fp(usagePlugin, { name: 'usage', dependencies: ['store', 'content'] });
