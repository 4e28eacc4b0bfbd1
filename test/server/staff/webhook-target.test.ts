// Admins cannot point a unit webhook into the server's own network (loopback, private, link-local
// — cloud metadata at 169.254.169.254), unless the configuration allows it explicitly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookSender } from '../../../server/src/outbox/channels/webhook.js';
import { isPrivateAddress } from '../../../server/src/outbox/private-address.js';
import { CSRF, type StaffApp, staffApp } from './helpers.js';

describe('webhook targets', () => {
  let t: StaffApp;
  let open: StaffApp;
  beforeAll(async () => {
    t = await staffApp();
    open = await staffApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    for (const a of [t, open]) await a.createStaff('quantri', ['admin']);
  });
  afterAll(async () => {
    await t?.close();
    await open?.close();
  });
  const put = async (app: StaffApp, url: string) =>
    app.app.inject({
      method: 'PUT',
      url: '/api/staff/settings/units/dia-chinh-hoa-an',
      headers: { cookie: await app.cookieFor('quantri'), ...CSRF },
      payload: {
        name: 'Công chức Địa chính xã Hòa An',
        unitCode: 'VD-HOA-AN',
        channels: [{ type: 'webhook', url, secretEnv: 'HOOK_DIA_CHINH' }],
      },
    });

  it('refuses loopback, private, link-local and localhost targets with a Vietnamese message', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://[::1]/hook',
      'http://10.1.2.3/hook',
      'http://192.168.1.10/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://localhost:3000/hook',
      'http://[::ffff:127.0.0.1]/hook',
    ]) {
      const res = await put(t, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().detail).toContain('địa chỉ nội bộ');
    }
    expect(await t.app.store.collection('handling_units').findOne({ _id: 'dia-chinh-hoa-an' })).toBeNull();
  });

  it('accepts a public address, and a private one when WEBHOOK_ALLOW_PRIVATE=true', async () => {
    expect((await put(t, 'https://203.0.113.5/hook')).statusCode).toBe(200);
    expect((await put(open, 'http://127.0.0.1:8080/hook')).statusCode).toBe(200);
  });

  it('the sender refuses a private target at send time too (names can change after the check)', async () => {
    const send = webhookSender({ timeoutMs: 1000, secret: () => 'secret', allowPrivate: false });
    const message = { deliveryId: 'd-1', payload: {} } as never;
    await expect(
      send({ type: 'webhook', url: 'http://127.0.0.1:9/hook', secretEnv: 'X' }, message, { sentTo: [], markSent: async () => {} }),
    ).rejects.toMatchObject({
      permanent: true,
    });
  });

  it('classifies addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.0.1',
      '169.254.1.1',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['203.0.113.5', '8.8.8.8', '2001:4860:4860::8888']) expect(isPrivateAddress(ip), ip).toBe(false);
  });
});
