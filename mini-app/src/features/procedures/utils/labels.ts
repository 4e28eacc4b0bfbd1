// Words for codes: online levels (Decree 42/2022 term with the old level next to it),
// methods, time units and fees. Unknown stays unknown: never a guessed value.
import type { Fee, Method, OnlineLevel, ProcessingTime } from '@/types/api.js';

/** The short plain title of a curated procedure, else the official name. */
export const procedureTitle = (p: { name: string; shortName?: string | null }): string => p.shortName?.trim() || p.name;

export const ONLINE_LABEL: Record<OnlineLevel, { text: string; old: string | null }> = {
  toan_trinh: { text: 'Dịch vụ công trực tuyến toàn trình', old: 'mức độ 4' },
  mot_phan: { text: 'Dịch vụ công trực tuyến một phần', old: 'mức độ 3' },
  khong: { text: 'Chưa làm được trực tuyến', old: null },
  chua_ro: { text: 'Chưa có thông tin về làm trực tuyến', old: null },
};

export const SHORT_ONLINE_LABEL: Record<OnlineLevel, string | null> = {
  toan_trinh: 'Trực tuyến toàn trình',
  mot_phan: 'Trực tuyến một phần',
  khong: null,
  chua_ro: null,
};

export const METHOD_LABEL: Record<Method['kind'], string> = {
  truc_tiep: 'Nộp trực tiếp',
  truc_tuyen: 'Nộp trực tuyến',
  buu_chinh: 'Nộp qua bưu chính',
};

const UNIT_LABEL: Record<NonNullable<ProcessingTime['unit']>, string> = {
  ngay_lam_viec: 'ngày làm việc',
  ngay: 'ngày',
  gio: 'giờ',
  thang: 'tháng',
  nam: 'năm',
};

export const UNKNOWN = 'Chưa có thông tin';

export function timeText(time: ProcessingTime): string | null {
  if (time.value === null || time.unit === null) return null;
  return `${new Intl.NumberFormat('vi-VN').format(time.value)} ${UNIT_LABEL[time.unit]}`;
}

export function feeText(fee: Fee): string | null {
  if (fee.free) return 'Miễn phí';
  if (fee.amount === null) return null;
  const amount = new Intl.NumberFormat('vi-VN').format(fee.amount);
  const currency = fee.currency === 'USD' ? 'USD' : 'đồng';
  return `${amount} ${currency}${fee.per ? `/${fee.per}` : ''}`;
}

/** "1 bản chính, 1 bản sao" — or null when the source did not say. */
export function copiesText(originals: number | null, copies: number | null): string | null {
  const parts: string[] = [];
  if (originals) parts.push(`${originals} bản chính`);
  if (copies) parts.push(`${copies} bản sao`);
  return parts.length > 0 ? parts.join(', ') : null;
}
