import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await testApp());
});
afterAll(async () => close?.());

const search = async (q: string, extra = '') => {
  const res = await app.inject({ method: 'GET', url: `/api/procedures?q=${encodeURIComponent(q)}${extra}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: { code: string; name: string; score: number; levels: string[] }[]; total: number; highlight: string[] };
};

describe('GET /api/procedures', () => {
  it.each([
    ['dang ky khai sinh', /khai sinh/i],
    ['đăng ki kết hôn', /kết hôn/i],
    ['chung thuc ban sao', /chứng thực bản sao/i],
    ['khai sinnh', /khai sinh/i],
    ['cắt khẩu', /xóa đăng ký thường trú/i],
    ['xin giấy độc thân', /tình trạng hôn nhân/i],
    // The base procedure, not its variants ("Xóa …", "… lại …"), when the query names none.
    ['dang ky tam tru', /^Đăng ký tạm trú$/],
    ['ket hon', /^Thủ tục đăng ký kết hôn$/],
    ['xoa dang ky tam tru', /^Xóa đăng ký tạm trú$/],
  ])('"%s" finds the procedure people mean first', async (q, expected) => {
    const body = await search(q);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]!.name).toMatch(expected);
  });

  it('pages with limit and offset and reports the total', async () => {
    const all = await search('đăng ký', '&limit=50');
    const page2 = await search('đăng ký', '&limit=2&offset=2');
    expect(page2.total).toBe(all.total);
    expect(page2.items.map((i) => i.code)).toEqual(all.items.slice(2, 4).map((i) => i.code));
  });

  it('fields count their procedures at every level and at commune level', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/fields' });
    const fields = res.json().items as { id: string; count: number; communeCount: number }[];
    const hoTich = fields.find((f) => f.id === 'ho-tich')!;
    expect(hoTich.communeCount).toBeGreaterThan(0);
    expect(hoTich.communeCount).toBeLessThanOrEqual(hoTich.count);
    expect((await search('', '&field=ho-tich&level=xa&limit=50')).total).toBe(hoTich.communeCount);
  });

  it('filters by level', async () => {
    const body = await search('', '&level=xa&limit=50');
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(item.levels).toContain('xa');
  });

  it.each([
    ['q over 200 characters', `/api/procedures?q=${'a'.repeat(201)}`, /200 ký tự/],
    ['an unknown level', '/api/procedures?level=huyen', /Cấp thực hiện/],
    ['limit 0', '/api/procedures?limit=0', /limit/],
    ['limit 51', '/api/procedures?limit=51', /limit/],
    ['limit not a number', '/api/procedures?limit=abc', /limit/],
    ['an operator-shaped parameter', '/api/procedures?q[$gt]=', /không hợp lệ/],
    ['an operator key', '/api/procedures?$where=1', /không hợp lệ/],
  ])('refuses %s with a Vietnamese 400 problem', async (_label, url, detail) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toMatch(detail);
  });
});

describe('GET /api/procedures/:code', () => {
  it('returns the whole procedure with where each field comes from', async () => {
    const { items } = await search('đăng ký khai sinh');
    const res = await app.inject({ method: 'GET', url: `/api/procedures/${items[0]!.code}` });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.name).toMatch(/khai sinh/i);
    expect(p.documentGroups.length).toBeGreaterThan(0);
    expect(Object.values(p.provenance)).toContain('curated');
    expect(p).not.toHaveProperty('_id');
  });

  it('a curated procedure carries its short plain title next to the official name, in the list too', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/procedures/1.013225' });
    const p = res.json();
    expect(p.shortName).toBe('Cấp giấy phép xây dựng nhà ở riêng lẻ, công trình cấp III, IV');
    expect(p.name.length).toBeGreaterThan(p.shortName.length * 3);
    const list = await search('giấy phép xây dựng');
    expect(list.items.find((i) => i.code === '1.013225')).toMatchObject({ shortName: p.shortName, name: p.name });
  });

  it('keeps the fee fields clients read and adds what applies today, with the condition and its dates', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/procedures/1.014064' });
    const fee = res.json().methods.find((m: { kind: string }) => m.kind === 'truc_tiep').fees[0];
    expect(fee).toMatchObject({ amount: 70000, free: false, per: 'thẻ', text: '70.000 đồng/thẻ' });
    expect(fee.conditions[0]).toMatchObject({ amount: 35000, validFrom: '2025-07-01', validTo: '2026-12-31', appliesTo: null });
    expect(fee.conditions[0].source.document).toBe('Thông tư số 64/2025/TT-BTC');
    expect(fee.applicable).toMatchObject({ baseAmount: 70000, provinceSet: false });
    expect(fee.applicable.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('sends police procedures to Công an xã and cites the law behind a time the record left without a unit', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/procedures/1.004222' });
    expect(res.json().officeInfo.name).toMatch(/^Công an xã/);
    const birth = (await app.inject({ method: 'GET', url: '/api/procedures/1.001193' })).json();
    expect(birth.methods[0].time).toMatchObject({ value: 1, unit: 'ngay_lam_viec', source: { document: 'Luật Hộ tịch số 60/2014/QH13' } });
    expect(birth.online).toMatchObject({ level: 'toan_trinh', source: { document: 'Nghị định số 63/2024/NĐ-CP' } });
  });

  it('answers 404 problem+json for an unknown code', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/procedures/9.999999' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, title: 'Không tìm thấy' });
    expect(res.json().detail).toContain('9.999999');
  });
});
