// Working-day calendar: Saturdays and Sundays are off unless announced as working days (swaps),
// public holidays come from content/holidays/<year>.yaml. Dates are calendar dates in Vietnam
// (UTC+7, no daylight saving), kept as "YYYY-MM-DD" strings so no time zone can shift them.
import type { HolidayYear } from '../content/schemas.js';

export interface WorkingCalendar {
  /** Years with holiday data; outside them only weekends are known. */
  readonly years: ReadonlySet<number>;
  /** Name of the holiday on that date, or null. */
  holiday(day: string): string | null;
  /** True when a Saturday/Sunday was announced as a working day. */
  isWorkingWeekend(day: string): boolean;
}

const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

export function buildCalendar(years: readonly HolidayYear[]): WorkingCalendar {
  const holidays = new Map<string, string>();
  const workingWeekends = new Set<string>();
  for (const y of years) {
    for (const h of y.holidays) holidays.set(h.date, h.name);
    for (const w of y.workingWeekends) workingWeekends.add(w.date);
  }
  return {
    years: new Set(years.map((y) => y.year)),
    holiday: (day) => holidays.get(day) ?? null,
    isWorkingWeekend: (day) => workingWeekends.has(day),
  };
}

/** The calendar date in Vietnam of an instant, "YYYY-MM-DD". */
export function vnDate(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a "YYYY-MM-DD" date: 1 = Monday … 7 = Sunday. */
function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  if (calendar.holiday(day)) return false;
  const wd = isoWeekday(day);
  if (wd >= 6) return calendar.isWorkingWeekend(day);
  return true;
}

/**
 * The due date `days` working days after `start` (an instant; its date in Vietnam counts).
 * As in administrative practice, counting starts on the next working day after the day of
 * receipt: received Friday, 1 working day → Monday (if Monday is a working day).
 * Returns a date-only value: midnight UTC of the due date (use `isoDate` to print it).
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
  let day = vnDate(start);
  let left = days;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) left--;
  }
  return new Date(`${day}T00:00:00Z`);
}

/** "YYYY-MM-DD" of a date-only value returned by addWorkingDays. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Years between start and the due date that have no holiday data (deadline may be too early). */
export function uncoveredYears(from: Date, to: Date, calendar: WorkingCalendar): number[] {
  const out: number[] = [];
  for (let y = Number(vnDate(from).slice(0, 4)); y <= Number(isoDate(to).slice(0, 4)); y++) if (!calendar.years.has(y)) out.push(y);
  return out;
}
