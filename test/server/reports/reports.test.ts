// The figures move: feedback submitted, answered on time and late, rated; a counter survey;
// searches, a procedure view, chat turns, a hotline tap → the summary, its CSV and its XLSX
// change accordingly. Roles: leaders and admins see reports, handlers and editors do not;
// leaders see nothing personal. Bad periods get a Vietnamese 400.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDate } from '../../../server/src/calendar/calendar.js';
import type { Summary } from '../../../server/src/reports/summary.js';
import { CSRF, type StaffApp, staffApp, UNIT_A } from '../staff/helpers.js';

let t: StaffApp;
const today = vnDate(new Date());
const period = `from=${today}&to=${today}`;

beforeAll(async () => {
  t = await staffApp();
  await t.createStaff('lanhdao', ['leader']);
  await t.createStaff('tuphap', ['handler'], [UNIT_A]);
  await t.createStaff('bientap', ['editor']);
  await t.createStaff('quantri', ['admin']);
});
afterAll(async () => t?.close());

const get = async (user: string | null, url: string) =>
  t.app.inject({ method: 'GET', url, headers: user ? { cookie: await t.cookieFor(user) } : {} });
const post = async (user: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: await t.cookieFor(user), ...CSRF }, payload });
const summary = async (query = period): Promise<Summary> => {
  await t.app.usage.counter.flush();
  const res = await get('lanhdao', `/api/staff/reports/summary?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const answer = (code: string, publish = false) =>
  post('tuphap', `/api/staff/feedback/${code}/answer`, {
    text: 'Xã đã kiểm tra và giải quyết xong, mời ông bà đến nhận kết quả.',
    publish,
  });
const rate = (code: string, stars: number, solved: boolean) =>
  t.app.inject({ method: 'POST', url: `/api/feedback/${code}/rating`, payload: { phoneLast4: '4321', stars, solved } });
const survey = (deviceId: string, scores: Record<string, number | null>, office = 'mot-cua-hoa-an') =>
  t.app.inject({ method: 'POST', url: '/api/survey', payload: { office, deviceId, scores } });

describe('the summary follows what happens', () => {
  let before: Summary;
  let after: Summary;
  beforeAll(async () => {
    before = await summary();
    const fb = t.app.store.collection('feedback');
    const sender = { name: 'Trần Văn Bình', phone: '0912 884 321', address: 'Thôn Nam, xã Hòa An' };
    const onTime = await t.submit({ sender, publish: true });
    const late = await t.submit({ sender, kind: 'kien_nghi' });
    const overdue = await t.submit({ sender });
    await t.submit({ sender, communeCode: 'VD-BINH-MINH', field: undefined });
    // Late: the due date already passed when the answer comes.
    await fb.updateOne({ trackingCode: late }, { $set: { dueAt: '2020-01-06' } });
    await fb.updateOne({ trackingCode: overdue }, { $set: { dueAt: '2020-01-06' } });
    expect((await answer(onTime, true)).statusCode).toBe(200);
    // Publishing is a separate step through the masked preview.
    const { masked: _masked, ...texts } = (await get('tuphap', `/api/staff/feedback/${onTime}/publish-preview`)).json();
    expect((await post('tuphap', `/api/staff/feedback/${onTime}/publish`, { publish: true, ...texts })).statusCode).toBe(200);
    expect((await answer(late)).statusCode).toBe(200);
    expect((await rate(onTime, 5, true)).statusCode).toBe(200);
    expect((await rate(late, 2, false)).statusCode).toBe(200);

    expect((await survey('thiet-bi-aaaaaaaaaaaa', { access: 5, procedure: 4, staff: 5, result: 4, feedback: null })).statusCode).toBe(201);
    expect((await survey('thiet-bi-bbbbbbbbbbbb', { access: 3, procedure: 2, staff: 4, result: 3, feedback: 1 })).statusCode).toBe(201);

    expect((await t.app.inject({ method: 'GET', url: '/api/procedures?q=khai%20sinh' })).json().total).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures?q=khai%20sinh&offset=20' })).statusCode).toBe(200);
    const zero = await t.app.inject({
      method: 'GET',
      url: `/api/procedures?q=${encodeURIComponent('xqzwk vbnmj 0912 345 678 zqk@xqz.zz')}`,
    });
    expect(zero.json().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/2.000635' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/khong-co-ma-nay' })).statusCode).toBe(404);
    for (const text of ['làm giấy khai sinh cần gì', 'xqzw vbnm ghjk']) {
      expect((await t.app.inject({ method: 'POST', url: '/api/chat', payload: { text } })).statusCode).toBe(200);
    }
    const beacon = await t.app.inject({
      method: 'POST',
      url: '/api/usage/beacon',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify({ event: 'hotline_tap' }),
    });
    expect(beacon.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/usage/beacon', payload: { event: 'app_open', unit: 'VD-HOA-AN' } })).statusCode,
    ).toBe(204);
    after = await summary();
  });

  it('feedback: received, answered on time and late, overdue, ratings, published', () => {
    expect(before.feedback).toMatchObject({ received: 0, answered: 0, answeredOnTime: 0, overdueOpen: 0 });
    expect(after.feedback).toMatchObject({
      received: 4,
      answered: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      onTimeShare: 0.5,
      open: 2,
      overdueOpen: 1,
      rated: 2,
      ratingAverage: 3.5,
      solvedShare: 0.5,
      publishedAnswers: 1,
      avgWorkingDaysToAnswer: 0,
    });
    expect(after.feedback.byKind).toEqual(
      expect.arrayContaining([
        { key: 'phan_anh', label: 'Phản ánh', count: 3 },
        { key: 'kien_nghi', label: 'Kiến nghị', count: 1 },
      ]),
    );
    expect(after.feedback.byUnit).toEqual(
      expect.arrayContaining([
        { key: UNIT_A, label: 'Công chức Tư pháp - Hộ tịch xã Hòa An', count: 3 },
        { key: 'vp-ubnd-binh-minh', label: 'Văn phòng HĐND và UBND phường Bình Minh', count: 1 },
      ]),
    );
    expect(after.feedback.byChannel).toEqual([{ key: 'app', label: 'Mini App Zalo / trang web', count: 4 }]);
  });

  it('satisfaction from the counter survey, per SIPAS factor', () => {
    expect(before.satisfaction).toMatchObject({ responses: 0, average: null });
    // Means per response: (5+4+5+4)/4 = 4.5 and (3+2+4+3+1)/5 = 2.6 → 3.55.
    expect(after.satisfaction).toMatchObject({ responses: 2, average: 3.55 });
    const access = after.satisfaction.criteria.find((c) => c.id === 'access');
    const feedback = after.satisfaction.criteria.find((c) => c.id === 'feedback');
    expect(access).toMatchObject({ answers: 2, average: 4 });
    expect(feedback).toMatchObject({ answers: 1, average: 1 });
  });

  it('usage: searches (first page only), zero results, views, chat turns by outcome, beacons', () => {
    expect(before.usage).toMatchObject({ searches: 0, procedureViews: 0, chatTurns: 0 });
    expect(after.usage).toMatchObject({ searches: 2, searchesZero: 1, procedureViews: 1, chatTurns: 2, hotlineTaps: 1, appOpens: 1 });
    const u = after.usage;
    expect(u.chatAnswers + u.chatClarify + u.chatFallbacks).toBe(2);
    expect(u.chatFallbacks).toBeGreaterThanOrEqual(1);
  });

  it('the unit filter keeps one commune', async () => {
    const binhMinh = await summary(`${period}&unit=VD-BINH-MINH`);
    expect(binhMinh.feedback.received).toBe(1);
    expect(binhMinh.period.unitName).toBe('Phường Bình Minh');
    const hoaAn = await summary(`${period}&unit=VD-HOA-AN`);
    expect(hoaAn.feedback.received).toBe(3);
    expect(hoaAn.satisfaction.responses).toBe(2);
    expect(hoaAn.usage.appOpens).toBe(1);
    expect(hoaAn.usage.searches).toBe(0);
  });

  it('CSV and XLSX carry the same figures', async () => {
    const csv = await get('lanhdao', `/api/staff/reports/summary?${period}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`bao-cao-cchc-${today}-${today}.csv`);
    const rows = new Map(
      csv.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .map((l) => l.split(','))
        .map((c) => [c[0], c.at(-1)]),
    );
    expect(rows.get('feedback.received')).toBe('4');
    expect(rows.get('feedback.answeredOnTime')).toBe('1');
    expect(rows.get('satisfaction.average')).toBe('3.55');
    expect(rows.get('usage.searches')).toBe('2');

    const xlsx = await get('lanhdao', `/api/staff/reports/summary?${period}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Tổng hợp');
    if (!sheet) throw new Error('no summary sheet');
    const values = new Map<string, unknown>();
    sheet.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(4).value));
    expect(values.get('feedback.received')).toBe(4);
    expect(values.get('feedback.answeredLate')).toBe(1);
    expect(values.get('feedback.overdueOpen')).toBe(1);
    expect(values.get('satisfaction.responses')).toBe(2);
    expect(values.get('usage.chatTurns')).toBe(2);
    expect(wb.getWorksheet('Khảo sát')?.rowCount).toBe(6);
  });

  it('the content-gap list masks phone numbers and e-mails and counts', async () => {
    const res = await get('bientap', `/api/staff/reports/gaps?${period}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const search = body.items.find((i: { source: string }) => i.source === 'search');
    expect(search).toMatchObject({ text: 'xqzwk vbnmj [số] [email]', count: 1 });
    expect(JSON.stringify(body)).not.toMatch(/0912|345 678|zqk@/);
    expect(body.items.some((i: { source: string }) => i.source === 'chat')).toBe(true);
  });

  it('the printable report shows the figures in the periodic report layout', async () => {
    const res = await get('lanhdao', `/api/staff/reports/print?${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(res.body).toContain('Kết quả thông tin, tuyên truyền cải cách hành chính');
    expect(res.body).toMatch(/Trả lời đúng hạn<\/td><td class="n">1</);
    expect(res.body).toMatch(/Tỷ lệ trả lời đúng hạn<\/td><td class="n">50 %</);
    expect(res.body).not.toContain('Trần Văn Bình');
  });
});

describe('who sees reports', () => {
  it('leaders and admins; not handlers or editors; nobody signed out', async () => {
    expect((await get('quantri', `/api/staff/reports/summary?${period}`)).statusCode).toBe(200);
    expect((await get('tuphap', `/api/staff/reports/summary?${period}`)).statusCode).toBe(403);
    expect((await get('bientap', `/api/staff/reports/summary?${period}`)).statusCode).toBe(403);
    expect((await get(null, `/api/staff/reports/summary?${period}`)).statusCode).toBe(401);
  });

  it('a leader sees nothing personal: no inbox, no case, no accounts', async () => {
    expect((await get('lanhdao', '/api/staff/feedback')).statusCode).toBe(403);
    expect((await get('lanhdao', '/api/staff/feedback/counts')).statusCode).toBe(403);
    expect((await get('lanhdao', '/api/staff/settings/staff')).statusCode).toBe(403);
    const me = (await get('lanhdao', '/api/staff/me')).json();
    expect(me.roles).toEqual(['leader']);
  });
});

describe('bad input', () => {
  it('answers a clear Vietnamese 400', async () => {
    const bad = async (q: string) => {
      const res = await get('lanhdao', `/api/staff/reports/summary?${q}`);
      expect(res.statusCode).toBe(400);
      return res.json().detail as string;
    };
    expect(await bad('from=2026-13-01&to=2026-12-31')).toContain('YYYY-MM-DD');
    expect(await bad('from=2026-02-01&to=2026-01-01')).toContain('trước hoặc bằng');
    expect(await bad('to=2026-01-01')).toContain('ngày bắt đầu');
    expect(await bad(`${period}&format=pdf`)).toContain('json, csv hoặc xlsx');
    expect(await bad('from=2020-01-01&to=2026-01-01')).toContain('tối đa 3 năm');
  });

  it('survey: one answer per device per day, unknown office, out-of-range score', async () => {
    const again = await survey('thiet-bi-aaaaaaaaaaaa', { access: 1, procedure: 1, staff: 1, result: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('đã gửi đánh giá');
    const office = await survey('thiet-bi-cccccccccccc', { access: 4, procedure: 4, staff: 4, result: 4 }, 'khong-co');
    expect(office.statusCode).toBe(400);
    expect(office.json().detail).toContain('Không tìm thấy nơi làm thủ tục');
    const score = await survey('thiet-bi-dddddddddddd', { access: 6, procedure: 4, staff: 4, result: 4 });
    expect(score.statusCode).toBe(400);
    expect(score.json().detail).toContain('từ 1 đến 5');
  });

  it('beacon: unknown events refused, unknown units counted as no unit', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/usage/beacon', payload: { event: 'tracking_me' } });
    expect(res.statusCode).toBe(400);
    const garbage = await t.app.inject({
      method: 'POST',
      url: '/api/usage/beacon',
      headers: { 'content-type': 'text/plain' },
      payload: 'not json',
    });
    expect(garbage.statusCode).toBe(400);
    expect(await t.app.usage.knownUnit('VD-HOA-AN')).toBe('VD-HOA-AN');
    expect(await t.app.usage.knownUnit('AI-DO')).toBe('');
  });
});
