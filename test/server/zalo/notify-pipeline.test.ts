// Issue 13: every outgoing message goes through the outbox with the one refreshing OA client.
// The citizen's "answered" notice is retried after a failure; it and the unit's Zalo channel use
// the token the OA client refreshes (no static ZALO_OA_ACCESS_TOKEN configured here), so they keep
// working after the first access token expires; links in the notice open the lookup screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZALO_TOKENS } from '../../../server/src/zalo/token-store.js';
import { type StaffApp, staffApp, UNIT_A } from '../staff/helpers.js';
import { type FakeZalo, startFakeZalo } from './fake-zalo.js';

const ZALO_USER = '1234567890123456789';
let zalo: FakeZalo;
let t: StaffApp;

beforeAll(async () => {
  zalo = await startFakeZalo({ appId: '1234567890', appSecret: 'app-secret', refreshToken: 'first-refresh' });
  t = await staffApp({
    ZALO_OA_API_BASE: zalo.url,
    ZALO_OAUTH_BASE: zalo.url,
    ZALO_APP_ID: '1234567890',
    ZALO_APP_SECRET: 'app-secret',
    ZALO_OA_REFRESH_TOKEN: 'first-refresh',
    PUBLIC_URL: 'https://cchc.example.vn',
    ZALO_MINI_APP_URL: 'https://zalo.me/s/4318657068771012646/',
  });
  await t.createStaff('tuphap', ['handler'], [UNIT_A]);
});
afterAll(async () => {
  await t?.close();
  await zalo?.close();
});

const answer = (code: string) => t.answer('tuphap', code);
const detail = async (code: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/staff/feedback/${code}`, headers: { cookie: await t.cookieFor('tuphap') } })).json();

describe('the "answered" notice goes through the outbox', () => {
  it('is sent with a refreshed access token and links to the lookup screen with the code, in Zalo', async () => {
    const code = await t.submit({ zaloUserId: ZALO_USER });
    const res = await answer(code);
    expect(res.statusCode).toBe(200);
    expect(res.json().notified).toBe('sent');
    const msg = zalo.sent.at(-1)!;
    expect(msg.userId).toBe(ZALO_USER);
    expect(msg.token).toMatch(/^access-/);
    expect(msg.text).toContain(`https://zalo.me/s/4318657068771012646/?to=/feedback/lookup&code=${code}`);
    // The rotated refresh token was stored: the old one is spent.
    const tokens = await t.app.store.collection(ZALO_TOKENS).findOne({ _id: 'oa' });
    expect(tokens?.refreshToken).not.toBe('first-refresh');
    expect(zalo.validRefresh.has(tokens?.refreshToken as string)).toBe(true);
  });

  it('refreshes again when Zalo says the access token expired (a day after deployment)', async () => {
    const tokens = await t.app.store.collection(ZALO_TOKENS).findOne({ _id: 'oa' });
    zalo.expire(tokens?.accessToken as string);
    const refreshes = zalo.refreshCalls;
    const code = await t.submit({ zaloUserId: ZALO_USER });
    expect((await answer(code)).json().notified).toBe('sent');
    expect(zalo.refreshCalls).toBe(refreshes + 1);
    expect(zalo.sent.at(-1)?.token).not.toBe(tokens?.accessToken);
  });

  it('a notice Zalo refused is retried by the outbox and then shows as sent', async () => {
    const code = await t.submit({ zaloUserId: ZALO_USER });
    const close = await stopZaloFor(async () => answer(code));
    expect(close.json().notified).toBe('failed');
    expect((await detail(code)).notifications).toEqual([expect.objectContaining({ channel: 'zalo', status: 'failed' })]);
    // Time passes: the retry is due.
    const deliveries = t.app.store.collection('deliveries');
    await deliveries.updateMany(
      { 'subject.id': { $exists: true }, status: 'pending' },
      { $set: { nextAttemptAt: '2000-01-01T00:00:00.000Z' } },
    );
    while (await t.app.outbox.processOne()) {}
    expect(zalo.sent.at(-1)?.text).toContain(code);
    expect((await detail(code)).notifications).toEqual([expect.objectContaining({ channel: 'zalo', status: 'sent', error: null })]);
  });

  it('sends nothing when the sender withdrew consent before the retry', async () => {
    const code = await t.submit({ zaloUserId: ZALO_USER });
    expect((await stopZaloFor(async () => answer(code))).json().notified).toBe('failed');
    const erase = await t.app.inject({
      method: 'POST',
      url: `/api/feedback/${code}/erase`,
      payload: { eraseCode: t.eraseCodes.get(code) },
    });
    expect(erase.statusCode).toBe(200);
    const n = zalo.sent.length;
    await t.app.store.collection('deliveries').updateMany({ status: 'pending' }, { $set: { nextAttemptAt: '2000-01-01T00:00:00.000Z' } });
    while (await t.app.outbox.processOne()) {}
    expect(zalo.sent.length).toBe(n);
    expect((await detail(code)).notifications[0].status).toBe('failed');
  });
});

describe('message texts come from content (messages.yaml)', () => {
  it('an edited template is what the citizen receives; a line whose value is missing is left out', async () => {
    const messages = t.app.store.collection('messages');
    const before = await messages.findOne({ _id: 'messages' });
    expect(before?.feedbackAnswered).toEqual(expect.arrayContaining([expect.stringContaining('{link}')]));
    await messages.updateOne(
      { _id: 'messages' },
      { $set: { feedbackAnswered: ['Đã có trả lời cho {trackingCode}.', 'Mở: {link}', 'Ghi chú: {khongCo}'] } },
    );
    try {
      const code = await t.submit({ zaloUserId: ZALO_USER });
      expect((await answer(code)).json().notified).toBe('sent');
      expect(zalo.sent.at(-1)?.text).toBe(
        `Đã có trả lời cho ${code}.\nMở: https://zalo.me/s/4318657068771012646/?to=/feedback/lookup&code=${code}`,
      );
    } finally {
      await messages.replaceOne({ _id: 'messages' }, before!);
    }
  });
});

describe('the unit’s Zalo channel uses the same OA client', () => {
  it('delivers a new case to the unit’s Zalo staff with the refreshed token', async () => {
    await t.app.store
      .collection('handling_units')
      .updateOne({ _id: UNIT_A }, { $set: { channels: [{ type: 'zalo', userIds: ['999000111'] }] } });
    const code = await t.submit();
    while (await t.app.outbox.processOne()) {}
    const msg = zalo.sent.find((m) => m.userId === '999000111');
    expect(msg?.text).toContain(code);
    expect(msg?.token).toMatch(/^access-/);
    expect((await detail(code)).deliveries).toEqual([expect.objectContaining({ channel: 'zalo', status: 'delivered' })]);
  });
});

/** Runs `fn` while the fake Zalo refuses every access token (as for a user who blocked the OA). */
async function stopZaloFor<T>(fn: () => Promise<T>): Promise<T> {
  const valid = [...zalo.validAccess];
  const refresh = [...zalo.validRefresh];
  zalo.validAccess.clear();
  zalo.validRefresh.clear();
  try {
    return await fn();
  } finally {
    for (const v of valid) zalo.validAccess.add(v);
    for (const r of refresh) zalo.validRefresh.add(r);
  }
}
