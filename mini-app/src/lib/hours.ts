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
