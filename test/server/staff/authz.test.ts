// Authorization matrix: every console API route × every role × own / other unit, table-driven.
// Handlers act only on their units' feedback (another unit's answers 404, as if it did not
// exist); editors only on content; admins on everything; nobody without a session.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryDoc } from '../../../server/src/feedback/feedback.types.js';
import { jpegWithExif } from '../feedback/images.js';
import { CSRF, type StaffApp, staffApp, UNIT_A, UNIT_B } from './helpers.js';

type Who = 'anonymous' | 'admin' | 'handlerOwn' | 'handlerOther' | 'editor';
const WHO: Who[] = ['anonymous', 'admin', 'handlerOwn', 'handlerOther', 'editor'];
const USER: Record<Exclude<Who, 'anonymous'>, string> = { admin: 'qt', handlerOwn: 'xl-a', handlerOther: 'xl-b', editor: 'bt' };

/** Who may use a route: "feedback" = handlers of the case's unit and admins. */
type Scope = 'feedback' | 'handler' | 'any' | 'templates' | 'editor' | 'admin' | 'reports' | 'outreach';
const allowed: Record<Scope, Who[]> = {
  feedback: ['admin', 'handlerOwn'],
  handler: ['admin', 'handlerOwn', 'handlerOther'],
  any: ['admin', 'handlerOwn', 'handlerOther', 'editor'],
  templates: ['admin', 'handlerOwn', 'handlerOther', 'editor'],
  editor: ['admin', 'editor'],
  admin: ['admin'],
  /** Reports: leaders (see test/server/reports) and admins. */
  reports: ['admin'],
  /** Content gaps and printable outreach: editors, leaders and admins. */
  outreach: ['admin', 'editor'],
};
/** What a refused caller gets: no session 401; a wrong role 403; another unit's case 404. */
function expected(scope: Scope, who: Who, ok: number): number {
  if (who === 'anonymous') return 401;
  if (allowed[scope].includes(who)) return ok;
  if (scope === 'feedback' && who === 'handlerOther') return 404;
  return 403;
}

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  scope: Scope;
  ok?: number;
  /** Prepares a fresh case (feedback of UNIT_A in a suitable state) and returns url + body. */
  prepare?: () => Promise<{ url: string; body?: unknown }>;
  body?: unknown;
}

let t: StaffApp;
let throwaway = '';
beforeAll(async () => {
  t = await staffApp();
  await t.createStaff(USER.admin, ['admin']);
  await t.createStaff(USER.handlerOwn, ['handler'], [UNIT_A]);
  await t.createStaff(USER.handlerOther, ['handler'], [UNIT_B]);
  await t.createStaff(USER.editor, ['editor']);
  throwaway = await t.createStaff('tam-thoi', ['handler'], [UNIT_B]);
});
afterAll(() => t?.close());

