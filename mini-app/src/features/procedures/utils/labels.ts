// Words for codes: online levels (Decree 42/2022 term with the old level next to it),
// methods, time units and fees. Unknown stays unknown: never a guessed value.
import type { Citation, Fee, Method, OnlineLevel, ProcessingTime } from '@/types/api.js';

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

export function moneyText(amount: number, currency: Fee['currency'], per: string | null): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} ${currency === 'USD' ? 'USD' : 'đồng'}${per ? `/${per}` : ''}`;
}

export function feeText(fee: Fee): string | null {
  if (fee.free) return fee.freeWhen ? `Miễn phí khi ${fee.freeWhen}` : 'Miễn phí';
  if (fee.amount === null) return null;
  return moneyText(fee.amount, fee.currency, fee.per);
}

/** The original wording of a time, only when it says more than "7 ngày làm việc" (never the same time twice). */
export function timeExtra(time: ProcessingTime): string | null {
  const shown = timeText(time);
  const fold = (s: string) =>
    s
      .toLocaleLowerCase('vi')
      .replace(/^0+(?=\d)/, '')
      .replace(/\s+/g, ' ')
      .trim();
  if (!time.text || (shown && fold(time.text) === fold(shown))) return null;
  // A bare "1", "5": the record lost the unit. A number without a unit tells a citizen nothing.
  if (/^\d+$/.test(time.text.trim())) return null;
  return time.text;
}

/** "Luật Hộ tịch số 60/2014/QH13, Điều 16 khoản 2" */
export function citationText(c: Citation): string {
  return c.article ? `${c.document}, ${c.article}` : c.document;
}

/** "31/12/2026" from an ISO date. */
export function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Today's date in Vietnam (UTC+7), as the server computes it. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** "1 bản chính, 1 bản sao" — or null when the source did not say. */
export function copiesText(originals: number | null, copies: number | null): string | null {
  const parts: string[] = [];
  if (originals) parts.push(`${originals} bản chính`);
  if (copies) parts.push(`${copies} bản sao`);
  return parts.length > 0 ? parts.join(', ') : null;
}
