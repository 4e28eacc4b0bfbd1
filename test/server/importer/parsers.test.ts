import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedureSchema } from '../../../server/src/content/schemas.js';
import { parseDocuments, splitForm } from '../../../server/src/importer/documents.js';
import { dateOf, issuerOf, parseLegalBasis } from '../../../server/src/importer/legal-basis.js';
import { parseMethods, reductionsIn } from '../../../server/src/importer/methods.js';
import { agencyText, parseLevels, parseNationalRecord, parseResult, parseSteps } from '../../../server/src/importer/record.js';
import { slugify } from '../../../server/src/importer/text.js';

const H = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const D = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
const L = 'Tên văn bản pháp lýMã văn bản';
const fixture = path.resolve(import.meta.dirname, '../../fixtures/national/sample.jsonl');
const fixtureRecords = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter(Boolean)
  .flatMap((l) => {
    try {
      return [JSON.parse(l) as Record<string, string>];
    } catch {
      return [];
    }
  });
const record = (code: string) => fixtureRecords.find((r) => r.ma_thu_tuc === code)!;

describe('parseMethods', () => {
  it('splits the flattened table into one method per row with time and fee', () => {
    const r = parseMethods(
      `${H}Trực tuyến5 Ngày làm việcMiễn phíNộp qua Cổng.Dịch vụ bưu chính10 NgàyMiễn phíTrực tiếp2 Giờ50,000 Việt Nam Đồng`,
    );
    expect(r.quality).toBe('structured');
    expect(r.methods.map((m) => [m.kind, m.time.value, m.time.unit])).toEqual([
      ['truc_tuyen', 5, 'ngay_lam_viec'],
      ['buu_chinh', 10, 'ngay'],
      ['truc_tiep', 2, 'gio'],
    ]);
    expect(r.methods[0]!.description).toBe('Nộp qua Cổng.');
    expect(r.methods[0]!.fees).toEqual([{ amount: 0, currency: 'VND', per: null, free: true, note: null, text: 'Miễn phí' }]);
    expect(r.methods[2]!.fees[0]).toMatchObject({ amount: 50000, currency: 'VND', free: false });
  });

  it('keeps a time that lost its unit as unknown, with the original digits', () => {
    const r = parseMethods(`${H}Trực tuyến1Miễn phíTrực tiếp1Miễn phí`);
    expect(r.methods).toHaveLength(2);
    for (const m of r.methods) {
      expect(m.time).toEqual({ value: null, unit: null, text: '1' });
      expect(m.fees[0]!.free).toBe(true);
    }
  });

  it('keeps a method that appears twice with its two different fees, in VND and USD, per copy', () => {
    const r = parseMethods(
      `${H}Trực tiếp5 Ngày làm việc100,000 Việt Nam Đồng(100.000 đồng/bản)Trong nước.Trực tiếp5 Ngày làm việc10 USD(/bản)Ở nước ngoài.`,
    );
    expect(r.methods).toHaveLength(2);
    expect(r.methods.map((m) => m.kind)).toEqual(['truc_tiep', 'truc_tiep']);
    expect(r.methods[0]!.fees[0]).toMatchObject({ amount: 100000, currency: 'VND', per: 'bản' });
    expect(r.methods[1]!.fees[0]).toMatchObject({ amount: 10, currency: 'USD', per: 'bản' });
    expect(r.methods[1]!.description).toBe('Ở nước ngoài.');
  });

  it('reads a per-page fee', () => {
    const r = parseMethods(`${H}Trực tiếp1 Ngày làm việc2,000 VNĐ(2.000 đồng/trang)`);
    expect(r.methods[0]!.fees[0]).toMatchObject({ amount: 2000, currency: 'VND', per: 'trang', free: false });
  });

  it('does not call an empty fee free', () => {
    const r = parseMethods(`${H}Dịch vụ bưu chính2 Ngày làm việcKhông có thông tin`);
    expect(r.methods[0]!.fees).toEqual([]);
    expect(r.methods[0]!.time.value).toBe(2);
  });

  it('does not call "Miễn phí" free when its note says the province sets the fee', () => {
    const r = parseMethods(`${H}Trực tiếp3 Ngày làm việcMiễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.)`);
    const fee = r.methods[0]!.fees[0]!;
    expect(fee.free).toBe(false);
    expect(fee.amount).toBeNull();
    expect(fee.note).toContain('Hội đồng nhân dân tỉnh');
  });

  it('leaves the amount unknown when the note names a different amount', () => {
    const r = parseMethods(`${H}Trực tuyến15 Ngày20 VNĐ(20.000 vnđ /tờ khai)`);
    expect(r.methods[0]!.fees[0]).toMatchObject({ amount: null, text: '20 VNĐ(20.000 vnđ /tờ khai)' });
  });

  it('flags time and fee glued together instead of guessing where one ends', () => {
    const r = parseMethods(`${H}Trực tuyến120,000 VNĐ(Theo Thông tư)`);
    expect(r.quality).toBe('unknown');
    expect(r.methods[0]!.time.value).toBeNull();
    expect(r.methods[0]!.fees[0]!.amount).toBeNull();
    expect(r.methods[0]!.fees[0]!.text).toBe('120,000 VNĐ(Theo Thông tư)');
  });

  it('does not start a row at a method named inside a description', () => {
    const r = parseMethods(`${H}Trực tiếp5 Ngày làm việcMiễn phí- Trực tuyến: nộp qua Cổng. Trực tiếp tại xã.`);
    expect(r.methods).toHaveLength(1);
    expect(r.methods[0]!.description).toBe('- Trực tuyến: nộp qua Cổng. Trực tiếp tại xã.');
  });

  it('treats "Không có thông tin" and a missing value as empty', () => {
    expect(parseMethods('Không có thông tin').quality).toBe('empty');
    expect(parseMethods(undefined).quality).toBe('empty');
    expect(parseMethods(`${H}Trực tiếpKhông có thông tinKhông có thông tin`).methods[0]).toMatchObject({
      time: { value: null, unit: null },
      fees: [],
    });
  });
});