/** A new feedback for UNIT_A (Hòa An, civil status), optionally moved along by an admin. */
async function fresh(state: 'received' | 'answered' = 'received', publish = true): Promise<string> {
  const code = await t.submit({ publish });
  if (state === 'answered') {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/staff/feedback/${code}/answer`,
      headers: { cookie: await t.cookieFor(USER.admin), ...CSRF },
      payload: { text: 'Xã đã tiếp nhận và xử lý xong nội dung phản ánh.', publish: false },
    });
    expect(res.statusCode).toBe(200);
  }
  return code;
}

async function withPhoto(): Promise<{ url: string }> {
  const boundary = `----t${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    jpegWithExif(),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const up = await t.app.inject({
    method: 'POST',
    url: '/api/uploads',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  const { uploadId } = up.json();
  const code = await t.submit({ attachments: [uploadId] });
  return { url: `/api/staff/feedback/${code}/photos/${uploadId}` };
}

/** The routing document as the API takes it (without the stored-only fields). */
async function routingBody() {
  const { _id, origin, seeded, editedAt, editedBy, ...routing } =
    (await t.app.store.collection('routing').findOne({ _id: 'routing' })) ?? {};
  return routing;
}

async function deadDelivery(): Promise<{ url: string }> {
  const code = await fresh();
  const deliveries = t.app.store.collection<DeliveryDoc>('deliveries');
  const d = await deliveries.findOne({ trackingCode: code });
  await deliveries.updateOne({ _id: d?._id }, { $set: { status: 'dead', lastError: 'SMTP_URL chưa được cấu hình' } });
  return { url: `/api/staff/feedback/${code}/deliveries/${d?._id}/retry` };
}

const fb =
  (action: string, body?: unknown, state: 'received' | 'answered' = 'received') =>
  async () => ({
    url: `/api/staff/feedback/${await fresh(state)}${action}`,
    body,
  });

const CASES: Case[] = [
  { method: 'GET', path: '/api/staff/me', scope: 'any' },
  { method: 'GET', path: '/api/staff/units', scope: 'any' },
  { method: 'GET', path: '/api/staff/feedback', scope: 'handler' },
  { method: 'GET', path: '/api/staff/feedback/counts', scope: 'handler' },
  { method: 'GET', path: '/api/staff/feedback/:code', scope: 'feedback', prepare: fb('') },
  { method: 'GET', path: '/api/staff/feedback/:code/photos/:id', scope: 'feedback', prepare: withPhoto },
  { method: 'POST', path: '/api/staff/feedback/:code/acknowledge', scope: 'feedback', prepare: fb('/acknowledge') },
  {
    method: 'POST',
    path: '/api/staff/feedback/:code/answer',
    scope: 'feedback',
    prepare: fb('/answer', { text: 'Xã đã sửa xong, cảm ơn ông/bà.', publish: true }),
  },
  {
    method: 'GET',
    path: '/api/staff/feedback/:code/publish-preview',
    scope: 'feedback',
    prepare: fb('/publish-preview', undefined, 'answered'),
  },
  {
    method: 'POST',
    path: '/api/staff/feedback/:code/publish',
    scope: 'feedback',
    prepare: fb(
      '/publish',
      { publish: true, subject: 'Đèn đường hỏng', content: 'Đèn đường ngõ 5 thôn Đông bị hỏng.', answer: 'Xã đã sửa xong đèn đường.' },
      'answered',
    ),
  },
  {
    method: 'POST',
    path: '/api/staff/feedback/:code/transfer',
    scope: 'feedback',
    prepare: fb('/transfer', { unitId: 'kinh-te-hoa-an', reason: 'Thuộc lĩnh vực kinh tế.' }),
  },
  {
    method: 'POST',
    path: '/api/staff/feedback/:code/reject',
    scope: 'feedback',
    prepare: fb('/reject', { reason: 'Đây là đơn khiếu nại.', channel: 'Ban Tiếp công dân' }),
  },
  {
    method: 'POST',
    path: '/api/staff/feedback/:code/duplicate',
    scope: 'feedback',
    prepare: async () => ({ url: `/api/staff/feedback/${await fresh()}/duplicate`, body: { of: await fresh() } }),
  },
  { method: 'POST', path: '/api/staff/feedback/:code/close', scope: 'feedback', prepare: fb('/close', undefined, 'answered') },
  { method: 'POST', path: '/api/staff/feedback/:code/notes', scope: 'feedback', prepare: fb('/notes', { text: 'Ghi chú nội bộ.' }) },
  { method: 'POST', path: '/api/staff/feedback/:code/deliveries/:id/retry', scope: 'feedback', prepare: deadDelivery },
  { method: 'GET', path: '/api/staff/content/templates', scope: 'templates' },
  ...(['hotlines', 'faq', 'news', 'guides'] as const).map(
    (k): Case => ({ method: 'GET', path: `/api/staff/content/${k}`, scope: 'editor' }),
  ),
  {
    method: 'PUT',
    path: '/api/staff/content/hotlines/:id',
    scope: 'editor',
    prepare: async () => ({
      url: `/api/staff/content/hotlines/thu-${randomUUID().slice(0, 8)}`,
      body: { group: 'dia_phuong', name: 'Đường dây thử', number: '0200 000 000', purpose: 'Thử quyền.', example: true },
    }),
  },
  {
    method: 'PUT',
    path: '/api/staff/content/faq/:id',
    scope: 'editor',
    body: { question: 'Câu hỏi thử?', answer: 'Trả lời thử.' },
    prepare: async () => ({ url: '/api/staff/content/faq/cau-hoi-thu', body: { question: 'Câu hỏi thử?', answer: 'Trả lời thử.' } }),
  },
  {
    method: 'PUT',
    path: '/api/staff/content/news/:id',
    scope: 'editor',
    prepare: async () => ({
      url: '/api/staff/content/news/tin-thu',
      body: { title: 'Tin thử', publishedAt: '2026-11-20', body: 'Nội dung tin thử.', example: true },
    }),
  },
  {
    method: 'PUT',
    path: '/api/staff/content/guides/:id',
    scope: 'editor',
    prepare: async () => ({
      url: '/api/staff/content/guides/huong-dan-thu',
      body: { title: 'Hướng dẫn thử', updatedAt: '2026-11-20', body: 'Bước 1.' },
    }),
  },
  {
    method: 'PUT',
    path: '/api/staff/content/templates/:id',
    scope: 'editor',
    prepare: async () => ({
      url: '/api/staff/content/templates/mau-thu',
      body: { title: 'Mẫu thử', field: null, text: 'Kính gửi ông/bà, xã đã tiếp nhận.' },
    }),
  },
  ...(['hotlines', 'faq', 'news', 'guides', 'templates'] as const).map(
    (k): Case => ({
      method: 'DELETE',
      path: `/api/staff/content/${k}/:id`,
      scope: 'editor',
      prepare: async () => {
        // A record created in the console (not seeded from content/) may be deleted.
        const id = `xoa-${randomUUID().slice(0, 8)}`;
        await t.app.store
          .collection(k === 'templates' ? 'answer_templates' : k)
          .insertOne({ _id: id, id, origin: 'console', seeded: false });
        return { url: `/api/staff/content/${k}/${id}` };
      },
    }),
  ),
  { method: 'GET', path: '/api/staff/settings/units', scope: 'admin' },
  {
    method: 'PUT',
    path: '/api/staff/settings/units/:id',
    scope: 'admin',
    prepare: async () => ({
      url: '/api/staff/settings/units/dia-chinh-hoa-an',
      body: { name: 'Công chức Địa chính xã Hòa An', unitCode: 'VD-HOA-AN', channels: [] },
    }),
  },
  { method: 'GET', path: '/api/staff/settings/routing', scope: 'admin' },
  {
    method: 'PUT',
    path: '/api/staff/settings/routing',
    scope: 'admin',
    prepare: async () => ({
      url: '/api/staff/settings/routing',
      body: await routingBody(),
    }),
  },
  { method: 'GET', path: '/api/staff/settings/holidays', scope: 'admin' },
  {
    method: 'PUT',
    path: '/api/staff/settings/holidays/:year',
    scope: 'admin',
    prepare: async () => ({
      url: '/api/staff/settings/holidays/2099',
      body: { holidays: [{ date: '2099-01-01', name: 'Tết Dương lịch' }], workingWeekends: [] },
    }),
  },
  { method: 'GET', path: '/api/staff/settings/staff', scope: 'admin' },
  {
    method: 'POST',
    path: '/api/staff/settings/staff',
    scope: 'admin',
    ok: 201,
    prepare: async () => ({
      url: '/api/staff/settings/staff',
      body: {
        username: `cb-${randomUUID().slice(0, 8)}`,
        displayName: 'Cán bộ mới',
        roles: ['editor'],
        units: [],
        password: 'một-mật-khẩu-dài',
      },
    }),
  },
  {
    method: 'PATCH',
    path: '/api/staff/settings/staff/:id',
    scope: 'admin',
    prepare: async () => ({ url: `/api/staff/settings/staff/${throwaway}`, body: { displayName: 'Đổi tên' } }),
  },
  {
    method: 'POST',
    path: '/api/staff/settings/staff/:id/password',
    scope: 'admin',
    prepare: async () => ({ url: `/api/staff/settings/staff/${throwaway}/password`, body: { password: 'mật-khẩu-mới-2026' } }),
  },
  { method: 'GET', path: '/api/staff/audit', scope: 'admin' },
  ...(['summary', 'print'] as const).map(
    (k): Case => ({
      method: 'GET',
      path: `/api/staff/reports/${k}`,
      scope: 'reports',
      prepare: async () => ({ url: `/api/staff/reports/${k}?from=2026-01-01&to=2026-01-31` }),
    }),
  ),
  {
    method: 'GET',
    path: '/api/staff/reports/gaps',
    scope: 'outreach',
    prepare: async () => ({ url: '/api/staff/reports/gaps?from=2026-01-01&to=2026-01-31' }),
  },
  { method: 'GET', path: '/api/staff/print/poster', scope: 'outreach' },
  {
    method: 'GET',
    path: '/api/staff/print/leaflet/:code',
    scope: 'outreach',
    prepare: async () => ({ url: '/api/staff/print/leaflet/2.000635' }),
  },
];

describe('authorization matrix', () => {
  const rows = CASES.flatMap((c) => WHO.map((who) => ({ ...c, who, want: expected(c.scope, who, c.ok ?? 200) })));
  it.each(rows)('$method $path as $who → $want', async ({ method, path, who, want, prepare, body }) => {
    const p = prepare ? await prepare() : { url: path, body };
    const headers: Record<string, string> = { ...CSRF };
    if (who !== 'anonymous') headers.cookie = await t.cookieFor(USER[who]);
    const res = await t.app.inject({ method, url: p.url, headers, ...(p.body === undefined ? {} : { payload: p.body as object }) });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(want);
    if (want >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('covers every /api/staff route the app registers (from the OpenAPI document)', () => {
    const norm = (path: string) => path.replace(/:\w+|\{\w+\}/g, '{p}');
    const declared = new Set(CASES.map((c) => `${c.method} ${norm(c.path)}`));
    const paths = (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const registered = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/staff/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${norm(path)}`))
      // Sign-in and sign-out are for everyone; session.test.ts covers them.
      .filter((r) => !r.endsWith('/api/staff/login') && !r.endsWith('/api/staff/logout'));
    expect(registered.length).toBeGreaterThan(30);
    expect(registered.filter((r) => !declared.has(r))).toEqual([]);
  });
});
