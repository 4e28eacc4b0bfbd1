// A handler's day: sign in, see the unit's inbox with counts, open a case with the sender's
// details, answer and publish it; the citizen sees the answer, rates it; it is listed publicly
// without personal data; every step is in the audit log without personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, type StaffApp, staffApp, UNIT_A, UNIT_B } from './helpers.js';

let t: StaffApp;
const phone = '0987 654 321';
let code = '';
let other = '';

beforeAll(async () => {
  t = await staffApp();
  await t.createStaff('tuphap', ['handler'], [UNIT_A]);
  await t.createStaff('binhminh', ['handler'], [UNIT_B]);
  await t.createStaff('quantri', ['admin']);
  code = await t.submit({
    subject: 'Chậm cấp bản sao trích lục khai sinh',
    content: 'Tôi nộp hồ sơ xin bản sao trích lục khai sinh đã 10 ngày mà chưa nhận được kết quả, mong xã kiểm tra.',
    field: 'ho-tich',
    sender: { name: 'Trần Thị Bình', phone, address: 'Xóm Đường, xã Hòa An' },
    publish: true,
  });
  other = await t.submit({ communeCode: 'VD-BINH-MINH', field: undefined });
});
afterAll(() => t?.close());

const get = async (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: await t.cookieFor(user) } });
const post = async (user: string, url: string, payload?: object) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: await t.cookieFor(user), ...CSRF },
    ...(payload === undefined ? {} : { payload }),
  });