describe('parseDocuments', () => {
  it('reads groups, counts of originals and copies, and the form file', () => {
    const r = parseDocuments(
      `* Giấy tờ phải nộp:${D}Tờ khai theo mẫu;Mẫu số 01.docx1 bản chính- Giấy chứng sinh1 bản chính* Giấy tờ phải xuất trình:${D}Giấy tờ tùy thân1 bản chínhTrường hợp ủy quyền:${D}Văn bản ủy quyền được chứng thực0 bản chính,1 bản sao`,
    );
    expect(r.quality).toBe('structured');
    expect(r.groups.map((g) => g.title)).toEqual(['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình', 'Trường hợp ủy quyền']);
    expect(r.groups[0]!.documents[0]).toMatchObject({ name: 'Tờ khai theo mẫu', form: 'Mẫu số 01.docx', originals: 1, copies: 0 });
    expect(r.groups[0]!.documents[1]!.name).toBe('Giấy chứng sinh');
    expect(r.groups[2]!.documents[0]).toMatchObject({ originals: 0, copies: 1 });
  });

  it('gives an untitled group ("--") the default title', () => {
    const r = parseDocuments(`--${D}Đơn đề nghị1 bản chính`);
    expect(r.groups[0]!.title).toBe('Giấy tờ phải nộp');
  });

  it('does not take counts written in prose for a cell', () => {
    const r = parseDocuments(`--${D}Tờ khai, nộp 02 bản chính tờ khai theo mẫu1 bản chính`);
    expect(r.groups[0]!.documents).toHaveLength(1);
    expect(r.groups[0]!.documents[0]!.name).toBe('Tờ khai, nộp 02 bản chính tờ khai theo mẫu');
  });

  it('keeps "Lưu ý" rows as the group notes, never as a paper to tick, and drops a stray ". " before a name', () => {
    const r = parseDocuments(`--${D}. Tờ khai đăng ký1 bản chínhLưu ý: Giấy tờ đã có trong Cơ sở dữ liệu thì không phải nộp0 bản chính`);
    expect(r.groups[0]!.documents.map((d) => d.name)).toEqual(['Tờ khai đăng ký']);
    expect(r.groups[0]!.notes).toEqual(['Lưu ý: Giấy tờ đã có trong Cơ sở dữ liệu thì không phải nộp']);
  });

  it('keeps text that is not a documents table as unknown', () => {
    expect(parseDocuments('Bước 1. Nộp hồ sơ cho cơ quan BHXH.').quality).toBe('unknown');
    expect(parseDocuments('--').quality).toBe('empty');
  });

  it('separates glued form file names without cutting at a guess', () => {
    expect(splitForm('Báo cáo khảo sát theo mẫu quy địnhbáo cáo kết quả khảo sát.docx')).toEqual({
      name: 'Báo cáo khảo sát theo mẫu quy định',
      form: 'báo cáo kết quả khảo sát.docx',
    });
    expect(splitForm('Văn bản đề nghị theo Mẫu 40 Nghị định số 23/2026/NĐ-CP.Mau38.docxMau40.docx')).toEqual({
      name: 'Văn bản đề nghị theo Mẫu 40 Nghị định số 23/2026/NĐ-CP',
      form: 'Mau38.docx; Mau40.docx',
    });
    expect(splitForm('Giấy phép đang có hiệu lực')).toEqual({ name: 'Giấy phép đang có hiệu lực', form: null });
  });
});

