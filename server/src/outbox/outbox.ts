// The outbox: one pipeline for every outgoing message. A delivery (subject, channel) is written
// in the same atomic write as the change that causes it; this worker sends it. Each delivery is
// claimed with findOneAndUpdate and a lease, so two instances never hold the same delivery and a
// crashed instance's claim expires and is taken again. Delivery is therefore at-least-once;
// every message carries the delivery id (e-mail Message-ID, webhook header) so the receiver can
// recognise a repeat.
//
// The outbox knows nothing of feedback: the module that queues a subject type registers a
// handler that composes the message at send time (so erased data sends erased data) and hears
// the outcome (timeline events, status moves).
//
// Sends run in parallel, bounded per channel type (perChannel) and per group and channel
// (perUnit): a claim skips channels and groups already at their bound, so a hanging webhook of
// one unit holds at most perUnit sends and never delays another unit's e-mail.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { backoffMs } from './backoff.js';
import { type Channel, type ChannelSender, DeliveryError, type OutgoingMessage } from './channels/types.js';
import type { DeliveriesRepository, DeliveryDoc } from './deliveries.repository.js';

export interface OutboxOptions {
  pollMs: number;
  leaseMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  /** Sends in flight per channel type (e-mail, webhook, Zalo); default 8. */
  perChannel?: number;
  /** Sends in flight per group (handling unit, citizen) and channel type; default 2. */
  perUnit?: number;
}

export type Senders = { [T in Channel['type']]: ChannelSender<Extract<Channel, { type: T }>> };

export type DeliveryOutcome =
  | { type: 'delivered' }
  | { type: 'failed'; error: string; nextAttemptAt: string }
  | { type: 'dead'; error: string }
  | { type: 'retry'; by: string };

/** What the module behind a subject type provides. */
export interface SubjectHandler {
  /** The message, composed at send time; null = nothing to send any more (the subject is gone or erased). */
  compose(delivery: DeliveryDoc): Promise<OutgoingMessage | null>;
  onOutcome?(delivery: DeliveryDoc, outcome: DeliveryOutcome): Promise<void>;
}

export interface OutboxDeps {
  repo: DeliveriesRepository;
  senders: Senders;
  log: FastifyBaseLogger;
  options: OutboxOptions;
  now?: () => Date;
}

export type Outbox = ReturnType<typeof createOutbox>;

export const CHANNEL_LABEL: Record<Channel['type'], string> = { email: 'thư điện tử', webhook: 'webhook', zalo: 'Zalo OA' };

