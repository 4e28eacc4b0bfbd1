// Actions beyond answering: transfer (new delivery, the case changes hands), reject with the right
// channel, duplicate, close, delivery retry; the citizen's Zalo notification on a fake OA server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, type StaffApp, staffApp, UNIT_A } from './helpers.js';

const UNIT_KT = 'kinh-te-hoa-an';
let t: StaffApp;
let zalo: Server;
const zaloCalls: { token: string | undefined; body: { recipient: { user_id: string }; message: { text: string } } }[] = [];
let zaloFails = false;

beforeAll(async () => {
  zalo = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      zaloCalls.push({ token: req.headers.access_token as string | undefined, body: JSON.parse(raw) });
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(zaloFails ? { error: -213, message: 'User has not interacted with the OA' } : { error: 0, message: 'Success' }),
      );
    });
  });
  await new Promise<void>((r) => zalo.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(zalo.address() as AddressInfo).port}`;
  t = await staffApp({ ZALO_OA_API_BASE: base, ZALO_OA_ACCESS_TOKEN: 'oa-token-test', PUBLIC_URL: 'https://cchc.example.vn' });
  await t.createStaff('tuphap', ['handler'], [UNIT_A]);
  await t.createStaff('kinhte', ['handler'], [UNIT_KT]);
});
afterAll(async () => {
  await t?.close();
  await new Promise((r) => zalo?.close(r));
});

const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: await t.cookieFor(user), ...CSRF },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

describe('transfer', () => {
  it('writes the status change and the new unit’s deliveries together: a crash between loses nothing', async () => {
    const code = await t.submit();
    const repo = t.app.feedback.repo;
    const insertOne = repo.deliveries.insertOne;
    // The process dies right after the status write, before the outbox rows are written.
    repo.deliveries.insertOne = async () => {
      throw new Error('killed');
    };
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/transfer`, {
      unitId: UNIT_KT,
      reason: 'Nội dung thuộc lĩnh vực kinh tế.',
    });
    repo.deliveries.insertOne = insertOne;
    expect(res.statusCode).toBe(500);
    const fb = await repo.byTrackingCode(code);
    expect(fb?.status).toBe('transferred');
    expect((await repo.deliveriesOf(fb!._id)).map((d) => d.unitId)).toEqual([UNIT_A]);
    // On the next start the deliveries the status write carried become outbox rows, once.
    expect(await t.app.feedback.service.recoverPendingDeliveries()).toBeGreaterThanOrEqual(1);
    expect(await t.app.feedback.service.recoverPendingDeliveries()).toBe(0);
    const after = await repo.deliveriesOf(fb!._id);
    expect(after.map((d) => [d.unitId, d.status])).toEqual([
      [UNIT_A, 'pending'],
      [UNIT_KT, 'pending'],
    ]);
    expect((await repo.byId(fb!._id))?.pendingDeliveries).toBeUndefined();
  });

  it('moves the case to the other unit with a new delivery; the first unit loses access', async () => {
    const code = await t.submit();
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/transfer`, {
      unitId: UNIT_KT,
      reason: 'Nội dung thuộc lĩnh vực kinh tế.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().detail).toBeNull();
    expect((await call('tuphap', 'GET', `/api/staff/feedback/${code}`)).statusCode).toBe(404);
    const d = (await call('kinhte', 'GET', `/api/staff/feedback/${code}`)).json();
    expect(d.status).toBe('transferred');
    expect(d.unit.id).toBe(UNIT_KT);
    expect(d.deliveries.map((x: { unitId: string; to: string; status: string }) => [x.unitId, x.to, x.status])).toEqual([
      [UNIT_A, 'tuphap@hoa-an.example.vn', 'pending'],
      [UNIT_KT, 'kinhte@hoa-an.example.vn', 'pending'],
    ]);
    expect(d.actions).toContain('acknowledge');
    const inbox = (await call('kinhte', 'GET', '/api/staff/feedback')).json();
    expect(inbox.items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(code);
  });

  it('refuses an unknown unit and the same unit', async () => {
    const code = await t.submit();
    expect(
      (await call('tuphap', 'POST', `/api/staff/feedback/${code}/transfer`, { unitId: 'khong-co', reason: 'Thử đơn vị lạ.' })).statusCode,
    ).toBe(400);
    expect(
      (await call('tuphap', 'POST', `/api/staff/feedback/${code}/transfer`, { unitId: UNIT_A, reason: 'Thử cùng đơn vị.' })).statusCode,
    ).toBe(400);
  });
});

describe('reject, duplicate, close', () => {
  it('rejects with the reason and the right channel, shown to the citizen', async () => {
    const code = await t.submit({ sender: { name: 'Lê Văn Cường', phone: '0903 111 222', address: 'Thôn Tây, xã Hòa An' } });
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/reject`, {
      reason: 'Nội dung là khiếu nại quyết định hành chính, không thuộc phạm vi phản ánh, kiến nghị.',
      channel: 'Gửi đơn khiếu nại đến Ban Tiếp công dân của UBND xã.',
    });
    expect(res.json().detail.status).toBe('rejected');
    const track = (await t.app.inject({ method: 'GET', url: `/api/feedback/${code}?phoneLast4=1222` })).json();
    expect(track.status).toBe('rejected');
    expect(track.timeline.at(-1).note).toContain('Ban Tiếp công dân');
    // A closed case takes no further action.
    expect((await call('tuphap', 'POST', `/api/staff/feedback/${code}/acknowledge`)).statusCode).toBe(409);
  });

  it('marks a duplicate of an existing case, not of itself or an unknown code', async () => {
    const first = await t.submit();
    const second = await t.submit();
    expect((await call('tuphap', 'POST', `/api/staff/feedback/${second}/duplicate`, { of: second })).statusCode).toBe(400);
    expect((await call('tuphap', 'POST', `/api/staff/feedback/${second}/duplicate`, { of: 'PA-2026-999999' })).statusCode).toBe(400);
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${second}/duplicate`, { of: first.toLowerCase() });
    expect(res.json().detail).toMatchObject({ status: 'duplicate', duplicateOf: first });
  });

  it('closes only after an answer', async () => {
    const code = await t.submit();
    expect((await call('tuphap', 'POST', `/api/staff/feedback/${code}/close`)).statusCode).toBe(409);
    await call('tuphap', 'POST', `/api/staff/feedback/${code}/answer`, { text: 'Xã đã xử lý xong nội dung phản ánh.' });
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/close`);
    expect(res.json().detail.status).toBe('closed');
    expect(res.json().detail.closedAt).toBeTruthy();
  });
});

