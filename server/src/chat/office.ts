// Office hours, address and "open now?" from the locality's content (content/locality.yaml) and
// the working-day calendar (content/holidays): nothing here is a fact of its own.
import { buildCalendar, isWorkingDay, vnDate } from '../calendar/calendar.js';
import type { HolidayYear, Locality, Office } from '../content/schemas.js';
import { fold } from '../text/normalize.js';

const DAY_NAMES = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const VN_OFFSET_MS = 7 * 3600_000;

/**
 * The office the question asks about: of the commune it names ("phường Bình Minh"), else of the
 * locality's own commune (the one the locality is named after). Within a commune, the one-stop
 * office unless the question names the police ("công an").
 */
export function pickOffice(locality: Locality, joined: string): Office | null {
  const offices = locality.offices;
  if (offices.length === 0) return null;
  const units = locality.units ?? [];
  const unitName = (o: Office) => units.find((u) => u.code === o.unitCode)?.name ?? '';
  const police = / cong an /.test(` ${joined} `);
  const ranked = (list: Office[]) =>
    [...list].sort((a, b) => Number(/^cong an/.test(fold(a.name)) !== police) - Number(/^cong an/.test(fold(b.name)) !== police));
  const named = offices.filter((o) => {
    const n = fold(unitName(o));
    return n.length > 0 && ` ${joined} `.includes(` ${n} `);
  });
  if (named.length > 0) return ranked(named)[0]!;
  const communes = units.filter((u) => ['xa', 'phuong', 'dac_khu'].includes(u.kind) && !u.validTo);
  const localityName = fold(locality.name);
  const own = communes.find((u) => localityName.startsWith(fold(u.name))) ?? communes[0];
  const mine = offices.filter((o) => o.unitCode === own?.code);
  return ranked(mine.length > 0 ? mine : offices)[0]!;
}

/** "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00" lines, grouped by identical day sets. */
export function hoursLines(o: Office): string[] {
  const byDays = new Map<string, { days: number[]; spans: string[] }>();
  for (const h of o.hours) {
    const key = h.days.join(',');
    const g = byDays.get(key) ?? { days: h.days, spans: [] };
    g.spans.push(`${h.open}–${h.close}`);
    byDays.set(key, g);
  }
  return [...byDays.values()].map((g) => `${dayRange(g.days)}: ${g.spans.join(', ')}`);
}

function dayRange(days: number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (contiguous && sorted.length > 2) return `${DAY_NAMES[sorted[0]!]} – ${DAY_NAMES[sorted.at(-1)!]}`;
  return sorted.map((d) => DAY_NAMES[d]).join(', ');
}

/** Open right now (Vietnam time), and why not when closed. */
export function openNow(o: Office, years: readonly HolidayYear[], now: Date): { open: boolean; why: string | null } {
  const cal = buildCalendar(years);
  const day = vnDate(now);
  const holiday = cal.holiday(day);
  if (holiday) return { open: false, why: `hôm nay nghỉ lễ (${holiday})` };
  const local = new Date(now.getTime() + VN_OFFSET_MS);
  const wd = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  const hm = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  const weekendSwap = wd >= 6 && isWorkingDay(day, cal);
  const spans = o.hours.filter((h) => h.days.includes(wd) || (weekendSwap && h.days.includes(1)));
  if (spans.length === 0) return { open: false, why: `hôm nay (${DAY_NAMES[wd]}) không làm việc` };
  const open = spans.some((h) => h.open <= hm && hm < h.close);
  return { open, why: open ? null : `ngoài giờ làm việc (bây giờ ${hm})` };
}

/**
 * A weekday said, folded: "thứ 7", "thứ bảy", "chủ nhật", and "t7", "t2" as typed on a phone ("t" only
 * with a digit, so "thai sản" is no Monday). Shared with the chat's test of a time said.
 */
// (Not an ordinal: "lần thứ 3", "cái thứ 2", "con thứ ba" — round 42's tryout: "tôi hỏi lần thứ 3 rồi, làm
// cccd ở đâu" was given Tuesday's office hours.)
export const WEEKDAY_SAID =
  '(?<!\\b(?:lan|cai|muc|so|dieu|buoc|khoan|con|dua|nguoi|tang|lop|hang|ban|to|trang|y|phuong an|thu tuc|giay|lan hoi) )thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|t([2-7])|chu nhat';
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_SAID})\\b`);

/** Which weekday a question asks about ("thứ 7", "chủ nhật"), ISO 1–7, or null. */
export function askedWeekday(joined: string): number | null {
  if (/\bchu nhat\b/.test(joined)) return 7;
  const m = WEEKDAY.exec(joined);
  if (!m) return null;
  const map: Record<string, number> = { '2': 1, hai: 1, '3': 2, ba: 2, '4': 3, tu: 3, '5': 4, nam: 4, '6': 5, sau: 5, '7': 6, bay: 6 };
  return map[(m[1] ?? m[2])!] ?? null;
}

export function dayName(d: number): string {
  return DAY_NAMES[d] ?? '';
}
