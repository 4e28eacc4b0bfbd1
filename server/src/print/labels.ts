// Words for procedure codes on printed leaflets. Unknown stays unknown, never a guessed value.
import type { Procedure } from '../content/schemas.js';

type Method = Procedure['methods'][number];

export const ONLINE_TEXT: Record<Procedure['online']['level'], string> = {
  toan_trinh: 'Dịch vụ công trực tuyến toàn trình (mức độ 4 cũ): làm được hoàn toàn trên mạng',
  mot_phan: 'Dịch vụ công trực tuyến một phần (mức độ 3 cũ)',
  khong: 'Chưa làm được trực tuyến',
  chua_ro: 'Chưa có thông tin về làm trực tuyến',
};

export const METHOD_TEXT: Record<Method['kind'], string> = {
  truc_tiep: 'Nộp trực tiếp',
  truc_tuyen: 'Nộp trực tuyến',
  buu_chinh: 'Nộp qua bưu chính',
};

const TIME_UNIT: Record<string, string> = { ngay_lam_viec: 'ngày làm việc', ngay: 'ngày', gio: 'giờ', thang: 'tháng', nam: 'năm' };
const nf = new Intl.NumberFormat('vi-VN');

export function timeText(t: Method['time']): string | null {
  return t.value === null || t.unit === null ? null : `${nf.format(t.value)} ${TIME_UNIT[t.unit]}`;
}

export function feeText(f: Method['fees'][number]): string | null {
  if (f.free) return f.freeWhen ? `Miễn phí khi ${f.freeWhen}` : 'Miễn phí';
  if (f.amount === null) return null;
  return `${nf.format(f.amount)} ${f.currency === 'USD' ? 'USD' : 'đồng'}${f.per ? `/${f.per}` : ''}`;
}

export const UNKNOWN = 'Chưa có thông tin';

const DAY_NAMES = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
/** Office hours as lines: "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00". */
export function hoursLines(hours: { days: number[]; open: string; close: string }[]): string[] {
  const byDays = new Map<string, string[]>();
  for (const h of hours) {
    const days = [...h.days].sort((a, b) => a - b);
    const contiguous = days.every((d, i) => i === 0 || d === (days[i - 1] as number) + 1);
    const label =
      days.length > 2 && contiguous
        ? `${DAY_NAMES[days[0] as number]} – ${DAY_NAMES[days.at(-1) as number]}`
        : days.map((d) => DAY_NAMES[d]).join(', ');
    byDays.set(label, [...(byDays.get(label) ?? []), `${h.open}–${h.close}`]);
  }
  return [...byDays].map(([days, spans]) => `${days}: ${spans.join(', ')}`);
}
