// Signing in: cookie flags, CSRF header, throttling of failed attempts, session end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, PASSWORD, type StaffApp, staffApp, UNIT_A } from './helpers.js';

let t: StaffApp;
beforeAll(async () => {
  t = await staffApp({ STAFF_LOGIN_MAX_PER_USER: '3', STAFF_LOGIN_MAX_PER_IP: '6' });
  await t.createStaff('canbo', ['handler'], [UNIT_A]);
  await t.createStaff('canbo2', ['handler'], [UNIT_A]);
  await t.createStaff('khoa', ['editor']);
});
afterAll(() => t?.close());

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict, scoped to the staff API, not Secure over plain http', async () => {
    const res = await t.login('canbo');
    expect(res.statusCode).toBe(200);
    expect(res.json().staff).toMatchObject({ username: 'canbo', roles: ['handler'], units: [{ id: UNIT_A }] });
    const c = res.cookies.find((x) => x.name === 'cchc_staff');
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/staff' });
    expect(c?.secure).toBeFalsy();
    expect(c?.value.length).toBeGreaterThanOrEqual(40);
    // Only a hash of the cookie is stored.
    const sessions = await t.app.store.collection('staff_sessions').find({});
    expect(JSON.stringify(sessions)).not.toContain(c?.value);
  });

  it('is Secure when PUBLIC_URL is https', async () => {
    const s = await staffApp({ PUBLIC_URL: 'https://cchc.example.vn' });
    try {
      await s.createStaff('a', ['editor']);
      const c = (await s.login('a')).cookies.find((x) => x.name === 'cchc_staff');
      expect(c?.secure).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('is Secure behind a trusted https proxy (X-Forwarded-Proto)', async () => {
    const s = await staffApp({ TRUST_PROXY: 'true' });
    try {
      await s.createStaff('a', ['editor']);
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/staff/login',
        headers: { ...CSRF, 'x-forwarded-proto': 'https' },
        payload: { username: 'a', password: PASSWORD },
      });
      expect(res.cookies.find((x) => x.name === 'cchc_staff')?.secure).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('ends on logout: the same cookie no longer works', async () => {
    const res = await t.login('canbo2');
    const cookie = `cchc_staff=${res.cookies.find((x) => x.name === 'cchc_staff')?.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/me', headers: { cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/staff/logout', headers: { cookie, ...CSRF } });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/staff/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toContain('đăng nhập');
  });

  it('ends when it expires', async () => {
    const res = await t.login('canbo2');
    const cookie = `cchc_staff=${res.cookies.find((x) => x.name === 'cchc_staff')?.value}`;
    expect(new Date(res.json().expiresAt).getTime() - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    await t.app.store.collection('staff_sessions').updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000).toISOString() } });
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('ends when the account is disabled', async () => {
    const admin = await t.createStaff('qt-phien', ['admin']);
    expect(admin).toBeTruthy();
    const cookie = await t.cookieFor('khoa');
    const id = (await t.app.store.collection('staff').findOne({ username: 'khoa' }))?._id;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/staff/settings/staff/${id}`,
      headers: { cookie: await t.cookieFor('qt-phien'), ...CSRF },
      payload: { active: false },
    });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await t.login('khoa')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without X-Requested-With, even with a valid session', async () => {
    const cookie = await t.cookieFor('canbo');
    const code = await t.submit();
    const res = await t.app.inject({ method: 'POST', url: `/api/staff/feedback/${code}/acknowledge`, headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('X-Requested-With');
    const fb = await t.app.store.collection('feedback').findOne({ trackingCode: code });
    expect(fb?.status).toBe('received');
    // Reading needs no header.
    expect((await t.app.inject({ method: 'GET', url: `/api/staff/feedback/${code}`, headers: { cookie } })).statusCode).toBe(200);
  });

  it('refuses a sign-in without the header (login CSRF)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'canbo', password: PASSWORD } });
    expect(res.statusCode).toBe(403);
  });
});

describe('login throttling', () => {
  it('blocks a username from the address that failed, even with the right password, and says when to retry', async () => {
    await t.createStaff('doan-mo', ['editor']);
    for (let i = 0; i < 3; i++) expect((await t.login('doan-mo', 'sai-mat-khau-roi', '10.1.0.1')).statusCode).toBe(401);
    const blocked = await t.login('doan-mo', PASSWORD, '10.1.0.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(blocked.json().detail).toMatch(/Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\./);
    // Not a lever against the colleague: from the colleague's own address the account still signs in.
    expect((await t.login('doan-mo', PASSWORD, '10.1.0.50')).statusCode).toBe(200);
    // Other accounts are not affected.
    expect((await t.login('canbo', PASSWORD, '10.1.0.98')).statusCode).toBe(200);
  });

  it('blocks an IP after failures across many usernames', async () => {
    for (let i = 0; i < 6; i++) expect((await t.login(`khong-co-${i}`, 'sai-mat-khau-roi', '10.2.0.1')).statusCode).toBe(401);
    expect((await t.login('canbo', PASSWORD, '10.2.0.1')).statusCode).toBe(429);
    expect((await t.login('canbo', PASSWORD, '10.2.0.2')).statusCode).toBe(200);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const a = await t.login('nobody-here', 'sai-mat-khau-roi', '10.3.0.1');
    const b = await t.login('canbo', 'sai-mat-khau-roi', '10.3.0.2');
    expect(a.statusCode).toBe(401);
    expect(a.json().detail).toBe(b.json().detail);
  });

  it('records failed and successful sign-ins in the audit log without passwords, nor what was typed as an unknown name', async () => {
    // A password typed into the username box.
    expect((await t.login('Bi-mat-cua-toi-2026', 'x', '10.4.0.1')).statusCode).toBe(401);
    const audit = await t.app.store.collection('audit').find({ action: { $in: ['auth.login', 'auth.login_failed'] } });
    expect(JSON.stringify(audit)).not.toMatch(/bi-mat-cua-toi/i);
    expect(audit.some((a) => a.action === 'auth.login_failed' && a.username === '(tên không có)')).toBe(true);
    expect(audit.some((a) => a.action === 'auth.login_failed' && a.username === 'doan-mo')).toBe(true);
    expect(audit.some((a) => a.action === 'auth.login' && a.username === 'canbo')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('sai-mat-khau');
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });
});
