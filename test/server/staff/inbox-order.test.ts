// The "all" view pages by a stable key: a case the outbox (or anyone) touches does not jump
// to the top and shift the pages under the reader.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type StaffApp, staffApp, UNIT_A } from './helpers.js';

let t: StaffApp;
beforeAll(async () => {
  t = await staffApp();
  await t.createStaff('xem', ['handler'], [UNIT_A]);
});
afterAll(() => t?.close());

it('newest first by receipt; touching an older case does not move it', async () => {
  const codes: string[] = [];
  for (let i = 0; i < 5; i++) {
    codes.push(await t.submit());
    await new Promise((r) => setTimeout(r, 5));
  }
  const page = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/staff/feedback?status=all&limit=3', headers: { cookie: await t.cookieFor('xem') } }))
      .json()
      .items.map((i: { trackingCode: string }) => i.trackingCode);
  const before = await page();
  expect(before).toEqual(codes.slice(-3).reverse());
  // As a delivery settling would: the oldest case changes now.
  await t.app.store
    .collection('feedback')
    .updateOne({ trackingCode: codes[0] }, { $set: { updatedAt: new Date(Date.now() + 60_000).toISOString() } });
  expect(await page()).toEqual(before);
});
