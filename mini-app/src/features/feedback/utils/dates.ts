// Dates the Vietnamese way: "Thứ Hai, 16/02/2026"; times "14:05, 16/02/2026" (Vietnam time).
const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** YYYY-MM-DD (a calendar day, no time zone) → "Thứ Hai, 16/02/2026". */
export function vnDay(isoDay: string, withWeekday = true): string {
  const [y, m, d] = isoDay.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDay;
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${withWeekday ? `${weekday}, ` : ''}${pad(d)}/${pad(m)}/${y}`;
}

/** An instant → "14:05, 16/02/2026" in Vietnam time (UTC+7, no daylight saving). */
export function vnDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const v = new Date(t + 7 * 3600_000);
  return `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}, ${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
}

/** An instant → "16/02/2026" in Vietnam time. */
export const vnDateOf = (iso: string) => vnDateTime(iso).split(', ')[1] ?? iso;
