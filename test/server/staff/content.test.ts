// Editors change content in the console: stored with origin "console" and an audit trail, kept
// across a content reload from content/, and the content version moves so catalogs rebuild.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersion } from '../../../server/src/content/sync.js';
import { CSRF, type StaffApp, staffApp } from './helpers.js';

let t: StaffApp;
beforeAll(async () => {
  t = await staffApp();
  await t.createStaff('bientap', ['editor']);
  await t.createStaff('quantri', ['admin']);
});
afterAll(() => t?.close());

const call = async (user: string, method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: await t.cookieFor(user), ...CSRF },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

describe('content editing', () => {
  it('edits a hotline from content/: public API shows it, a reload keeps it, the version moves', async () => {
    const list = (await call('bientap', 'GET', '/api/staff/content/hotlines')).json().items;
    const seeded = list.find((h: { example: boolean }) => h.example);
    expect(seeded.origin).toBe('content');
    const v0 = await contentVersion(t.app.store);
    const { id, origin, seeded: _s, editedAt, editedBy, ...rest } = seeded;
    const res = await call('bientap', 'PUT', `/api/staff/content/hotlines/${id}`, { ...rest, hours: 'Giờ hành chính các ngày làm việc' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: false });
    expect(await contentVersion(t.app.store)).toBeGreaterThan(v0);

    await t.app.reloadContent();
    const pub = (await t.app.inject({ method: 'GET', url: '/api/hotlines' })).json().items;
    expect(pub.find((h: { id: string }) => h.id === id).hours).toBe('Giờ hành chính các ngày làm việc');
    const after = (await call('bientap', 'GET', '/api/staff/content/hotlines')).json().items.find((h: { id: string }) => h.id === id);
    expect(after).toMatchObject({ origin: 'console', seeded: true, editedBy: 'bientap' });
    // Seeded from content/: cannot be deleted here (a reload would bring it back).
    const del = await call('bientap', 'DELETE', `/api/staff/content/hotlines/${id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().detail).toContain('content/');
  });

  it('creates and deletes news written in the console', async () => {
    const res = await call('bientap', 'PUT', '/api/staff/content/news/lich-tiep-dan-thang-12', {
      title: 'Lịch tiếp công dân tháng 12',
      summary: 'Lãnh đạo xã tiếp công dân vào thứ Năm hằng tuần.',
      publishedAt: '2026-11-23',
      body: 'Lãnh đạo UBND xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở xã.',
      example: false,
    });
    expect(res.json()).toEqual({ created: true });
    await t.app.reloadContent();
    const news = (await t.app.inject({ method: 'GET', url: '/api/news/lich-tiep-dan-thang-12' })).json();
    expect(news.title).toBe('Lịch tiếp công dân tháng 12');
    expect((await call('bientap', 'DELETE', '/api/staff/content/news/lich-tiep-dan-thang-12')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/news/lich-tiep-dan-thang-12' })).statusCode).toBe(404);
  });

  it('validates with Vietnamese messages naming the field', async () => {
    const res = await call('bientap', 'PUT', '/api/staff/content/hotlines/so-moi', {
      group: 'dia_phuong',
      name: 'Số mới',
      number: 'abc',
      purpose: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('number');
    const bad = await call('bientap', 'PUT', '/api/staff/content/hotlines/Có Dấu', {
      group: 'dia_phuong',
      name: 'Số',
      number: '123',
      purpose: 'x',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps an audit trail of content edits', async () => {
    const audit = (await call('quantri', 'GET', '/api/staff/audit?by=bientap')).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['content.update', 'content.create', 'content.delete']),
    );
  });
});

describe('settings', () => {
  it('routing changes apply to the next feedback', async () => {
    const routing = (await call('quantri', 'GET', '/api/staff/settings/routing')).json();
    routing.rules.push({ communeCode: 'VD-HOA-AN', field: 'cu-tru', unit: 'kinh-te-hoa-an', deadlineDays: 3 });
    expect((await call('quantri', 'PUT', '/api/staff/settings/routing', routing)).statusCode).toBe(200);
    const code = await t.submit({ field: 'cu-tru' });
    const fb = await t.app.store.collection('feedback').findOne({ trackingCode: code });
    expect(fb).toMatchObject({ unitId: 'kinh-te-hoa-an', deadlineDays: 3 });
    const unknown = await call('quantri', 'PUT', '/api/staff/settings/routing', { ...routing, fallbackUnit: 'khong-co' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('khong-co');
  });

  it('refuses a holiday outside its year and a weak staff password', async () => {
    const h = await call('quantri', 'PUT', '/api/staff/settings/holidays/2030', {
      holidays: [{ date: '2031-01-01', name: 'Tết' }],
      workingWeekends: [],
    });
    expect(h.statusCode).toBe(400);
    const s = await t.app.inject({
      method: 'POST',
      url: '/api/staff/settings/staff',
      headers: { cookie: await t.cookieFor('quantri'), ...CSRF },
      payload: { username: 'moi', displayName: 'Cán bộ mới', roles: ['editor'], units: [], password: 'ngan' },
    });
    expect(s.statusCode).toBe(400);
    expect(s.json().detail).toContain('ít nhất 12 ký tự');
  });

  it('an admin cannot lock themselves out', async () => {
    const me = await t.app.store.collection('staff').findOne({ username: 'quantri' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/staff/settings/staff/${me?._id}`,
      headers: { cookie: await t.cookieFor('quantri'), ...CSRF },
      payload: { roles: ['editor'] },
    });
    expect(res.statusCode).toBe(400);
  });
});
