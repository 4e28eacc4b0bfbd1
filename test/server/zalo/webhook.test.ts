// The Zalo OA webhook end to end: signature, idempotency, replies through the real OA client
// against a local fake Zalo server that checks tokens and rotates refresh tokens.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { splitText } from '../../../server/src/zalo/oa-client.js';
import { eventMac } from '../../../server/src/zalo/signature.js';
import { ZALO_TOKENS } from '../../../server/src/zalo/token-store.js';
import { testApp } from '../helpers/app.js';
import { type FakeZalo, startFakeZalo } from './fake-zalo.js';

const APP_ID = '1234567890';
const OA_SECRET = 'oa-secret-key';
const APP_SECRET = 'app-secret';

let zalo: FakeZalo;
let app: FastifyInstance;
let close: () => Promise<void>;
let seq = 0;

beforeAll(async () => {
  zalo = await startFakeZalo({ appId: APP_ID, appSecret: APP_SECRET, refreshToken: 'refresh-initial' });
  ({ app, close } = await testApp({
    OUTBOX_ENABLED: 'false',
    ZALO_OA_API_BASE: zalo.url,
    ZALO_OAUTH_BASE: zalo.url,
    ZALO_APP_ID: APP_ID,
    ZALO_OA_SECRET_KEY: OA_SECRET,
    ZALO_APP_SECRET: APP_SECRET,
    ZALO_OA_REFRESH_TOKEN: 'refresh-initial',
    PUBLIC_URL: 'https://cchc.example.vn',
  }));
});
afterAll(async () => {
  await close?.();
  await zalo?.close();
});
beforeEach(() => {
  zalo.sent.length = 0;
});

function textEvent(text: string, opts: { msgId?: string; timestamp?: number; userId?: string } = {}) {
  return {
    app_id: APP_ID,
    user_id_by_app: 'u-by-app',
    event_name: 'user_send_text',
    timestamp: String(opts.timestamp ?? Date.now()),
    sender: { id: opts.userId ?? 'user-1' },
    recipient: { id: 'oa-1' },
    message: { text, msg_id: opts.msgId ?? `msg-${++seq}` },
  };
}

function post(event: object, signature?: string | null) {
  const raw = JSON.stringify(event);
  const ts = (event as { timestamp: string }).timestamp;
  const mac = signature === undefined ? `mac=${eventMac(APP_ID, raw, ts, OA_SECRET)}` : signature;
  return app.inject({
    method: 'POST',
    url: '/webhooks/zalo-oa',
    headers: { 'content-type': 'application/json', ...(mac === null ? {} : { 'x-zevent-signature': mac }) },
    payload: raw,
  });
}

const storedTokens = async () => app.store.collection(ZALO_TOKENS).findOne({ _id: 'oa' });

describe('signature', () => {
  it('refuses a missing signature with 401 and sends nothing', async () => {
    const res = await post(textEvent('xin chào'), null);
    expect(res.statusCode).toBe(401);
    expect(zalo.sent).toHaveLength(0);
  });

  it('refuses a wrong signature (body changed after signing)', async () => {
    const ev = textEvent('xin chào');
    const mac = `mac=${eventMac(APP_ID, JSON.stringify(ev), ev.timestamp, OA_SECRET)}`;
    const res = await post({ ...ev, message: { ...ev.message, text: 'khác' } }, mac);
    expect(res.statusCode).toBe(401);
  });

  it('refuses a stale event (older than 5 minutes) even when signed', async () => {
    const res = await post(textEvent('xin chào', { timestamp: Date.now() - 6 * 60_000 }));
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('messages', () => {
  it('answers a text message through the OA API, refreshing the token and storing the rotated refresh token', async () => {
    const res = await post(textEvent('chung thuc ban sao phi bn'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, handled: 'replied' });
    expect(zalo.sent).toHaveLength(1);
    expect(zalo.sent[0]!.userId).toBe('user-1');
    expect(zalo.sent[0]!.text).toMatch(/Lệ phí/);
    expect(zalo.sent[0]!.text).toContain('https://cchc.example.vn/app/#/procedures/2.000815');
    const tokens = await storedTokens();
    expect(tokens?.refreshToken).toBe('refresh-1');
    expect(zalo.validRefresh.has('refresh-initial')).toBe(false);
  });

  it('keeps the conversation per Zalo user (follow-up questions)', async () => {
    await post(textEvent('đăng ký kết hôn', { userId: 'user-2' }));
    await post(textEvent('mất mấy ngày', { userId: 'user-2' }));
    expect(zalo.sent.at(-1)!.text).toMatch(/kết hôn[\s\S]*Thời hạn/i);
  });

  it('answers a repeated delivery (same msg_id) only once', async () => {
    const ev = textEvent('xin chào', { msgId: 'dup-1' });
    const first = await post(ev);
    const second = await post(ev);
    expect(first.json().handled).toBe('replied');
    expect(second.statusCode).toBe(200);
    expect(second.json().handled).toBe('duplicate');
    expect(zalo.sent).toHaveLength(1);
  });

  it('on an expired-token error refreshes once, retries, and stores the new refresh token', async () => {
    const before = (await storedTokens())!;
    zalo.expire(before.accessToken as string);
    const calls = zalo.refreshCalls;
    const res = await post(textEvent('xin chào'));
    expect(res.statusCode).toBe(200);
    expect(zalo.refreshCalls).toBe(calls + 1);
    expect(zalo.sent).toHaveLength(1);
    const after = (await storedTokens())!;
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(zalo.validRefresh.has(after.refreshToken as string)).toBe(true);
    expect(zalo.sent[0]!.token).toBe(after.accessToken);
  });

  it('ignores other events politely', async () => {
    const ev = { ...textEvent('x'), event_name: 'follow' };
    const res = await post(ev);
    expect(res.statusCode).toBe(200);
    expect(res.json().handled).toBe('ignored');
    expect(zalo.sent).toHaveLength(0);
  });

  it('lets Zalo retry when the reply could not be sent (claim released)', async () => {
    const saved = new Set(zalo.validRefresh);
    zalo.validRefresh.clear();
    zalo.expire((await storedTokens())!.accessToken as string);
    const ev = textEvent('xin chào', { msgId: 'retry-1' });
    expect((await post(ev)).statusCode).toBe(500);
    for (const t of saved) zalo.validRefresh.add(t);
    const again = await post(ev);
    expect(again.json().handled).toBe('replied');
  });
});

describe('Zalo text limit', () => {
  it('splits long replies into pieces of at most 2000 characters', () => {
    const long = Array.from({ length: 300 }, (_, i) => `Dòng số ${i} của câu trả lời.`).join('\n');
    const parts = splitText(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2000);
    expect(parts.join('\n')).toBe(long);
  });
});
