// Open311 GeoReport v2: services from fields, requests through the feedback intake, statuses
// open/closed, answers as status_notes, due dates, units; errors as [{ code, description }];
// no personal data for anyone but the client that sent the request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, type StaffApp, staffApp } from '../staff/helpers.js';

const KEY = 'khoa-bi-mat-cua-app-doi-tac-1234';
let t: StaffApp;
beforeAll(async () => {
  t = await staffApp({ OPEN311_API_KEYS: `app-doi-tac:${KEY},khac:khoa-cua-ung-dung-khac-99999` });
  await t.createStaff('tuphap', ['handler'], ['tu-phap-hoa-an']);
});
afterAll(() => t?.close());

const form = (params: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(params).toString(),
});
const valid = {
  api_key: KEY,
  service_code: 'ho-tich',
  jurisdiction_id: 'VD-HOA-AN',
  description: 'Bộ phận một cửa hẹn trả trích lục khai sinh nhưng quá hẹn 5 ngày chưa có.\nĐề nghị kiểm tra giúp.',
  first_name: 'Hoàng',
  last_name: 'Văn Minh',
  phone: '0934 567 890',
  address_string: 'Thôn Nam, xã Hòa An',
  lat: '21.0301',
  long: '105.8502',
};
const post = (params: Record<string, string>) => t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', ...form(params) });

describe('Open311 GeoReport v2', () => {
  it('lists the fields as services', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(res.statusCode).toBe(200);
    const codes = res.json().map((s: { service_code: string }) => s.service_code);
    expect(codes).toContain('ho-tich');
    expect(res.json()[0]).toMatchObject({ metadata: false, type: 'realtime' });
  });

  let id = '';
  let trackingCode = '';
  it('accepts a form-encoded request with a valid api_key; it becomes feedback routed to the unit', async () => {
    const res = await post(valid);
    expect(res.statusCode).toBe(201);
    const [body] = res.json();
    id = body.service_request_id;
    // A public id, not the tracking code (the citizen's private proof, only in the notice).
    expect(id).toMatch(/^YC-[0-9A-F]{12}$/);
    expect(body.service_notice).toContain('Hạn xử lý');
    const fb = await t.app.store.collection('feedback').findOne({ publicId: id });
    expect(body.service_notice).toContain(fb?.trackingCode);
    trackingCode = fb?.trackingCode as string;
    expect(fb).toMatchObject({
      unitId: 'tu-phap-hoa-an',
      field: 'ho-tich',
      subject: 'Bộ phận một cửa hẹn trả trích lục khai sinh nhưng quá hẹn 5 ngày chưa có.',
      sender: { name: 'Hoàng Văn Minh', phone: '0934567890', address: 'Thôn Nam, xã Hòa An' },
      location: { lat: 21.0301, lng: 105.8502, text: 'Thôn Nam, xã Hòa An' },
      publish: false,
      source: { channel: 'open311', client: 'app-doi-tac' },
    });
    // A retry of the same request does not create a second one.
    expect((await post(valid)).json()[0].service_request_id).toBe(id);
    // The citizen tracks it like any other feedback.
    expect((await t.app.inject({ method: 'GET', url: `/api/feedback/${trackingCode}?phoneLast4=7890` })).statusCode).toBe(200);
  });

  it('refuses a missing or wrong api_key, and missing sender details, as [{code, description}]', async () => {
    const bad = await post({ ...valid, api_key: 'sai-khoa-hoan-toan-khong-dung' });
    expect(bad.statusCode).toBe(403);
    expect(bad.json()).toEqual([{ code: 403, description: 'api_key không hợp lệ.' }]);
    const none = await post({ ...valid, api_key: '' });
    expect(none.statusCode).toBe(400);
    expect(Array.isArray(none.json())).toBe(true);
    const { phone, ...noPhone } = valid;
    const res = await post(noPhone);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual([{ code: 400, description: 'phone: Vui lòng nhập số điện thoại.' }]);
    const unknown = await post({ ...valid, service_code: 'khong-co' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()[0].description).toContain('lĩnh vực');
    expect(unknown.headers['content-type']).toContain('application/json');
  });

  it('shows the request as open with due date and unit, without personal data for the public', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` });
    expect(res.statusCode).toBe(200);
    const [r] = res.json();
    const fb = await t.app.store.collection('feedback').findOne({ publicId: id });
    expect(r).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'ho-tich',
      agency_responsible: 'Công chức Tư pháp - Hộ tịch xã Hòa An',
      expected_datetime: `${fb?.dueAt}T17:00:00+07:00`,
      description: null,
      lat: null,
      address: null,
    });
    const raw = res.body;
    for (const s of ['Hoàng', '0934567890', 'Thôn Nam', 'quá hẹn']) expect(raw).not.toContain(s);
    // The client that sent it sees its own request in full (still never name or phone).
    const own = (await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json?api_key=${KEY}` })).json()[0];
    expect(own).toMatchObject({ description: valid.description, lat: 21.0301, long: 105.8502, address: 'Thôn Nam, xã Hòa An' });
    expect(JSON.stringify(own)).not.toContain('0934567890');
  });

  it('maps an answer to closed with status_notes, and filters by status and date', async () => {
    await t.app.inject({
      method: 'POST',
      url: `/api/staff/feedback/${trackingCode}/answer`,
      headers: { cookie: await t.cookieFor('tuphap'), ...CSRF },
      payload: { text: 'Xã đã trả kết quả trích lục cho ông ngày hôm nay.' },
    });
    const own = (await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json?api_key=${KEY}` })).json()[0];
    expect(own).toMatchObject({ status: 'closed', status_notes: 'Xã đã trả kết quả trích lục cho ông ngày hôm nay.' });
    // Not published: the public sees only the status label.
    const pub = (await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` })).json()[0];
    expect(pub.status_notes).toBe('Đã có trả lời');

    const closed = (await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=closed' })).json();
    // No list ever carries a tracking code.
    expect(JSON.stringify(closed)).not.toMatch(/(PA|KN|HD)-\d{4}-\d{6}/);
    expect((await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${trackingCode}.json` })).statusCode).toBe(404);
    expect(closed.map((r: { service_request_id: string }) => r.service_request_id)).toContain(id);
    const open = (await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=open' })).json();
    expect(open.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(id);
    const future = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?start_date=2099-01-01T00:00:00Z' });
    expect(future.json()).toEqual([]);
    const badDate = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?start_date=hom-qua' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()[0]).toMatchObject({ code: 400 });
  });

  it('answers 404 as [{code, description}] for an unknown request', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/open311/v2/requests/PA-2020-000999.json' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual([{ code: 404, description: 'Không có yêu cầu PA-2020-000999.' }]);
  });

  it('also takes JSON bodies', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: { ...valid, description: `${valid.description} (JSON)` },
    });
    expect(res.statusCode).toBe(201);
  });
});
