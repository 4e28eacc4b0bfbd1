import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addWorkingDays, buildCalendar, isoDate, isWorkingDay, uncoveredYears, vnDate } from '../../../server/src/calendar/calendar.js';
import { holidayYearSchema } from '../../../server/src/content/schemas.js';

const dir = path.resolve(import.meta.dirname, '../../../content/holidays');
const years = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => holidayYearSchema.parse(parse(readFileSync(path.join(dir, f), 'utf8'))));
const cal = buildCalendar(years);
/** A moment in Vietnam local time. */
const vn = (local: string) => new Date(`${local}+07:00`);
const due = (local: string, days: number) => isoDate(addWorkingDays(vn(local), days, cal));

describe('holiday files', () => {
  it('cover 2025–2027, dates inside their year, swaps on real weekends', () => {
    expect(years.map((y) => y.year).sort()).toEqual([2025, 2026, 2027]);
    for (const y of years) {
      for (const h of [...y.holidays, ...y.workingWeekends]) expect(h.date.startsWith(`${y.year}-`)).toBe(true);
      for (const w of y.workingWeekends) expect([0, 6]).toContain(new Date(`${w.date}T00:00:00Z`).getUTCDay());
      expect(y.source).toMatch(/Bộ luật Lao động 2019/);
    }
  });
  it('put the lunar holidays on the right dates', () => {
    expect(cal.holiday('2025-01-29')).toMatch(/mùng 1/);
    expect(cal.holiday('2026-02-17')).toMatch(/mùng 1/);
    expect(cal.holiday('2027-02-06')).toMatch(/mùng 1/);
    expect(cal.holiday('2025-04-07')).toMatch(/Giỗ Tổ/);
    expect(cal.holiday('2026-04-26')).toMatch(/Giỗ Tổ/);
    expect(cal.holiday('2027-04-16')).toMatch(/Giỗ Tổ/);
  });
});

describe('addWorkingDays', () => {
  it('Friday 24/4/2026 + 10 working days skips Giỗ Tổ (Sunday → Monday 27/4), 30/4 and 1/5', () => {
    expect(due('2026-04-24T09:00:00', 10)).toBe('2026-05-13');
    expect(isWorkingDay('2026-04-27', cal)).toBe(false);
    expect(isWorkingDay('2026-04-28', cal)).toBe(true);
  });
  it('skips the nine days of Tết Bính Ngọ', () => {
    expect(due('2026-02-12T10:00:00', 1)).toBe('2026-02-13');
    expect(due('2026-02-12T10:00:00', 2)).toBe('2026-02-23');
    expect(due('2026-02-12T10:00:00', 5)).toBe('2026-02-26');
  });
  it('counts an announced working Saturday and skips the swapped weekday', () => {
    expect(due('2025-12-31T08:00:00', 1)).toBe('2026-01-05');
    expect(due('2026-01-09T08:00:00', 1)).toBe('2026-01-10');
    expect(due('2025-04-25T08:00:00', 1)).toBe('2025-04-26');
    expect(due('2025-04-29T08:00:00', 1)).toBe('2025-05-05');
    expect(due('2026-08-21T08:00:00', 1)).toBe('2026-08-22');
    expect(due('2026-08-28T08:00:00', 1)).toBe('2026-09-03');
  });
  it('uses the date in Vietnam, not UTC', () => {
    // 23:30 Monday 27/4 in Vietnam vs 00:30 Tuesday 28/4 in Vietnam.
    expect(isoDate(addWorkingDays(new Date('2026-04-27T16:30:00Z'), 1, cal))).toBe('2026-04-28');
    expect(isoDate(addWorkingDays(new Date('2026-04-27T17:30:00Z'), 1, cal))).toBe('2026-04-29');
    expect(vnDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
  it('counts from the next working day when received on a holiday or weekend', () => {
    expect(due('2026-02-15T10:00:00', 1)).toBe('2026-02-23');
    expect(due('2026-05-02T10:00:00', 10)).toBe('2026-05-15');
  });
  it('flags years without holiday data', () => {
    expect(uncoveredYears(vn('2027-12-20T08:00:00'), addWorkingDays(vn('2027-12-20T08:00:00'), 10, cal), cal)).toEqual([2028]);
    expect(() => addWorkingDays(new Date(), -1, cal)).toThrow(RangeError);
  });
});
