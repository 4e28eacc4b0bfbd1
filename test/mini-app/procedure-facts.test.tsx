// The facts on a procedure page: the fee that applies today and why (and the base amount once a
// reduction has ended, even on a page saved on the phone), law-cited times, remarks never ticked.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentChecklist } from '@/features/procedures/components/document-checklist.js';
import { MethodsSection } from '@/features/procedures/components/methods-section.js';
import type { ApplicableFee, Fee, Method } from '@/types/api.js';

afterEach(cleanup);

const law = { document: 'Thông tư số 64/2025/TT-BTC', article: 'khoản 1 Điều 1', url: 'https://example.invalid/tt64' };
const condition = {
  text: 'Giảm 50% lệ phí cấp đổi, cấp lại thẻ căn cước',
  appliesTo: null,
  amount: 35000,
  free: false,
  validFrom: '2025-07-01',
  validTo: '2026-12-31',
  source: law,
};
const applicable: ApplicableFee = {
  amount: 35000,
  free: false,
  currency: 'VND',
  per: 'thẻ',
  baseAmount: 70000,
  reason: null,
  condition,
  validTo: '2026-12-31',
  provinceSet: false,
  example: false,
  exemptions: [],
  source: law,
  date: '2026-12-01',
};
const fee: Fee = {
  amount: 70000,
  currency: 'VND',
  per: 'thẻ',
  free: false,
  note: 'Từ 01/7/2025 đến hết 31/12/2026 thu bằng 50% mức này (Thông tư 64/2025/TT-BTC).',
  text: '',
  conditions: [condition],
  applicable,
};
const method = (fees: Fee[], time: Method['time'] = { value: 7, unit: 'ngay_lam_viec', text: '7 Ngày làm việc' }): Method => ({
  kind: 'truc_tiep',
  time,
  fees,
  description: '',
});

describe('fees on the page', () => {
  it('shows the reduced amount, why, until when, and the amount after', () => {
    render(<MethodsSection methods={[method([fee])]} officialUrl={null} now={new Date('2026-12-01T03:00:00Z')} />);
    expect(screen.getByText('35.000 đồng/thẻ')).toBeTruthy();
    expect(screen.getByText('Đang giảm')).toBeTruthy();
    expect(screen.getByText(/Giảm 50% lệ phí cấp đổi, cấp lại thẻ căn cước đến hết 31\/12\/2026\./)).toBeTruthy();
    expect(screen.getByText(/Sau ngày 31\/12\/2026: 70\.000 đồng\/thẻ/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Thông tư số 64\/2025\/TT-BTC, khoản 1 Điều 1/ })).toBeTruthy();
    // The record's note says the same as the condition: not repeated.
    expect(screen.queryByText(/thu bằng 50% mức này/)).toBeNull();
  });

  it('shows the base amount on a saved page opened after the reduction ended', () => {
    render(<MethodsSection methods={[method([fee])]} officialUrl={null} now={new Date('2027-01-02T03:00:00Z')} />);
    expect(screen.queryByText('Đang giảm')).toBeNull();
    expect(screen.getByText('70.000 đồng/thẻ')).toBeTruthy();
  });

  it('marks a province-set amount, and an example value as an example', () => {
    const local: Fee = {
      ...fee,
      conditions: [],
      provinceFee: 'hkd',
      applicable: { ...applicable, amount: 50000, baseAmount: 50000, condition: null, provinceSet: true, example: true, per: 'lần' },
    };
    render(<MethodsSection methods={[method([local])]} officialUrl={null} />);
    expect(screen.getByText('50.000 đồng/lần')).toBeTruthy();
    expect(screen.getByText(/mức do tỉnh quy định/)).toBeTruthy();
    expect(screen.getByText('Mức ví dụ')).toBeTruthy();
  });

  it('says an unentered province amount plainly, lists exemptions, and does not repeat "do HĐND tỉnh quyết định"', () => {
    const exemption = {
      ...condition,
      text: 'Miễn lệ phí',
      appliesTo: 'người khuyết tật',
      free: true,
      amount: null,
      validFrom: null,
      validTo: null,
    };
    const local: Fee = {
      ...fee,
      amount: null,
      note: 'Mức lệ phí do HĐND tỉnh quyết định. Miễn lệ phí cho người khuyết tật.',
      provinceFee: 'ho-tich',
      conditions: [exemption],
      applicable: {
        ...applicable,
        amount: null,
        baseAmount: null,
        condition: null,
        provinceSet: true,
        exemptions: [exemption],
        source: null,
      },
    };
    render(<MethodsSection methods={[method([local])]} officialUrl={null} />);
    const dd = screen.getByText(/Chưa có số tiền cụ thể/).closest('dd')!;
    expect(dd.textContent).toContain('mức do tỉnh quy định');
    expect(dd.textContent).toContain('Miễn lệ phí: người khuyết tật.');
    expect(dd.textContent).not.toContain('HĐND');
    expect(dd.textContent!.match(/người khuyết tật/g)).toHaveLength(1);
  });

  it('names who each amount is for when a method has several (individual vs group list)', () => {
    // What the server computes for a plain amount: no reduction, no exemption.
    const plain = (amount: number, per: string): ApplicableFee => ({
      ...applicable,
      amount,
      per,
      baseAmount: amount,
      condition: null,
      validTo: null,
      source: null,
    });
    const one: Fee = {
      amount: 15000,
      currency: 'VND',
      per: 'lần đăng ký',
      free: false,
      note: 'Cá nhân, hộ gia đình.',
      text: '',
      applicable: plain(15000, 'lần đăng ký'),
    };
    const list: Fee = {
      amount: 10000,
      currency: 'VND',
      per: 'người/lần đăng ký',
      free: false,
      note: 'Đăng ký theo danh sách.',
      text: '',
      applicable: plain(10000, 'người/lần đăng ký'),
    };
    render(<MethodsSection methods={[method([one, list])]} officialUrl={null} />);
    expect(screen.getByText(/Cá nhân, hộ gia đình:/).closest('dd')?.textContent).toContain('15.000 đồng/lần đăng ký');
    expect(screen.getByText(/Đăng ký theo danh sách:/).closest('dd')?.textContent).toContain('10.000 đồng/người/lần đăng ký');
  });
});

