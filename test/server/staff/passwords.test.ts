// Staff passwords: length, common passwords, scrypt cost, rehash at sign-in; back-off per
// username and address.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginLimiter } from '../../../server/src/staff/login-limit.js';
import { COST, hashPassword, isCommonPassword, passwordProblem } from '../../../server/src/staff/password.js';
import { createStore } from '../../../server/src/store/index.js';
import type { Store } from '../../../server/src/store/port.js';
import { CSRF, PASSWORD, type StaffApp, staffApp } from './helpers.js';

describe('password rules', () => {
  it('refuses short and common passwords, accepts a long personal one', () => {
    for (const weak of [
      'password123',
      '1234567890',
      'password1234',
      'Matkhau@2026',
      'qwertyuiop12',
      '123456789012',
      'abcabcabcabc',
      'admin2026!!!',
    ])
      expect(passwordProblem(weak, 'canbo'), weak).not.toBeNull();
    expect(isCommonPassword('cây-đa-đầu-làng-2026')).toBe(false);
    expect(passwordProblem('cây-đa-đầu-làng-2026', 'canbo')).toBeNull();
  });

  it('hashes at the OWASP scrypt cost (N = 2^17, r = 8, p = 1)', async () => {
    expect((await hashPassword(PASSWORD)).split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
    expect(COST).toEqual({ N: 131072, r: 8, p: 1 });
  });
});

describe('sign-in', () => {
  let t: StaffApp;
  beforeAll(async () => {
    t = await staffApp();
  });
  afterAll(() => t?.close());

  it('replaces a hash made at an older, lower cost when the staff member signs in', async () => {
    await t.createStaff('cu', ['editor']);
    // The hash format of before: N = 16384.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const old = [
      'scrypt',
      16384,
      8,
      1,
      salt.toString('base64'),
      scryptSync(PASSWORD.normalize('NFC'), salt, 64, { N: 16384, r: 8, p: 1 }).toString('base64'),
    ].join('$');
    await t.app.store.collection('staff').updateOne({ username: 'cu' }, { $set: { passwordHash: old } });
    expect((await t.login('cu')).statusCode).toBe(200);
    const after = (await t.app.store.collection('staff').findOne({ username: 'cu' }))?.passwordHash as string;
    expect(after.split('$')[1]).toBe('131072');
    expect((await t.login('cu')).statusCode).toBe(200);
  });

  it('PATCH with only displayName or active keeps the staff member’s units', async () => {
    await t.createStaff('qt', ['admin']);
    await t.createStaff('xuly', ['handler'], ['tu-phap-hoa-an']);
    const id = (await t.app.store.collection('staff').findOne({ username: 'xuly' }))?._id;
    const patch = async (payload: object) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/staff/settings/staff/${id}`,
        headers: { cookie: await t.cookieFor('qt'), ...CSRF },
        payload,
      });
    expect((await patch({ displayName: 'Cán bộ xử lý mới' })).statusCode).toBe(200);
    expect((await patch({ active: false })).statusCode).toBe(200);
    expect((await t.app.store.collection('staff').findOne({ _id: id }))?.units).toEqual(['tu-phap-hoa-an']);
  });
});

describe('login back-off per username and address', () => {
  let dir = '';
  let store: Store;
  let clock = 0;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cchc-login-'));
    store = await createStore({ dataDir: dir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('locks after the limit for one window, doubles with each further failure, and leaves other addresses alone', async () => {
    clock = Date.parse('2026-11-30T08:00:00Z');
    const lim = loginLimiter(store, { windowMs: 15 * 60_000, maxPerIp: 100, maxPerUser: 3 }, () => clock);
    for (let i = 0; i < 3; i++) await lim.recordFailure('10.0.0.1', 'canbo');
    expect(await lim.blockedFor('10.0.0.1', 'canbo')).toBe(15 * 60);
    expect(await lim.blockedFor('10.0.0.2', 'canbo')).toBe(0);
    clock += 15 * 60_000 + 1000;
    expect(await lim.blockedFor('10.0.0.1', 'canbo')).toBe(0);
    await lim.recordFailure('10.0.0.1', 'canbo');
    expect(await lim.blockedFor('10.0.0.1', 'canbo')).toBe(30 * 60);
  });
});
