// Loads the working-day calendar from the store's `holidays` collection (synced from content/holidays).
// Cached briefly: holidays change a few times a year, submissions many times a minute.
import { type HolidayYear, holidayYearSchema } from '../content/schemas.js';
import type { Store } from '../store/port.js';
import { buildCalendar, type WorkingCalendar } from './calendar.js';

export function calendarRepository(store: Store, ttlMs = 60_000) {
  let cached: { at: number; calendar: WorkingCalendar } | null = null;
  return {
    async get(): Promise<WorkingCalendar> {
      if (cached && Date.now() - cached.at < ttlMs) return cached.calendar;
      const docs = await store.collection('holidays').find({});
      const years: HolidayYear[] = [];
      for (const d of docs) {
        const r = holidayYearSchema.safeParse(d);
        if (r.success) years.push(r.data);
      }
      cached = { at: Date.now(), calendar: buildCalendar(years) };
      return cached.calendar;
    },
  };
}
