import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryDoc, FeedbackDoc } from '../../../server/src/feedback/feedback.types.js';
import { validBody } from '../feedback/fixtures.js';
import { harness } from './harness.js';
import { startSmtp, startWebhook, startZalo } from './receivers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const deliveries = (h: Awaited<ReturnType<typeof harness>>) => h.store.collection<DeliveryDoc>('deliveries').find({});
const feedback = async (h: Awaited<ReturnType<typeof harness>>) => (await h.store.collection<FeedbackDoc>('feedback').find({}))[0]!;

describe('outbox over real SMTP', () => {
  it('SMTP answers 451 twice then accepts → delivered once, with backoff, Vietnamese mail, status forwarded', async () => {
    const smtp = await startSmtp({ refuse: (n) => n < 2 });
    const h = await harness({ channels: [{ type: 'email', to: 'tuphap@hoa-an.example.vn' }], smtpUrl: smtp.url });
    cleanups.push(smtp.close, h.close);
    const body = validBody();
    const { trackingCode } = await h.service.submit('smtp-key-1', body);

    expect(await h.drain()).toBe(1);
    let [d] = await deliveries(h);
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('451') });
    // Not due yet: the retry waits for its backoff (5 s ± 20 %).
    h.advance(3000);
    expect(await h.drain()).toBe(0);
    h.advance(3000);
    expect(await h.drain()).toBe(1);
    h.advance(12_000);
    expect(await h.drain()).toBe(1);
    [d] = await deliveries(h);
    expect(d).toMatchObject({ status: 'delivered', attempts: 3, lastError: null });
    expect(smtp.accepted).toHaveLength(1);
    expect(smtp.seen).toHaveLength(3);
    const mail = smtp.accepted[0]!;
    expect(mail.messageId).toBe(`<${d!._id}@cchc>`);
    expect(mail.to).toEqual(['tuphap@hoa-an.example.vn']);
    const text = decodeQp(mail.raw.replace(/=\r?\n/g, ''));
    expect(mail.raw).toContain(trackingCode);
    expect(text).toContain('Hạn xử lý: 08/05/2026');
    expect(text).toContain('Nguyễn Văn An');
    const fb = await feedback(h);
    expect(fb.status).toBe('forwarded');
    expect(fb.timeline.map((e) => e.type)).toEqual(['received', 'delivery_failed', 'delivery_failed', 'delivered', 'forwarded']);
    expect(await h.drain()).toBe(0);
  });

  it('gives up after the maximum attempts (dead), and a staff retry sends it again', async () => {
    let refusing = true;
    const smtp = await startSmtp({ refuse: () => refusing });
    const h = await harness({ channels: [{ type: 'email', to: 'a@hoa-an.example.vn' }], smtpUrl: smtp.url, options: { maxAttempts: 3 } });
    cleanups.push(smtp.close, h.close);
    await h.service.submit('dead-key-1', validBody());
    for (let i = 0; i < 5; i++) {
      await h.drain();
      h.advance(3_600_000);
    }
    let [d] = await deliveries(h);
    expect(d).toMatchObject({ status: 'dead', attempts: 3 });
    expect((await feedback(h)).status).toBe('received');
    refusing = false;
    expect(await h.outbox.retryDelivery(d!._id, 'staff-7')).toBe(true);
    await h.drain();
    [d] = await deliveries(h);
    expect(d?.status).toBe('delivered');
    expect(smtp.accepted).toHaveLength(1);
    expect((await feedback(h)).timeline.map((e) => e.type)).toContain('delivery_retry');
  });
});

