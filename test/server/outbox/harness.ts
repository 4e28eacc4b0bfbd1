// Feedback service + outbox on an in-memory store with the repository's content and a clock
// the test moves, so retries and lease expiry are exact and quick.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { calendarRepository } from '../../../server/src/calendar/calendar.repository.js';
import { contentRepository } from '../../../server/src/content/content.repository.js';
import { loadContent } from '../../../server/src/content/loader.js';
import { syncContent } from '../../../server/src/content/sync.js';
import { registerFeedbackDeliveries } from '../../../server/src/feedback/feedback.deliveries.js';
import { feedbackRepository } from '../../../server/src/feedback/feedback.repository.js';
import { createFeedbackService } from '../../../server/src/feedback/feedback.service.js';
import { diskStorage } from '../../../server/src/feedback/uploads/storage.js';
import { emailSender } from '../../../server/src/outbox/channels/email.js';
import type { Channel } from '../../../server/src/outbox/channels/types.js';
import { webhookSender } from '../../../server/src/outbox/channels/webhook.js';
import { zaloSender } from '../../../server/src/outbox/channels/zalo.js';
import { deliveriesRepository } from '../../../server/src/outbox/deliveries.repository.js';
import { createOutbox, type OutboxOptions } from '../../../server/src/outbox/outbox.js';
import { createStore } from '../../../server/src/store/index.js';
import type { Store } from '../../../server/src/store/port.js';
import { ZaloOaClient } from '../../../server/src/zalo/oa-client.js';
import { zaloTokenStore } from '../../../server/src/zalo/token-store.js';

const noop = () => {};
const silent = {
  info: noop,
  warn: noop,
  error: noop,
  debug: noop,
  trace: noop,
  fatal: noop,
  level: 'silent',
  child: () => silent,
} as unknown as FastifyBaseLogger;

export const CONTENT = path.resolve(import.meta.dirname, '../../../content');

export async function harness(opts: {
  channels: Channel[];
  smtpUrl?: string;
  zaloBase?: string;
  secret?: string;
  store?: Store;
  options?: Partial<OutboxOptions>;
}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-outbox-'));
  const store = opts.store ?? (await createStore({ dataDir: dir }));
  const { content } = await loadContent(CONTENT);
  await syncContent(store, content!);
  // The unit every Hòa An civil-status case goes to gets the channels under test.
  await store.collection('handling_units').updateOne({ _id: 'tu-phap-hoa-an' }, { $set: { channels: opts.channels } });
  const repo = feedbackRepository(store);
  await repo.ensureIndexes();
  const clock = { now: new Date('2026-04-24T09:00:00+07:00') };
  const now = () => clock.now;
  const email = emailSender({ smtpUrl: opts.smtpUrl, from: 'CCHC <no-reply@cchc.invalid>', timeoutMs: 5000 });
  const deliveries = deliveriesRepository(store);
  await deliveries.ensureIndexes();
  // The one OA client, here with a static token (no refresh configured).
  const oa = new ZaloOaClient({
    apiBase: opts.zaloBase ?? 'http://127.0.0.1:9',
    oauthBase: 'http://127.0.0.1:9',
    staticToken: 'zalo-test-token',
    tokens: zaloTokenStore(store),
    timeoutMs: 5000,
  });
  const makeOutbox = () => {
    const o = createOutbox({
      repo: deliveries,
      log: silent,
      now,
      options: { pollMs: 50, leaseMs: 60_000, retryBaseMs: 5000, maxAttempts: 8, ...opts.options },
      senders: {
        email: email.send,
        webhook: webhookSender({ timeoutMs: 5000, secret: (name) => (name === 'HOOK_SECRET' ? opts.secret : undefined) }),
        zalo: zaloSender({ client: () => oa }),
      },
    });
    registerFeedbackDeliveries(o, { repo, content: contentRepository(store), links: {}, now });
    return o;
  };
  const outbox = makeOutbox();
  const service = createFeedbackService({
    store,
    repo,
    calendar: calendarRepository(store),
    uploads: diskStorage('/nonexistent'),
    minFillMs: 0,
    now,
  });
  /** Runs the worker until nothing is due at the current clock. */
  const drain = async (o = outbox) => {
    let n = 0;
    while (await o.processOne()) n++;
    return n;
  };
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return {
    store,
    repo,
    service,
    outbox,
    makeOutbox,
    drain,
    advance,
    clock,
    close: async () => {
      email.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
