// Facts a citizen acts on, per curated procedure: what the page (GET /api/procedures/:code) and the
// assistant (POST /api/chat) state for fee, time, place and online level — and that they agree.
// Then the key facts checked by hand against the record and the law, and the content:check rules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { factProblems, knownFacts } from '../../../server/src/content/facts.js';
import { loadContent } from '../../../server/src/content/loader.js';
import { type Procedure, procedureSchema } from '../../../server/src/content/schemas.js';
import { readRecordTexts } from '../../../server/src/importer/national.js';
import { contentDir, nationalFile, testApp } from '../helpers/app.js';

let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await testApp({ OUTBOX_ENABLED: 'false', CHAT_RATE_LIMIT_MAX: '10000' }));
});
afterAll(async () => close?.());
afterEach(() => {
  vi.useRealTimers();
});

const files = readdirSync(path.join(contentDir, 'procedures')).filter((f) => f.endsWith('.yaml'));
const curated = files.map((file) => ({
  file,
  p: procedureSchema.parse(parse(readFileSync(path.join(contentDir, 'procedures', file), 'utf8'))),
}));

interface PageFee {
  amount: number | null;
  free: boolean;
  applicable: { amount: number | null; free: boolean; condition: unknown; provinceSet: boolean; reason: string | null };
}
interface Page {
  methods: { kind: string; time: { value: number | null; unit: string | null }; fees: PageFee[] }[];
  officeInfo: { name: string } | null;
  online: { level: string };
}

async function page(code: string): Promise<Page> {
  const res = await app.inject({ method: 'GET', url: `/api/procedures/${code}` });
  expect(res.statusCode).toBe(200);
  return res.json();
}
async function ask(code: string, text: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { text, procedure: code } });
  expect(res.statusCode).toBe(200);
  return res.json().reply.text as string;
}

const UNIT: Record<string, string> = { ngay_lam_viec: 'ngày làm việc', ngay: 'ngày', gio: 'giờ', thang: 'tháng', nam: 'năm' };
const money = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe.each(curated)('$file: page and assistant state the same facts', ({ p }) => {
  it('time: each method as in the content, the assistant says it or says it does not know', async () => {
    const shown = await page(p.code);
    expect(shown.methods.map((m) => [m.time.value, m.time.unit])).toEqual(p.methods.map((m) => [m.time.value, m.time.unit]));
    const reply = await ask(p.code, 'mất mấy ngày');
    const known = p.methods.filter((m) => m.time.value !== null && m.time.unit !== null);
    for (const m of known) expect(reply).toContain(`${money(m.time.value!)} ${UNIT[m.time.unit!]}`);
    if (known.length < p.methods.length || p.methods.length === 0) expect(reply).toMatch(/chưa có thông tin/);
  });

  it('fee: the page gives what applies today and why; the assistant states the same amount', async () => {
    const shown = await page(p.code);
    const reply = await ask(p.code, 'lệ phí bao nhiêu');
    const fees = shown.methods.flatMap((m) => m.fees);
    for (const f of fees) {
      if (f.applicable.provinceSet) expect(f.applicable.reason).toMatch(/Mức do tỉnh quy định/);
      if (f.applicable.provinceSet) expect(reply).toMatch(/mức do tỉnh quy định/);
      if (f.applicable.free) expect(reply).toMatch(/miễn phí/i);
      else if (f.applicable.amount !== null && f.amount === f.applicable.amount) expect(reply).toContain(money(f.applicable.amount));
    }
    if (fees.length === 0 || fees.some((f) => f.applicable.amount === null && !f.applicable.free))
      expect(reply).toMatch(/chưa có thông tin/);
  });

  it('place: the assistant names the office the page shows; police procedures go to Công an xã', async () => {
    const shown = await page(p.code);
    expect(shown.officeInfo).not.toBeNull();
    const reply = await ask(p.code, 'nộp ở đâu');
    expect(reply).toContain(shown.officeInfo!.name);
    const police = p.field === 'cu-tru' || p.field === 'can-cuoc';
    expect(/Công an/.test(shown.officeInfo!.name)).toBe(police);
  });

  it('online level: the assistant says what the page says', async () => {
    const shown = await page(p.code);
    expect(shown.online.level).toBe(p.online.level);
    const reply = await ask(p.code, 'làm online được không');
    const said: Record<string, RegExp> = {
      toan_trinh: /toàn trình/,
      mot_phan: /một phần/,
      khong: /chưa làm trực tuyến được/,
      chua_ro: /trực tuyến/,
    };
    expect(reply).toMatch(said[p.online.level]!);
    if (p.online.level === 'toan_trinh') expect(reply).not.toMatch(/vẫn có bước phải làm trực tiếp/);
  });
});

