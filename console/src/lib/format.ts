// Dates in Vietnam time, numbers the Vietnamese way, and server texts in words a clerk reads.
import { STATUS_LABEL } from './labels.js';

const dateFmt = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
const timeFmt = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** "2026-11-30" → "30/11/2026"; an ISO instant → date in Vietnam. */
export function vnDate(s: string | null | undefined): string {
  if (!s) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s.split('-').reverse().join('/');
  return dateFmt.format(new Date(s));
}
export const vnDateTime = (s: string | null | undefined): string => (s ? timeFmt.format(new Date(s)) : '');

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
/** Server messages meant for a technician, in words for the clerk reading them. */
const TECHNICAL: [RegExp, string][] = [
  [/SMTP_URL chưa được cấu hình/g, 'máy chủ chưa được cài đặt để gửi thư điện tử (quản trị viên cần đặt SMTP_URL)'],
  [/\bECONNREFUSED\b/g, 'không kết nối được máy nhận'],
  [/\bETIMEDOUT\b|\btimeout\b/gi, 'quá thời gian chờ'],
];

/** Text from the server for people: instants in Vietnam time, status codes and technical errors in words. */
export function readable(text: string): string {
  if (!text) return text;
  let out = text.replace(ISO_INSTANT, (iso) => vnDateTime(iso));
  for (const [re, words] of TECHNICAL) out = out.replace(re, words);
  return out.replace(
    /\b(received|forwarded|in_progress|transferred|answered|closed|rejected|duplicate)\b/g,
    (c) => STATUS_LABEL[c as keyof typeof STATUS_LABEL],
  );
}

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const num = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : nf.format(v));
export const pct = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${nf.format(Math.round(v * 1000) / 10)} %`;

/** Today in Vietnam, YYYY-MM-DD. */
export const todayVn = (): string => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
