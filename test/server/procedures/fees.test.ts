// What a citizen pays on a given day: time-bound reductions, province-set amounts, group exemptions.
import { describe, expect, it } from 'vitest';
import { vnDate } from '../../../server/src/calendar/calendar.js';
import { type Fee, feeSchema, type ProvinceFee, provinceFeeSchema } from '../../../server/src/content/schemas.js';
import { applicableFee } from '../../../server/src/procedures/fees.js';

const law = { document: 'Thông tư số 64/2025/TT-BTC', article: 'khoản 1 Điều 1', url: null };
const reissue: Fee = feeSchema.parse({
  amount: 70000,
  per: 'thẻ',
  conditions: [
    { text: 'Giảm 50% lệ phí cấp đổi, cấp lại thẻ căn cước', amount: 35000, validFrom: '2025-07-01', validTo: '2026-12-31', source: law },
    { text: 'Miễn lệ phí', appliesTo: 'người khuyết tật', free: true, source: law },
  ],
});
// Vietnam is UTC+7: 31/12 ends at 17:00 UTC.
const at = (iso: string) => new Date(iso);

describe('applicableFee', () => {
  it('applies a reduction inside its dates, says why and until when', () => {
    const a = applicableFee(reissue, { now: at('2026-12-01T03:00:00Z') });
    expect(a.amount).toBe(35000);
    expect(a.baseAmount).toBe(70000);
    expect(a.validTo).toBe('2026-12-31');
    expect(a.reason).toBe('Giảm 50% lệ phí cấp đổi, cấp lại thẻ căn cước đến hết 31/12/2026 (Thông tư số 64/2025/TT-BTC, khoản 1 Điều 1).');
  });

  it('returns to the base amount after the last day, counted in Vietnamese time', () => {
    expect(applicableFee(reissue, { now: at('2026-12-31T16:59:00Z') }).amount).toBe(35000);
    const after = applicableFee(reissue, { now: at('2026-12-31T17:00:00Z') });
    expect(vnDate(at('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(after.amount).toBe(70000);
    expect(after.condition).toBeNull();
    expect(after.reason).toMatch(/hết hạn ngày 31\/12\/2026/);
  });

  it('does not apply a reduction before it starts', () => {
    expect(applicableFee(reissue, { now: at('2025-06-30T10:00:00Z') }).amount).toBe(70000);
  });

  it('never applies an exemption for a group automatically, but lists it', () => {
    const a = applicableFee(reissue, { now: at('2026-12-01T03:00:00Z') });
    expect(a.free).toBe(false);
    expect(a.exemptions.map((e) => e.appliesTo)).toEqual(['người khuyết tật']);
  });

  it('takes a province-set amount for the method from the locality, marked as an example', () => {
    const provinceFees: ProvinceFee[] = [
      provinceFeeSchema.parse({ id: 'hkd', name: 'Lệ phí', amount: 150000, per: 'lần', methods: ['truc_tuyen'], example: true }),
      provinceFeeSchema.parse({ id: 'hkd', name: 'Lệ phí', amount: 50000, per: 'lần', methods: ['truc_tiep'], example: true }),
    ];
    const fee = feeSchema.parse({ amount: 150000, provinceFee: 'hkd' });
    expect(applicableFee(fee, { kind: 'truc_tiep', provinceFees }).amount).toBe(50000);
    const online = applicableFee(fee, { kind: 'truc_tuyen', provinceFees });
    expect(online).toMatchObject({ amount: 150000, provinceSet: true, example: true });
    expect(online.reason).toMatch(/Mức do tỉnh quy định \(mức ví dụ/);
  });

  it('says a province-set amount is unknown when the locality has not entered it (never the record sample)', () => {
    const fee = feeSchema.parse({ amount: null, provinceFee: 'ho-tich' });
    const a = applicableFee(fee, { provinceFees: [provinceFeeSchema.parse({ id: 'ho-tich', name: 'Lệ phí', amount: null })] });
    expect(a.amount).toBeNull();
    expect(a.free).toBe(false);
    expect(a.reason).toMatch(/chưa nhập mức thu/);
  });
});