describe('key facts, checked by hand against the record and the law', () => {
  const proc = (code: string) => curated.find((c) => c.p.code === code)!.p;

  it('birth, marriage and death registration: same day once the papers are complete, cited to Luật Hộ tịch', async () => {
    for (const [code, article] of [
      ['1.001193', 'Điều 16 khoản 2'],
      ['1.000894', 'Điều 18 khoản 2'],
      ['1.000656', 'Điều 34 khoản 2'],
    ] as const) {
      for (const m of proc(code).methods) {
        expect(m.time).toMatchObject({ value: 1, unit: 'ngay_lam_viec' });
        expect(m.time.source).toMatchObject({ document: 'Luật Hộ tịch số 60/2014/QH13', article });
      }
    }
    expect(proc('1.000894').methods[0]!.time.note).toMatch(/không quá 05 ngày làm việc/);
    expect(await ask('1.001193', 'mất mấy ngày')).toContain('1 ngày làm việc');
  });

  it('parent-child recognition: 3 working days; re-registration of birth and death: 5 (Nghị định 123/2015/NĐ-CP)', () => {
    expect(proc('1.001022').methods.every((m) => m.time.value === 3 && m.time.unit === 'ngay_lam_viec')).toBe(true);
    for (const [code, article] of [
      ['1.004884', 'Điều 26 khoản 2'],
      ['1.005461', 'Điều 28 khoản 2'],
    ] as const) {
      for (const m of proc(code).methods) {
        expect(m.time).toMatchObject({ value: 5, unit: 'ngay_lam_viec' });
        expect(m.time.source).toMatchObject({ document: 'Nghị định số 123/2015/NĐ-CP', article });
      }
    }
  });

  it('marital-status confirmation and re-registration of marriage stay unknown: the record has a bare number, no text in force was found', () => {
    for (const code of ['1.004873', '1.004746']) expect(knownFacts(proc(code)).time, code).toBe(false);
  });

  it('reissued ID card: 35.000 đồng until 31/12/2026 (Thông tư 64/2025/TT-BTC), then 70.000 đồng', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T03:00:00Z'));
    const now = (await page('1.014064')).methods.find((m) => m.kind === 'truc_tiep')!.fees[0]!;
    expect(now.applicable).toMatchObject({ amount: 35000, provinceSet: false });
    expect(now.applicable.reason).toMatch(/đến hết 31\/12\/2026 \(Thông tư số 64\/2025\/TT-BTC/);
    vi.setSystemTime(new Date('2027-01-01T01:00:00Z'));
    const later = (await page('1.014064')).methods.find((m) => m.kind === 'truc_tiep')!.fees[0]!;
    expect(later.applicable.amount).toBe(70000);
  });

  it('the assistant states the reduced ID-card fee that applies today, why, and the usual amount; after the date, the usual amount', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T03:00:00Z'));
    const now = await ask('1.014064', 'lệ phí bao nhiêu');
    expect(now).toContain('35.000 đồng');
    expect(now).toMatch(/31\/12\/2026/);
    expect(now).toMatch(/Thông tư số 64\/2025\/TT-BTC/);
    expect(now).toContain('mức thường 70.000 đồng');
    vi.setSystemTime(new Date('2027-01-02T03:00:00Z'));
    const later = await ask('1.014064', 'lệ phí bao nhiêu');
    expect(later).toContain('70.000 đồng');
    expect(later).not.toContain('35.000 đồng');
  });

  it('the assistant says "mức do tỉnh quy định" for a province-set fee, and marks the example locality value as an example', async () => {
    const permit = await ask('1.013225', 'lệ phí bao nhiêu');
    expect(permit).toMatch(/mức do tỉnh quy định/);
    const business = await ask('1.001612', 'lệ phí bao nhiêu');
    // The example label before the amount, not after it (round 42's tryout read the amount as the fee).
    expect(business).toMatch(/mức ví dụ của địa phương mẫu, chưa phải mức thật của xã bạn: [\d.]+ đồng/);
    expect(business).not.toMatch(/\d đồng\/lần \(mức do tỉnh quy định; đây là mức ví dụ/);
  });

  it('temporary residence: individual rate and group-list rate, each method', () => {
    const amounts = (kind: string) =>
      proc('1.004194')
        .methods.find((m) => m.kind === kind)!
        .fees.map((f) => [f.amount, f.note]);
    expect(amounts('truc_tiep')).toEqual([
      [15000, 'Cá nhân, hộ gia đình.'],
      [10000, 'Đăng ký theo danh sách.'],
    ]);
    expect(amounts('truc_tuyen')).toEqual([
      [7000, 'Cá nhân, hộ gia đình.'],
      [5000, 'Đăng ký theo danh sách.'],
    ]);
  });

  it('residence procedures are fully online; the page never also says a step must be done in person', () => {
    for (const { p } of curated.filter(({ p }) => p.field === 'cu-tru')) {
      expect(p.online.level, p.code).toBe('toan_trinh');
      expect(p.online.source, p.code).toBeTruthy();
    }
  });

  it('household business fees are province-set; the example locality marks its values as examples', async () => {
    const fees = (await page('1.001612')).methods.flatMap((m) => m.fees);
    for (const f of fees) expect(f.applicable).toMatchObject({ provinceSet: true, example: true });
    const other = (await page('2.000720')).methods.flatMap((m) => m.fees);
    for (const f of other) expect(f.applicable).toMatchObject({ provinceSet: true, amount: null });
  });
});