describe('delivery retry', () => {
  it('sends a dead delivery again and logs it on the timeline', async () => {
    const code = await t.submit();
    const deliveries = t.app.store.collection('deliveries');
    const d = await deliveries.findOne({ trackingCode: code });
    await deliveries.updateOne({ _id: d?._id }, { $set: { status: 'dead', attempts: 8, lastError: 'SMTP 550: mailbox unavailable' } });
    const before = (await call('tuphap', 'GET', `/api/staff/feedback/${code}`)).json();
    expect(before.deliveries[0]).toMatchObject({ status: 'dead', lastError: 'SMTP 550: mailbox unavailable' });
    const counts = (await call('tuphap', 'GET', '/api/staff/feedback/counts')).json();
    expect(counts.deadDeliveries).toBeGreaterThanOrEqual(1);
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/deliveries/${d?._id}/retry`);
    expect(res.statusCode).toBe(200);
    expect(res.json().detail.deliveries[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(res.json().detail.timeline.at(-1).type).toBe('delivery_retry');
    // A delivery that already went through is not sent again.
    await deliveries.updateOne({ _id: d?._id }, { $set: { status: 'delivered' } });
    expect((await call('tuphap', 'POST', `/api/staff/feedback/${code}/deliveries/${d?._id}/retry`)).statusCode).toBe(409);
  });
});

describe('citizen notification by Zalo OA', () => {
  it('messages the sender’s Zalo user when an answer is given', async () => {
    const code = await t.submit();
    await t.app.store.collection('feedback').updateOne({ trackingCode: code }, { $set: { zaloUserId: 'zalo-user-123' } });
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/answer`, { text: 'Xã đã sửa xong đèn đường ngõ 5.' });
    expect(res.json().notified).toBe('sent');
    const sent = zaloCalls.at(-1);
    expect(sent?.token).toBe('oa-token-test');
    expect(sent?.body.recipient.user_id).toBe('zalo-user-123');
    expect(sent?.body.message.text).toContain(code);
    expect(sent?.body.message.text).toContain(`https://cchc.example.vn/app/#/feedback/lookup?code=${code}`);
    expect(res.json().detail.notifications).toEqual([expect.objectContaining({ channel: 'zalo', status: 'sent' })]);
  });

  it('records a refused message for staff; the answer stands', async () => {
    zaloFails = true;
    const code = await t.submit();
    await t.app.store.collection('feedback').updateOne({ trackingCode: code }, { $set: { zaloUserId: 'zalo-user-456' } });
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/answer`, { text: 'Xã đã sửa xong đèn đường ngõ 5.' });
    zaloFails = false;
    expect(res.json().notified).toBe('failed');
    expect(res.json().detail.status).toBe('answered');
    expect(res.json().detail.notifications[0].error).toContain('-213');
  });

  it('sends nothing when the feedback did not come from Zalo', async () => {
    const n = zaloCalls.length;
    const code = await t.submit();
    const res = await call('tuphap', 'POST', `/api/staff/feedback/${code}/answer`, { text: 'Xã đã sửa xong đèn đường ngõ 5.' });
    expect(res.json().notified).toBe('none');
    expect(zaloCalls.length).toBe(n);
  });
});
