// The report's working-day index gives the same answers as the deadline calendar's own count,
// holidays and announced working weekends included.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCalendar } from '../../../server/src/calendar/calendar.js';
import { workingDaysBetween } from '../../../server/src/calendar/working-days.js';
import { holidayYearSchema } from '../../../server/src/content/schemas.js';
import { workingDayIndex } from '../../../server/src/reports/working-day-index.js';
import { contentDir } from '../helpers/app.js';

const calendar = buildCalendar(
  ['2025', '2026', '2027'].map((y) => holidayYearSchema.parse(parse(readFileSync(path.join(contentDir, 'holidays', `${y}.yaml`), 'utf8')))),
);
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('working-day index', () => {
  it('matches workingDaysBetween over three years of holidays', () => {
    const index = workingDayIndex(calendar, '2025-01-01', '2027-12-31');
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % n;
    };
    for (let i = 0; i < 2_000; i++) {
      const a = day(rand(1000));
      const b = day(rand(1000));
      const [from, to] = a <= b ? [a, b] : [b, a];
      expect(index.between(from, to), `${from} → ${to}`).toBe(workingDaysBetween(from, to, calendar));
    }
  });

  it('Tết 2026: received Friday 13/2, answered Monday 23/2 is 1 working day', () => {
    const index = workingDayIndex(calendar, '2026-01-01', '2026-12-31');
    expect(index.between('2026-02-13', '2026-02-23')).toBe(1);
  });

  it('refuses dates outside its range instead of guessing', () => {
    const index = workingDayIndex(calendar, '2026-01-01', '2026-01-31');
    expect(() => index.between('2026-01-05', '2026-02-02')).toThrow(RangeError);
  });
});
