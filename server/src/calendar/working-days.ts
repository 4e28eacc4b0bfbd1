// Working days between two calendar dates, counted like deadlines (calendar/addWorkingDays):
// the days after `from` up to and including `to`. Negative when `to` is before `from`.
import { isWorkingDay, type WorkingCalendar } from '../calendar/calendar.js';

const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 3700;

export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  if (from === to) return 0;
  const sign = to > from ? 1 : -1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let n = 0;
  let t = Date.parse(`${a}T00:00:00Z`) + DAY_MS;
  const end = Date.parse(`${b}T00:00:00Z`);
  for (let i = 0; t <= end && i < MAX_SPAN_DAYS; t += DAY_MS, i++) {
    if (isWorkingDay(new Date(t).toISOString().slice(0, 10), calendar)) n++;
  }
  return sign * n;
}