describe('outbox: several channels', () => {
  it('signed webhook and Zalo; only the channel that failed is retried, Zalo users already served are not messaged twice', async () => {
    const smtp = await startSmtp();
    const hook = await startWebhook('webhook-secret', { fail: (n) => n === 0 });
    const zalo = await startZalo('zalo-test-token', { failOnceFor: ['u-2'] });
    const h = await harness({
      channels: [
        { type: 'email', to: 'tuphap@hoa-an.example.vn' },
        { type: 'webhook', url: hook.url, secretEnv: 'HOOK_SECRET' },
        { type: 'zalo', userIds: ['u-1', 'u-2'] },
      ],
      smtpUrl: smtp.url,
      zaloBase: zalo.url,
      secret: 'webhook-secret',
    });
    cleanups.push(smtp.close, hook.close, zalo.close, h.close);
    const { trackingCode } = await h.service.submit('multi-key-1', validBody());
    await h.drain();
    const byType = async () => Object.fromEntries((await deliveries(h)).map((d) => [d.channel.type, d]));
    let d = await byType();
    expect([d.email?.status, d.webhook?.status, d.zalo?.status]).toEqual(['delivered', 'pending', 'pending']);
    expect((await feedback(h)).status).toBe('forwarded');
    h.advance(10_000);
    await h.drain();
    d = await byType();
    expect([d.email?.attempts, d.webhook?.status, d.zalo?.status]).toEqual([1, 'delivered', 'delivered']);
    expect(smtp.accepted).toHaveLength(1);
    expect(hook.badSignatures()).toBe(0);
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]).toMatchObject({
      delivery: d.webhook?._id,
      body: { trackingCode, deliveryId: d.webhook?._id, unit: { id: 'tu-phap-hoa-an' } },
    });
    expect(zalo.messages.map((m) => m.userId)).toEqual(['u-1', 'u-2']);
    expect(zalo.messages[0]?.text).toContain(trackingCode);
  });

  it('a webhook whose secret is wrong is refused by the receiver (401 → dead, not retried)', async () => {
    const hook = await startWebhook('the-real-secret');
    const h = await harness({ channels: [{ type: 'webhook', url: hook.url, secretEnv: 'HOOK_SECRET' }], secret: 'a-wrong-secret' });
    cleanups.push(hook.close, h.close);
    await h.service.submit('hook-key-1', validBody());
    await h.drain();
    const [d] = await deliveries(h);
    expect(d).toMatchObject({ status: 'dead', attempts: 1, lastError: 'webhook HTTP 401' });
    expect(hook.badSignatures()).toBe(1);
  });
});

describe('outbox leases', () => {
  it('a claimed delivery is invisible to other workers until its lease expires, then another worker takes it', async () => {
    const smtp = await startSmtp();
    const h = await harness({ channels: [{ type: 'email', to: 'a@hoa-an.example.vn' }], smtpUrl: smtp.url, options: { leaseMs: 30_000 } });
    cleanups.push(smtp.close, h.close);
    await h.service.submit('lease-key-1', validBody());
    const a = h.makeOutbox();
    const b = h.makeOutbox();
    const claimed = await a.claim(); // instance A takes it, then "crashes"
    expect(claimed?.status).toBe('sending');
    expect(await b.claim()).toBeNull();
    h.advance(31_000);
    expect(await h.drain(b)).toBe(1);
    const [d] = await deliveries(h);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(smtp.accepted).toHaveLength(1);
  });

  it('two workers draining 30 deliveries together send each exactly once', async () => {
    const smtp = await startSmtp();
    const h = await harness({ channels: [{ type: 'email', to: 'a@hoa-an.example.vn' }], smtpUrl: smtp.url });
    cleanups.push(smtp.close, h.close);
    for (let i = 0; i < 30; i++) await h.service.submit(`pair-key-${i}`, validBody());
    await Promise.all([h.drain(h.makeOutbox()), h.drain(h.makeOutbox())]);
    expect((await deliveries(h)).every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
    expect(new Set(smtp.accepted.map((m) => m.messageId)).size).toBe(30);
    expect(smtp.accepted).toHaveLength(30);
  });
});

/** Quoted-printable body → text (nodemailer encodes Vietnamese that way). */
function decodeQp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('outbox in parallel', () => {
  it('a unit whose webhook hangs holds at most 2 sends; another unit’s e-mails go out meanwhile', async () => {
    const smtp = await startSmtp();
    // A webhook receiver that takes the request and never answers.
    let hanging = 0;
    let maxHanging = 0;
    const stuck = createServer(() => {
      hanging++;
      maxHanging = Math.max(maxHanging, hanging);
    });
    await new Promise<void>((r) => stuck.listen(0, '127.0.0.1', r));
    const hookUrl = `http://127.0.0.1:${(stuck.address() as AddressInfo).port}/hook`;
    const h = await harness({
      channels: [{ type: 'webhook', url: hookUrl, secretEnv: 'HOOK_SECRET' }],
      secret: 'webhook-secret',
      smtpUrl: smtp.url,
      options: { pollMs: 20 },
    });
    cleanups.push(smtp.close, h.close, async () => {
      stuck.closeAllConnections();
      await new Promise((r) => stuck.close(r));
    });
    // Hòa An civil status → the hanging webhook; Bình Minh → e-mail.
    for (let i = 0; i < 4; i++) await h.service.submit(`stuck-key-${i}`, validBody());
    for (let i = 0; i < 3; i++) await h.service.submit(`mail-key-${i}`, validBody({ communeCode: 'VD-BINH-MINH', field: undefined }));
    const worker = h.makeOutbox();
    worker.start();
    const t0 = Date.now();
    while (smtp.accepted.length < 3 && Date.now() - t0 < 4000) await new Promise((r) => setTimeout(r, 20));
    // The webhook timeout is 5 s: the e-mails did not wait for it.
    expect(smtp.accepted).toHaveLength(3);
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(maxHanging).toBe(2);
    stuck.closeAllConnections();
    await worker.stop();
  });
});
