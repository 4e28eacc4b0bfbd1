// The only code naming the usage collections: per-day, per-unit counters (`usage_daily`) and
// the questions the product could not answer (`content_gaps`). No document holds anything
// about a person: a day, a unit code, counts, and a masked question text.
import { createHash } from 'node:crypto';
import type { Store } from '../store/port.js';

export const USAGE_DAILY = 'usage_daily';
export const CONTENT_GAPS = 'content_gaps';

export type GapSource = 'search' | 'chat';

export interface UsageDailyDoc {
  [k: string]: unknown;
  _id: string;
  /** Vietnam calendar date, "YYYY-MM-DD". */
  day: string;
  /** Admin unit code, "" when the client did not say which unit. */
  unit: string;
  counts: Record<string, number>;
}

export interface GapDoc {
  [k: string]: unknown;
  _id: string;
  day: string;
  unit: string;
  source: GapSource;
  /** Masked, folded question (see mask.ts). */
  text: string;
  count: number;
}

export interface GapRow {
  source: GapSource;
  text: string;
  count: number;
  lastDay: string;
}

const dayRange = (from: string, to: string, unit?: string) => ({
  day: { $gte: from, $lte: to },
  ...(unit === undefined ? {} : { unit }),
});

export type UsageRepository = ReturnType<typeof usageRepository>;

export function usageRepository(store: Store) {
  const daily = store.collection<UsageDailyDoc>(USAGE_DAILY);
  const gaps = store.collection<GapDoc>(CONTENT_GAPS);
  return {
    async ensureIndexes() {
      await daily.createIndex({ keys: { day: 1, unit: 1 }, name: 'day_unit' });
      await gaps.createIndex({ keys: { day: 1 }, name: 'day' });
    },
    async addCounts(day: string, unit: string, counts: Record<string, number>) {
      const inc: Record<string, number> = {};
      for (const [event, n] of Object.entries(counts)) inc[`counts.${event}`] = n;
      await daily.updateOne({ _id: `${day}|${unit}` }, { $inc: inc, $setOnInsert: { day, unit } }, { upsert: true });
    },
    async addGap(day: string, unit: string, source: GapSource, text: string, n: number) {
      const id = `${day}|${unit}|${source}|${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      await gaps.updateOne({ _id: id }, { $inc: { count: n }, $setOnInsert: { day, unit, source, text } }, { upsert: true });
    },
    /** Counts summed over the days (and the unit, when given), event by event. */
    async totals(
      from: string,
      to: string,
      unit?: string,
    ): Promise<{ totals: Record<string, number>; byDay: Map<string, Record<string, number>> }> {
      const docs = await daily.find(dayRange(from, to, unit), { projection: { day: 1, counts: 1 } });
      const totals: Record<string, number> = {};
      const byDay = new Map<string, Record<string, number>>();
      for (const d of docs) {
        let row = byDay.get(d.day);
        if (!row) {
          row = {};
          byDay.set(d.day, row);
        }
        for (const [event, n] of Object.entries(d.counts ?? {})) {
          totals[event] = (totals[event] ?? 0) + n;
          row[event] = (row[event] ?? 0) + n;
        }
      }
      return { totals, byDay };
    },
    /** The questions asked most often without an answer, summed over the period. */
    async gapsBetween(
      from: string,
      to: string,
      unit: string | undefined,
      limit: number,
    ): Promise<{ items: GapRow[]; distinct: number; total: number }> {
      const docs = await gaps.find(dayRange(from, to, unit), { projection: { day: 1, source: 1, text: 1, count: 1 } });
      const rows = new Map<string, GapRow>();
      let total = 0;
      for (const d of docs) {
        total += d.count;
        const key = `${d.source}|${d.text}`;
        const row = rows.get(key);
        if (row) {
          row.count += d.count;
          if (d.day > row.lastDay) row.lastDay = d.day;
        } else rows.set(key, { source: d.source, text: d.text, count: d.count, lastDay: d.day });
      }
      const items = [...rows.values()].sort((a, b) => b.count - a.count || (a.lastDay < b.lastDay ? 1 : -1)).slice(0, limit);
      return { items, distinct: rows.size, total };
    },
  };
}