export function createOutbox(deps: OutboxDeps) {
  const { repo, options, log } = deps;
  const now = deps.now ?? (() => new Date());
  const handlers = new Map<string, SubjectHandler>();
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let loop: Promise<void> | null = null;
  let again = false;
  const perChannel = options.perChannel ?? 8;
  const perUnit = options.perUnit ?? 2;
  /** Sends in flight: `c\0<type>` per channel type, `u\0<group>\0<type>` per group and type. */
  const busy = new Map<string, number>();
  const inflight = new Set<Promise<void>>();
  const keysOf = (d: DeliveryDoc) => [`c\0${d.channel.type}`, `u\0${d.group}\0${d.channel.type}`];

  /** Deliveries this worker may not take now: their channel or group is at its bound. */
  function atBound(): Record<string, unknown> {
    const channels: string[] = [];
    const groups: Record<string, unknown>[] = [];
    for (const [key, n] of busy) {
      const [kind, a, b] = key.split('\0');
      if (kind === 'c' && n >= perChannel) channels.push(a!);
      if (kind === 'u' && n >= perUnit) groups.push({ group: a, 'channel.type': b });
    }
    return {
      ...(channels.length ? { 'channel.type': { $nin: channels } } : {}),
      ...(groups.length ? { $nor: groups } : {}),
    };
  }

  const leaseUpdate = (t: Date) => ({
    $set: { status: 'sending', leaseUntil: new Date(t.getTime() + options.leaseMs).toISOString(), leaseToken: randomUUID() },
    $inc: { attempts: 1 },
  });

  /** Takes the next due delivery (or one whose lease expired) and leases it to this caller. */
  async function claim(skip: Record<string, unknown> = {}): Promise<DeliveryDoc | null> {
    const t = now();
    const iso = t.toISOString();
    // Two simple filters rather than one $or, so both stores answer from the status index.
    return (
      (await repo.deliveries.findOneAndUpdate({ status: 'pending', nextAttemptAt: { $lte: iso }, ...skip }, leaseUpdate(t), {
        sort: { nextAttemptAt: 1 },
        returnDocument: 'after',
      })) ??
      (await repo.deliveries.findOneAndUpdate({ status: 'sending', leaseUntil: { $lte: iso }, ...skip }, leaseUpdate(t), {
        sort: { leaseUntil: 1 },
        returnDocument: 'after',
      }))
    );
  }

  async function outcome(d: DeliveryDoc, o: DeliveryOutcome) {
    await handlers.get(d.subject.type)?.onOutcome?.(d, o);
  }

  async function send(d: DeliveryDoc, message: OutgoingMessage) {
    const sentTo = [...(d.sentTo ?? [])];
    const ctx = {
      sentTo,
      markSent: async (r: string) => {
        sentTo.push(r);
        await repo.deliveries.updateOne({ _id: d._id, leaseToken: d.leaseToken }, { $addToSet: { sentTo: r } });
      },
    };
    const sender = deps.senders[d.channel.type] as ChannelSender;
    await sender(d.channel, message, ctx);
  }

  /** Sends one delivery if any is due. Returns false when there was nothing to do. */
  async function processOne(): Promise<boolean> {
    const d = await claim();
    if (!d) return false;
    await deliver(d);
    return true;
  }

  /** Sends a claimed delivery and records the outcome (only while it still holds the lease). */
  async function deliver(d: DeliveryDoc): Promise<void> {
    const handler = handlers.get(d.subject?.type);
    let message: OutgoingMessage | null;
    try {
      message = handler ? await handler.compose(d) : null;
    } catch (err) {
      await fail(d, err);
      return;
    }
    if (!message) {
      const lastError = handler ? 'không còn gì để gửi (nội dung đã bị xóa)' : `không có bộ soạn cho loại ${d.subject?.type}`;
      await repo.deliveries.updateOne({ _id: d._id, leaseToken: d.leaseToken }, { $set: { status: 'dead', lastError, leaseUntil: null } });
      return;
    }
    try {
      await send(d, message);
    } catch (err) {
      await fail(d, err);
      return;
    }
    const r = await repo.deliveries.updateOne(
      { _id: d._id, leaseToken: d.leaseToken },
      { $set: { status: 'delivered', deliveredAt: now().toISOString(), leaseUntil: null, lastError: null } },
    );
    // Lease lost (we were too slow and another instance re-sent it): that one records the outcome.
    if (r.matchedCount === 0) return;
    log.info({ deliveryId: d._id, channel: d.channel.type, attempt: d.attempts }, 'delivery delivered');
    await outcome(d, { type: 'delivered' });
  }

  async function fail(d: DeliveryDoc, err: unknown) {
    const message = err instanceof Error ? err.message : String(err);
    const permanent = err instanceof DeliveryError && err.permanent;
    const dead = permanent || d.attempts >= options.maxAttempts;
    const next = new Date(now().getTime() + backoffMs(d.attempts, options.retryBaseMs)).toISOString();
    const set = dead
      ? { status: 'dead', lastError: message, leaseUntil: null }
      : { status: 'pending', lastError: message, leaseUntil: null, nextAttemptAt: next };
    const r = await repo.deliveries.updateOne({ _id: d._id, leaseToken: d.leaseToken }, { $set: set });
    if (r.matchedCount === 0) return;
    log.warn({ deliveryId: d._id, channel: d.channel.type, attempt: d.attempts, dead, error: message }, 'delivery failed');
    await outcome(d, dead ? { type: 'dead', error: message } : { type: 'failed', error: message, nextAttemptAt: next });
  }

  /** Claims due deliveries while slots are free and sends each in the background. */
  async function drain() {
    do {
      again = false;
      try {
        while (running) {
          const d = await claim(atBound());
          if (!d) break;
          const keys = keysOf(d);
          for (const k of keys) busy.set(k, (busy.get(k) ?? 0) + 1);
          const job: Promise<void> = deliver(d)
            .catch((err) => log.error({ err: { message: (err as Error).message }, deliveryId: d._id }, 'outbox delivery error'))
            .finally(() => {
              for (const k of keys) {
                const n = (busy.get(k) ?? 1) - 1;
                if (n > 0) busy.set(k, n);
                else busy.delete(k);
              }
              inflight.delete(job);
              kick(); // a slot is free: take what waited for it
            });
          inflight.add(job);
        }
      } catch (err) {
        log.error({ err: { message: (err as Error).message } }, 'outbox loop error');
      }
    } while (running && again);
  }

  function schedule(ms: number) {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref?.();
  }

  function tick() {
    timer = null;
    if (!running) return;
    if (loop) {
      again = true;
      return;
    }
    loop = drain().finally(() => {
      loop = null;
      schedule(options.pollMs);
    });
  }

  function kick() {
    if (!running) return;
    if (loop) again = true;
    else schedule(0);
  }

  return {
    claim,
    processOne,
    kick,
    /** Registers the composer (and outcome listener) of one subject type. */
    handle(type: string, handler: SubjectHandler) {
      handlers.set(type, handler);
    },
    /**
     * Sends one queued delivery now, in the caller's request (the first attempt of a message the
     * caller wants to report on); later attempts are the worker's. Returns the status after it.
     */
    async sendNow(id: string, waitMs = 15_000): Promise<DeliveryDoc['status'] | null> {
      const t = now();
      const d = await repo.deliveries.findOneAndUpdate({ _id: id, status: 'pending' }, leaseUpdate(t), { returnDocument: 'after' });
      if (d) await deliver(d);
      else {
        // The worker took it first: wait for its attempt to settle.
        const until = Date.now() + waitMs;
        while ((await repo.byId(id))?.status === 'sending' && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      }
      return (await repo.byId(id))?.status ?? null;
    },
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await loop;
      await Promise.all(inflight);
    },
    /** Sends in flight now (for tests and health). */
    inFlight: () => inflight.size,
    /** Staff action: send a dead (or waiting) delivery again now, with a fresh attempt budget. */
    async retryDelivery(id: string, by = 'system'): Promise<boolean> {
      const t = now().toISOString();
      const d = await repo.deliveries.findOneAndUpdate(
        { _id: id, status: { $in: ['dead', 'pending'] } },
        { $set: { status: 'pending', attempts: 0, nextAttemptAt: t, lastError: null, leaseUntil: null } },
        { returnDocument: 'after' },
      );
      if (!d) return false;
      await outcome(d, { type: 'retry', by });
      kick();
      return true;
    },
  };
}
