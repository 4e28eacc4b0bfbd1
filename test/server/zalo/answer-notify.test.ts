// Issue 7: a feedback sent from the mini app with the sender's Zalo user id (they opted in) is
// announced by an OA message when staff answer; the id is personal data: never shown on the
// tracking or public pages, and gone after erasure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validBody } from '../feedback/fixtures.js';
import { type StaffApp, staffApp, UNIT_A } from '../staff/helpers.js';
import { type FakeZalo, startFakeZalo } from './fake-zalo.js';

const ZALO_USER = '8765432109876543210';
const PHONE = '0934 567 890';
let zalo: FakeZalo;
let t: StaffApp;

beforeAll(async () => {
  zalo = await startFakeZalo({ appId: '1234567890', appSecret: 'app-secret', refreshToken: 'unused' });
  zalo.validAccess.add('oa-token-test');
  t = await staffApp({ ZALO_OA_API_BASE: zalo.url, ZALO_OA_ACCESS_TOKEN: 'oa-token-test', PUBLIC_URL: 'https://cchc.example.vn' });
  await t.createStaff('tuphap', ['handler'], [UNIT_A]);
});
afterAll(async () => {
  await t?.close();
  await zalo?.close();
});

const answer = (code: string) => t.answer('tuphap', code);

describe('Zalo OA message to the sender when the feedback is answered', () => {
  it('messages the Zalo user id sent with the feedback; tracking never shows it', async () => {
    const code = await t.submit({
      zaloUserId: ZALO_USER,
      publish: true,
      sender: { name: 'Lê Văn Cường', phone: PHONE, address: 'Thôn Đông, xã Hòa An' },
    });
    const res = await answer(code);
    expect(res.statusCode).toBe(200);
    expect(res.json().notified).toBe('sent');
    expect(zalo.sent.at(-1)).toMatchObject({ userId: ZALO_USER, token: 'oa-token-test' });
    expect(zalo.sent.at(-1)?.text).toContain(code);

    const track = await t.app.inject({ method: 'GET', url: `/api/feedback/${code}?phoneLast4=7890` });
    expect(track.statusCode).toBe(200);
    expect(track.body).not.toContain(ZALO_USER);
    expect((await t.app.inject({ method: 'GET', url: '/api/feedback/public' })).body).not.toContain(ZALO_USER);
  });

  it('refuses a Zalo user id that is not digits', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/feedback',
      headers: { 'idempotency-key': 'zalo-id-bad-0001' },
      payload: { ...validBody(), zaloUserId: 'abc<script>' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Mã người dùng Zalo không hợp lệ');
  });

  it('forgets the Zalo user id on erasure: no message after the citizen withdrew consent', async () => {
    const code = await t.submit({ zaloUserId: ZALO_USER, sender: { name: 'Lê Văn Cường', phone: PHONE, address: 'Thôn Đông, xã Hòa An' } });
    const feedback = t.app.store.collection('feedback');
    expect((await feedback.findOne({ trackingCode: code }))?.zaloUserId).toBe(ZALO_USER);
    const erase = await t.app.inject({
      method: 'POST',
      url: `/api/feedback/${code}/erase`,
      payload: { eraseCode: t.eraseCodes.get(code) },
    });
    expect(erase.statusCode).toBe(200);
    expect((await feedback.findOne({ trackingCode: code }))?.zaloUserId).toBeNull();
    const n = zalo.sent.length;
    expect((await answer(code)).json().notified).toBe('none');
    expect(zalo.sent.length).toBe(n);
  });

  it('forgets the Zalo user id when the retention period ends', async () => {
    const code = await t.submit({ zaloUserId: ZALO_USER });
    const feedback = t.app.store.collection('feedback');
    await feedback.updateOne({ trackingCode: code }, { $set: { closedAt: '2000-01-01T00:00:00.000Z', status: 'closed' } });
    await t.app.feedback.runRetention();
    const doc = await feedback.findOne({ trackingCode: code });
    expect(doc?.anonymisedAt).not.toBeNull();
    expect(doc?.zaloUserId).toBeNull();
  });
});