describe('times on the page', () => {
  it('never shows the same time twice ("7 ngày làm việc" and "7 Ngày làm việc")', () => {
    render(<MethodsSection methods={[method([])]} officialUrl={null} />);
    expect(screen.getAllByText(/7 ngày làm việc/i)).toHaveLength(1);
  });

  it('never shows a bare number whose unit the record lost ("5"): says it does not know', () => {
    render(<MethodsSection methods={[method([], { value: null, unit: null, text: '5' })]} officialUrl={null} />);
    const time = screen.getByText('Thời gian giải quyết').nextElementSibling!;
    expect(time.textContent).toBe('Chưa có thông tin');
  });

  it('reads a law-cited time as the law words it, with its upper bound and the law', () => {
    const time = {
      value: 1,
      unit: 'ngay_lam_viec' as const,
      text: 'Ngay trong ngày khi nhận đủ giấy tờ.',
      note: 'Nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
      source: { document: 'Luật Hộ tịch số 60/2014/QH13', article: 'Điều 16 khoản 2', url: null },
    };
    render(<MethodsSection methods={[method([], time)]} officialUrl={null} />);
    expect(screen.getByText(/Ngay trong ngày khi nhận đủ giấy tờ/)).toBeTruthy();
    expect(screen.getByText('Chậm nhất: 1 ngày làm việc.')).toBeTruthy();
    expect(screen.getByText(/Theo Luật Hộ tịch số 60\/2014\/QH13, Điều 16 khoản 2/)).toBeTruthy();
  });
});

describe('papers to bring', () => {
  it('shows remarks as text, never as a box to tick, and links the official form', () => {
    render(
      <DocumentChecklist
        code="X"
        groups={[
          {
            title: 'Giấy tờ phải nộp',
            notes: ['Lưu ý: giấy tờ đã có trong Cơ sở dữ liệu thì không phải nộp'],
            documents: [
              {
                name: 'Tờ khai thay đổi thông tin cư trú',
                originals: 1,
                copies: 0,
                form: 'Mẫu CT01',
                formUrl: 'https://example.invalid/ct01',
                note: null,
              },
              { name: 'Lưu ý: mang bản chính để đối chiếu', originals: 0, copies: 0, form: null, formUrl: null, note: null },
            ],
          },
        ]}
      />,
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByText(/Đã chuẩn bị 0\/1 giấy tờ/)).toBeTruthy();
    expect(screen.getByText('Lưu ý: mang bản chính để đối chiếu')).toBeTruthy();
    expect(screen.getByText(/không phải nộp/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Tải Mẫu CT01 trên trang chính thức/ })).toBeTruthy();
  });
});