describe('parseLegalBasis', () => {
  it('splits a title ending in a year from the number glued to it, and keeps numbers with a letter', () => {
    const r = parseLegalBasis(
      `${L}Luật Cư trú 202068/2020/QH14Thông tư 08.a/2010/TT-BTP08.a/2010/TT-BTPLuật số 43/2024/QH15 ngày 29/6/202443/2024/QH15`,
    );
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ['68/2020/QH14', 'Luật Cư trú 2020'],
      ['08.a/2010/TT-BTP', 'Thông tư 08.a/2010/TT-BTP'],
      ['43/2024/QH15', 'Luật số 43/2024/QH15 ngày 29/6/2024'],
    ]);
  });

  it('reads number, title, date and issuer from the flattened table', () => {
    const r = parseLegalBasis(
      `${L}Luật 60/2014/QH1360/2014/QH13Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPThông tư quy định chi tiết04/2020/TT-BTP`,
    );
    expect(r.quality).toBe('structured');
    expect(r.items).toEqual([
      { number: '60/2014/QH13', title: 'Luật 60/2014/QH13', date: null, issuer: 'Quốc hội' },
      {
        number: '123/2015/NĐ-CP',
        title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch',
        date: '2015-11-15',
        issuer: 'Chính phủ',
      },
      { number: '04/2020/TT-BTP', title: 'Thông tư quy định chi tiết', date: null, issuer: 'Bộ Tư pháp' },
    ]);
  });

  it('moves a "Luật số" prefix of the number cell out of the title', () => {
    const r = parseLegalBasis(`${L}Luật Các tổ chức tín dụngLuật số 32/2024/QH15Thông tư 21/2014/TT-NHNN21/2014/TT-NHNN`);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ['32/2024/QH15', 'Luật Các tổ chức tín dụng'],
      ['21/2014/TT-NHNN', 'Thông tư 21/2014/TT-NHNN'],
    ]);
  });

  it('flags leftover text without a number as unknown', () => {
    const r = parseLegalBasis(`${L}Luật Đầu tư công số 58`);
    expect(r.quality).toBe('unknown');
    expect(parseLegalBasis('Không có thông tin').quality).toBe('empty');
  });

  it('names issuers only for known suffixes and reads Vietnamese dates', () => {
    expect(issuerOf('09/2023/QĐ-TTg')).toBe('Thủ tướng Chính phủ');
    expect(issuerOf('01/2014/TTLT-BTP-BCA')).toBeNull();
    expect(dateOf('Nghị định 22/2023/NĐ-CP ngày 12 tháng 5 năm 2023', '22/2023/NĐ-CP')).toBe('2023-05-12');
    // A date that belongs to another document cited in the title is not this document's date.
    expect(dateOf('Sửa đổi Thông tư số 55/2021/TT-BCA ngày 15/5/2021', '66/2023/TT-BCA')).toBeNull();
  });
});

describe('small fields', () => {
  it('maps levels and folds field names into slugs', () => {
    expect(parseLevels('Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác').levels).toEqual(['bo', 'tinh', 'xa', 'khac']);
    expect(slugify('Đăng ký, quản lý cư trú')).toBe('dang-ky-quan-ly-cu-tru');
    expect(slugify('Hộ tịch')).toBe('ho-tich');
  });

  it('splits steps at "Bước N"', () => {
    expect(parseSteps('Bước 1: Nộp hồ sơ.\nBước 2: Kiểm tra.\n Bước 3: Trả kết quả.')).toEqual([
      'Bước 1: Nộp hồ sơ.',
      'Bước 2: Kiểm tra.',
      'Bước 3: Trả kết quả.',
    ]);
  });

  it('removes portal UI text from the result', () => {
    const r = parseResult(
      'Giấy khai sinhMã: KQ.G15.000001Trích lục khai sinhMã: KQ.G15.000002Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốNộp hồ sơ',
    );
    expect(r).toBe('Giấy khai sinh\nTrích lục khai sinh');
  });
});

