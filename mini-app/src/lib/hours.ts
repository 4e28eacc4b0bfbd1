// Opening hours: what an office is open today, in words people read at a glance.
import type { OpeningHours } from '@/types/api.js';

const WEEKDAY_NAMES = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** ISO weekday, 1 = Monday … 7 = Sunday, in Vietnam's time zone (the office's clock). */
export function isoWeekday(date: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1 || 1;
}

export function weekdayName(day: number): string {
  return WEEKDAY_NAMES[day] ?? '';
}

/** "07:30–11:30, 13:30–17:00" or null when closed that day. */
export function hoursForDay(hours: readonly OpeningHours[], day: number): string | null {
  const slots = hours
    .filter((h) => h.days.includes(day))
    .sort((a, b) => a.open.localeCompare(b.open))
    .map((h) => `${h.open}–${h.close}`);
  return slots.length > 0 ? slots.join(', ') : null;
}

/** Compact weekly summary lines, grouping days with the same hours: "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00". */
export function weeklySummary(hours: readonly OpeningHours[]): string[] {
  const lines: string[] = [];
  let start = 0;
  let current: string | null = null;
  const flush = (end: number) => {
    if (current === null || start === 0) return;
    const days = start === end ? weekdayName(start) : `${weekdayName(start)} – ${weekdayName(end)}`;
    lines.push(`${days}: ${current}`);
  };
  for (let day = 1; day <= 7; day++) {
    const slot = hoursForDay(hours, day);
    if (slot !== current) {
      flush(day - 1);
      start = slot === null ? 0 : day;
      current = slot;
    }
  }
  flush(7);
  return lines;
}

/** Minutes since midnight in Vietnam time. */
export function vnMinutes(date: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' })
    .format(date)
    .split(':')
    .map(Number);
  return (parts[0] ?? 0) * 60 + (parts[1] ?? 0);
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Is the office open now, in words: "Đang mở cửa, đến 11:30", "Đang nghỉ trưa, mở lại lúc 13:30",
 * "Chưa mở cửa, hôm nay mở từ 07:30", "Đã đóng cửa hôm nay", "Hôm nay không làm việc".
 * Public holidays are not known here: the card says the hours are the usual ones.
 */
export function openNow(hours: readonly OpeningHours[], now: Date): { open: boolean; text: string } {
  const today = isoWeekday(now);
  const slots = hours
    .filter((h) => h.days.includes(today))
    .map((h) => ({ open: toMinutes(h.open), close: toMinutes(h.close), openText: h.open, closeText: h.close }))
    .sort((a, b) => a.open - b.open);
  if (slots.length === 0) return { open: false, text: 'Hôm nay không làm việc' };
  const t = vnMinutes(now);
  const current = slots.find((s) => t >= s.open && t < s.close);
  if (current) return { open: true, text: `Đang mở cửa, đến ${current.closeText}` };
  const next = slots.find((s) => t < s.open);
  if (!next) return { open: false, text: 'Đã đóng cửa hôm nay' };
  if (next === slots[0]) return { open: false, text: `Chưa mở cửa, hôm nay mở từ ${next.openText}` };
  return { open: false, text: `Đang nghỉ trưa, mở lại lúc ${next.openText}` };
}