describe('content:check rules', () => {
  async function withChange(code: string, change: (p: Procedure) => void) {
    const { content } = await loadContent(contentDir);
    const p = content!.procedures.find((x) => x.code === code)!;
    change(p);
    return factProblems(content!, new Map([[code, 'Trực tiếp3 Ngày làm việc10,000 Việt Nam Đồng 60/2014/QH13 Công an cấp Xã']])).filter(
      (x) => x.file === p.file,
    );
  }

  it('passes the shipped content', async () => {
    const { content } = await loadContent(contentDir);
    expect(factProblems(content!)).toEqual([]);
  });

  it.skipIf(!existsSync(nationalFile))('passes the shipped content checked against the national records', async () => {
    const { content } = await loadContent(contentDir);
    const records = await readRecordTexts(nationalFile, new Set(content!.procedures.map((p) => p.code)));
    expect(records.size).toBe(content!.procedures.length);
    expect(factProblems(content!, records)).toEqual([]);
  });

  it('fails on a fee or time that is neither in the record nor cited', async () => {
    const problems = await withChange('1.010038', (p) => {
      p.methods[0]!.fees[0]!.amount = 12000;
      p.methods[0]!.time = { value: 4, unit: 'ngay_lam_viec', text: '' };
    });
    expect(problems.some((x) => /thời hạn 4 ngày làm việc/.test(x.message))).toBe(true);
    expect(problems.some((x) => /mức 12000/.test(x.message))).toBe(true);
  });

  it('fails on record artefacts: garbled legal basis, editor notes, record-cell advice, mistakes among tips, notes as papers', async () => {
    const problems = await withChange('1.010038', (p) => {
      p.legalBasis.push({ number: '1360/2014/QH13', title: 'Luật 60/2014/QH', date: null, issuer: null });
      p.legalBasis.push({ number: '2020/QH14', title: 'Luật Cư trú 202068/', date: null, issuer: null });
      p.legalBasis.push({ number: '87/2020/NĐ-CP', title: 'Nghị định … Bộ Tư pháp18/2026/NĐ-CP Nghị định', date: null, issuer: null });
      p.tips.push('Nộp trực tiếp nhanh hơn trực tuyến.', 'Khởi công trước khi có giấy phép.');
      p.methods[0]!.fees[0]!.note = 'Cổng quốc gia ghi 5.000 đồng.';
      p.documentGroups[0]!.documents.push({
        name: 'Lưu ý: không cần bản sao',
        originals: 0,
        copies: 0,
        form: null,
        formUrl: null,
        note: null,
      });
    });
    const text = problems.map((x) => `${x.path}: ${x.message}`).join('\n');
    expect(text).toMatch(/1360\/2014\/QH13" không có thật/);
    expect(text).toMatch(/"2020\/QH14" bị cắt đầu/);
    expect(text).toMatch(/87\/2020\/NĐ-CP dính số hiệu/);
    expect(text).toMatch(/không phải lời khuyên/);
    expect(text).toMatch(/chuyển sang mistakes/);
    expect(text).toMatch(/người biên soạn/);
    expect(text).toMatch(/không phải giấy tờ để đánh dấu/);
  });

  it('fails on an agency the record does not name, but accepts the record agency without "thị trấn"', async () => {
    const ok = await withChange('1.010038', () => {});
    expect(ok.filter((x) => x.path.startsWith('agencies'))).toEqual([]);
    const wrong = await withChange('1.010038', (p) => {
      p.agencies.implementing = 'Phòng Tư pháp huyện';
    });
    expect(wrong.map((x) => x.message)).toContain('"Phòng Tư pháp huyện" không có trong bản ghi quốc gia');
  });

  it('fails on the wrong place and on "one step in person" contradicted by the tips', async () => {
    const problems = await withChange('1.010038', (p) => {
      p.office = 'mot-cua-hoa-an';
      p.agencies.implementing = 'Ủy ban nhân dân xã, phường, thị trấn';
      p.online = { level: 'mot_phan', url: null };
      p.tips.push('Làm trên VNeID, không phải đến trụ sở.');
    });
    const text = problems.map((x) => x.message).join('\n');
    expect(text).toMatch(/ngành Công an nhưng nơi nộp/);
    expect(text).toMatch(/thị trấn/);
    expect(text).toMatch(/không phải đến trụ sở/);
  });
});