describe('parseNationalRecord', () => {
  it('turns every fixture record with a code into a valid procedure', () => {
    const withCode = fixtureRecords.filter((r) => r.ma_thu_tuc);
    expect(withCode.length).toBeGreaterThanOrEqual(7);
    for (const raw of withCode) {
      const { procedure } = parseNationalRecord(raw);
      expect(() => procedureSchema.parse(procedure)).not.toThrow();
      expect(procedure.source.nationalCode).toBe(raw.ma_thu_tuc);
    }
  });

  it('fills identity, source, field and agencies from the record', () => {
    const { procedure, quality } = parseNationalRecord(record('9.000001'));
    expect(procedure).toMatchObject({
      code: '9.000001',
      field: 'ho-tich',
      fieldName: 'Hộ tịch',
      levels: ['xa'],
      source: { nationalCode: '9.000001', decision: '9999/QĐ-KT', verifiedAt: null },
      agencies: { competent: 'Ủy ban nhân dân cấp xã', address: 'Bộ phận Một cửa cấp xã', delegated: null },
      result: 'Giấy khai sinh (bản chính)\nTrích lục khai sinh',
    });
    expect(procedure.steps).toHaveLength(3);
    expect(procedure.fullText).toContain('Đăng ký khai sinh');
    expect(procedure.fullText).not.toContain('Chọn cơ quan thực hiện');
    expect(quality).toMatchObject({ methods: 'structured', documentGroups: 'structured', legalBasis: 'structured', online: 'unknown' });
    // An online row says one can submit online, not whether the whole procedure is online.
    expect(procedure.online).toEqual({ level: 'chua_ro', url: null });
  });

  it('treats "Không có thông tin" as empty, never as a value', () => {
    const { procedure, quality } = parseNationalRecord(record('9.000005'));
    expect(procedure.conditions).toBeNull();
    expect(procedure.agencies.implementing).toBeNull();
    expect(procedure.legalBasis).toEqual([]);
    expect(procedure.documentGroups).toEqual([]);
    expect(procedure.steps).toEqual([]);
    expect(quality).toMatchObject({ conditions: 'empty', legalBasis: 'empty', documentGroups: 'empty', steps: 'empty' });
    expect(procedure.unparsed).toEqual({});
  });

  it('keeps what it could not parse as original text in unparsed', () => {
    const glued = parseNationalRecord(record('9.000006'));
    expect(glued.quality.methods).toBe('unknown');
    expect(glued.procedure.unparsed.methods).toBe(record('9.000006').cach_thuc_thuc_hien);
    const related = parseNationalRecord(record('9.000007'));
    expect(related.procedure.related).toEqual([]);
    expect(related.procedure.unparsed.related).toBe('Đăng ký khai sinh (bản ghi kiểm thử)');
  });

  it('says "khong" online only when the methods table clearly has no online way', () => {
    expect(parseNationalRecord(record('9.000004')).procedure.online.level).toBe('khong');
    expect(parseNationalRecord({ ...record('9.000004'), ten_thu_tuc: 'Đăng ký xe trực tuyến toàn trình' }).procedure.online.level).toBe(
      'toan_trinh',
    );
  });

  it('rejects a record without code or name', () => {
    expect(() => parseNationalRecord({ ...record('9.000001'), ma_thu_tuc: '' })).toThrow(/thiếu mã/);
    expect(() => parseNationalRecord(null)).toThrow();
  });
});

describe('agencyText', () => {
  it('drops "thị trấn" (gone since 1/7/2025) and keeps the rest of the agency name', () => {
    expect(agencyText('Ủy ban Nhân dân xã, phường,\u00a0thị trấn.')).toBe('Ủy ban Nhân dân xã, phường');
    expect(agencyText('Công an cấp Xã')).toBe('Công an cấp Xã');
    expect(agencyText('Không có thông tin')).toBeNull();
    // A trade union never handles a procedure (four social-insurance records name one).
    expect(agencyText('Bảo hiểm xã hội cấp Tỉnh, Công đoàn cơ quan BHXH Việt Nam')).toBe('Bảo hiểm xã hội cấp Tỉnh');
    expect(agencyText('Công đoàn cơ quan BHXH Việt Nam')).toBeNull();
  });
});

describe('reductionsIn (time-bound reductions written in a fee note)', () => {
  const note =
    'Kể từ ngày 01/01/2025 đến hết ngày 31/12/2025, mức thu lệ phí khi công dân nộp hồ sơ theo hình thức trực tuyển bằng 50% mức thu lệ phí quy định. - Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu lệ phí cấp đổi, cấp lại thẻ căn cước bằng 50% mức thu nêu trên theo quy định tại Thông tư 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính.';

  it('reads the dates, the reduced amount and the circular', () => {
    expect(reductionsIn(note, 70000, 'truc_tiep')).toEqual([
      {
        text: 'Thu bằng 50% mức lệ phí',
        appliesTo: null,
        amount: 35000,
        free: false,
        validFrom: '2025-07-01',
        validTo: '2026-12-31',
        source: { document: 'Thông tư 64/2025/TT-BTC', article: null, url: null },
      },
    ]);
  });

  it('applies a reduction for online submission to the online row only', () => {
    expect(reductionsIn(note, 70000, 'truc_tuyen').map((c) => c.validFrom)).toEqual(['2025-01-01', '2025-07-01']);
  });

  it('finds nothing in a note without dates and a percentage', () => {
    expect(reductionsIn('Mức lệ phí do HĐND tỉnh quyết định.', 70000, 'truc_tiep')).toEqual([]);
  });
});