describe('handling a feedback from inbox to public answer', () => {
  it('shows only the unit’s own feedback in the inbox, with counts and working days left', async () => {
    const res = await get('tuphap', '/api/staff/feedback');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { trackingCode: string }) => i.trackingCode)).toEqual([code]);
    expect(body.items[0].workingDaysLeft).toBe(7);
    expect(body.items[0].overdue).toBe(false);
    expect(JSON.stringify(body)).not.toContain('Trần Thị Bình');
    const counts = (await get('tuphap', '/api/staff/feedback/counts')).json();
    expect(counts).toMatchObject({ open: 1, new: 1, in_progress: 0, overdue: 0 });
    const admin = (await get('quantri', '/api/staff/feedback')).json();
    expect(admin.total).toBe(2);
  });

  it('searches the inbox by code or by subject typed without accents', async () => {
    const find = async (q: string) =>
      (await get('tuphap', `/api/staff/feedback?status=all&q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { trackingCode: string }) => i.trackingCode);
    expect(await find('cham cap ban sao')).toEqual([code]);
    expect(await find('CHẬM CẤP')).toEqual([code]);
    expect(await find(code.toLowerCase())).toEqual([code]);
    expect(await find('đèn đường')).toEqual([]);
  });

  it('opens the case with the sender’s details for the handling unit', async () => {
    const res = await get('tuphap', `/api/staff/feedback/${code}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.sender).toEqual({ name: 'Trần Thị Bình', phone: '0987654321', address: 'Xóm Đường, xã Hòa An' });
    expect(d.unit.id).toBe(UNIT_A);
    expect(d.deliveries).toHaveLength(1);
    expect(d.actions).toEqual(expect.arrayContaining(['acknowledge', 'answer', 'transfer', 'reject', 'duplicate']));
  });

  it('hides the case and its sender from another unit’s handler and from editors', async () => {
    await t.createStaff('bientap', ['editor']);
    const otherUnit = await get('binhminh', `/api/staff/feedback/${code}`);
    expect(otherUnit.statusCode).toBe(404);
    expect(otherUnit.body).not.toContain('Trần Thị Bình');
    expect((await get('bientap', `/api/staff/feedback/${code}`)).statusCode).toBe(403);
    expect((await get('quantri', `/api/staff/feedback/${code}`)).json().sender.name).toBe('Trần Thị Bình');
    const list = (await get('binhminh', '/api/staff/feedback?status=all')).json();
    expect(list.items.map((i: { trackingCode: string }) => i.trackingCode)).toEqual([other]);
  });

  it('acknowledges, notes internally, answers, then publishes through a preview that masks personal data', async () => {
    expect((await post('tuphap', `/api/staff/feedback/${code}/acknowledge`)).json().detail.status).toBe('in_progress');
    await post('tuphap', `/api/staff/feedback/${code}/notes`, { text: 'Đã gọi bộ phận một cửa kiểm tra hồ sơ.' });
    const res = await post('tuphap', `/api/staff/feedback/${code}/answer`, {
      text: 'Hồ sơ của bà Trần Thị Bình đã được giải quyết; bản sao trích lục khai sinh đã có tại Bộ phận một cửa xã, mời bà đến nhận. Cần hỏi thêm, bà gọi 0987 654 321 hoặc 0203.3456.789.',
      publish: true,
    });
    expect(res.statusCode).toBe(200);
    const d = res.json().detail;
    expect(d.status).toBe('answered');
    // Answering does not publish: that goes through the preview.
    expect(d.publishApproved).toBe(false);
    expect(d.timeline.find((e: { type: string }) => e.type === 'note')).toMatchObject({ citizenVisible: false, by: 'Cán bộ tuphap' });

    const preview = (await get('tuphap', `/api/staff/feedback/${code}/publish-preview`)).json();
    expect(preview.answer).toBe(
      'Hồ sơ của bà [người gửi] đã được giải quyết; bản sao trích lục khai sinh đã có tại Bộ phận một cửa xã, mời bà đến nhận. Cần hỏi thêm, bà gọi [số điện thoại đã ẩn] hoặc [số điện thoại đã ẩn].',
    );
    expect(preview.masked).toBe(3);
    // Staff edit the preview; a number typed back in is masked again on the server.
    const published = await post('tuphap', `/api/staff/feedback/${code}/publish`, {
      publish: true,
      subject: preview.subject,
      content: preview.content,
      answer: `${preview.answer.replace('mời bà đến nhận', 'mời người gửi đến nhận')} Liên hệ 0987654321.`,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().detail.publishApproved).toBe(true);
  });

  it('the citizen sees the answer (not the internal note) by tracking code and rates it', async () => {
    const track = await t.app.inject({ method: 'GET', url: `/api/feedback/${code}?phoneLast4=4321` });
    expect(track.statusCode).toBe(200);
    const body = track.json();
    expect(body.status).toBe('answered');
    expect(body.answer.text).toContain('mời bà đến nhận');
    expect(JSON.stringify(body)).not.toContain('Đã gọi bộ phận một cửa');

    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/feedback/${code}/rating`,
      payload: { phoneLast4: '0000', stars: 5, solved: true },
    });
    expect(wrong.statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/feedback/${code}/rating`,
      payload: { phoneLast4: '4321', stars: 6, solved: true },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('từ 1 đến 5');
    const rate = await t.app.inject({
      method: 'POST',
      url: `/api/feedback/${code}/rating`,
      payload: { phoneLast4: '4321', stars: 4, solved: true, comment: 'Cảm ơn xã.' },
    });
    expect(rate.statusCode).toBe(200);
    expect((await get('tuphap', `/api/staff/feedback/${code}`)).json().rating).toMatchObject({
      stars: 4,
      solved: true,
      comment: 'Cảm ơn xã.',
    });
  });

  it('cannot rate a feedback that has no answer yet', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/feedback/${other}/rating`,
      payload: { phoneLast4: '0000', stars: 3, solved: false },
    });
    expect(res.statusCode).toBe(404);
  });

  it('lists the answer publicly, found without accents, with no personal data and working days taken', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/feedback/public?q=trich luc khai sinh' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id: expect.stringMatching(/^YC-/), unit: { id: UNIT_A }, daysTaken: 0 });
    expect(body.items[0].answer).toContain('mời người gửi đến nhận');
    const raw = JSON.stringify(body);
    // Never the private tracking code in a public list.
    expect(raw).not.toContain(code);
    for (const personal of ['Trần Thị Bình', '0987654321', '0987 654 321', '3456.789', 'Xóm Đường', '4321'])
      expect(raw).not.toContain(personal);
    expect((await t.app.inject({ method: 'GET', url: '/api/feedback/public?q=xay dung' })).json().total).toBe(0);
  });

  it('stops listing it when staff unpublish', async () => {
    await post('tuphap', `/api/staff/feedback/${code}/publish`, { publish: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/feedback/public' })).json().total).toBe(0);
    // Publishing again needs the checked texts.
    expect((await post('tuphap', `/api/staff/feedback/${code}/publish`, { publish: true })).statusCode).toBe(400);
    const preview = (await get('tuphap', `/api/staff/feedback/${code}/publish-preview`)).json();
    const { masked, ...texts } = preview;
    await post('tuphap', `/api/staff/feedback/${code}/publish`, { publish: true, ...texts });
    expect((await t.app.inject({ method: 'GET', url: '/api/feedback/public' })).json().total).toBe(1);
  });

  it('refuses to publish when the citizen did not allow it', async () => {
    const res = await post('binhminh', `/api/staff/feedback/${other}/answer`, {
      text: 'Xã đã sửa đèn đường ngõ 5 thôn Đông.',
      publish: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('không đồng ý công khai');
  });

  it('writes an audit event for every action, without personal data or free text', async () => {
    const res = await get('quantri', `/api/staff/audit?target=${code}`);
    const actions = res.json().items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining(['feedback.acknowledge', 'feedback.note', 'feedback.answer', 'feedback.publish', 'feedback.unpublish']),
    );
    const raw = JSON.stringify((await get('quantri', '/api/staff/audit?limit=200')).json());
    for (const personal of ['Trần Thị Bình', '0987654321', 'Xóm Đường', 'mời bà đến nhận', 'Đã gọi bộ phận'])
      expect(raw).not.toContain(personal);
  });
});

describe('erasure', () => {
  it('withdrawing consent takes a published answer off the public list (and staff cannot publish it again)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/feedback/public' })).json().total).toBe(1);
    const erase = await t.app.inject({
      method: 'POST',
      url: `/api/feedback/${code}/erase`,
      payload: { eraseCode: t.eraseCodes.get(code) },
    });
    expect(erase.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/feedback/public' })).json().total).toBe(0);
    expect((await get('tuphap', `/api/staff/feedback/${code}/publish-preview`)).statusCode).toBe(400);
  });
});
