// Working days between many pairs of dates in O(1) each: a cumulative count of working days per
// date, built once per report. Same rule as staff/working-days.ts (the days after `from` up to
// and including `to`) and the same calendar as deadlines (calendar/isWorkingDay).
import { isWorkingDay, type WorkingCalendar } from '../calendar/calendar.js';

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

export function workingDayIndex(calendar: WorkingCalendar, first: string, last: string) {
  const base = dayNumber(first);
  const span = Math.max(0, dayNumber(last) - base) + 1;
  const cumulative = new Int32Array(span);
  let n = 0;
  for (let i = 0; i < span; i++) {
    if (isWorkingDay(new Date((base + i) * DAY_MS).toISOString().slice(0, 10), calendar)) n++;
    cumulative[i] = n;
  }
  const at = (day: string) => {
    const i = dayNumber(day) - base;
    if (i < 0 || i >= span) throw new RangeError(`${day} is outside the index ${first}…${last}`);
    return cumulative[i] as number;
  };
  return { between: (from: string, to: string) => at(to) - at(from) };
}
