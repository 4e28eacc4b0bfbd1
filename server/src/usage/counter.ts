// Usage counting that costs nothing on hot paths: a count is a Map increment in memory; a timer
// (and shutdown) flushes the sums into one aggregate document per day and unit. Nothing about
// the person is kept: no IP, no device, no per-request trail — only "on this day, in this unit,
// so many of this event". A flush that fails keeps its sums for the next one.
import { vnDate } from '../calendar/calendar.js';
import { gapText } from './mask.js';
import type { GapSource, UsageRepository } from './usage.repository.js';

/** The events counted. Chat turns are counted by the reply kind: chat_answer, chat_clarify … */
export const USAGE_EVENTS = [
  'app_open',
  'procedure_view',
  'search',
  'search_zero',
  'chat_answer',
  'chat_clarify',
  'chat_fallback',
  'chat_decline',
  'hotline_tap',
  'guide_view',
  'news_view',
  'survey_open',
] as const;
export type UsageEvent = (typeof USAGE_EVENTS)[number];

interface PendingGap {
  day: string;
  unit: string;
  source: GapSource;
  text: string;
  n: number;
}

/** Unanswered questions kept between two flushes at most (a flood cannot grow memory). */
const MAX_PENDING_GAPS = 5_000;

export interface UsageCounter {
  count(event: UsageEvent | `chat_${string}`, unit?: string, n?: number): void;
  /** A question the product could not answer (zero-result search, declined chat turn). */
  gap(source: GapSource, text: string, unit?: string): void;
  flush(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

export function createUsageCounter(repo: UsageRepository, opts: { flushMs: number; now?: () => Date }): UsageCounter {
  const now = opts.now ?? (() => new Date());
  let counts = new Map<string, Map<string, number>>();
  let gaps = new Map<string, PendingGap>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> | null = null;
  // The day changes rarely: recompute it at most once a second.
  let dayAt = 0;
  let day = '';
  const today = () => {
    const t = now().getTime();
    if (t - dayAt > 1000 || t < dayAt) {
      dayAt = t;
      day = vnDate(new Date(t));
    }
    return day;
  };

  function add(key: string, event: string, n: number) {
    let row = counts.get(key);
    if (!row) {
      row = new Map();
      counts.set(key, row);
    }
    row.set(event, (row.get(event) ?? 0) + n);
  }

  /** Writes the pending sums; whatever was not written (the failing one and those after it) stays pending. */
  async function flushOnce() {
    const c = counts;
    const g = gaps;
    counts = new Map();
    gaps = new Map();
    const countRows = [...c];
    const gapRows = [...g];
    let i = 0;
    let j = 0;
    try {
      for (; i < countRows.length; i++) {
        const [key, row] = countRows[i] as [string, Map<string, number>];
        const [d, unit] = key.split('|') as [string, string];
        await repo.addCounts(d, unit, Object.fromEntries(row));
      }
      for (; j < gapRows.length; j++) {
        const gap = (gapRows[j] as [string, PendingGap])[1];
        await repo.addGap(gap.day, gap.unit, gap.source, gap.text, gap.n);
      }
    } catch (err) {
      for (const [key, row] of countRows.slice(i)) for (const [event, n] of row) add(key, event, n);
      for (const [key, gap] of gapRows.slice(j)) {
        const pending = gaps.get(key);
        if (pending) pending.n += gap.n;
        else if (gaps.size < MAX_PENDING_GAPS) gaps.set(key, gap);
      }
      throw err;
    }
  }

  async function flush() {
    // One flush at a time; a second caller waits for the running one, then flushes what came since.
    while (flushing) await flushing.catch(() => undefined);
    if (counts.size === 0 && gaps.size === 0) return;
    flushing = flushOnce().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  return {
    count(event, unit = '', n = 1) {
      add(`${today()}|${unit}`, event, n);
    },
    gap(source, text, unit = '') {
      const masked = gapText(text);
      if (!masked) return;
      const d = today();
      const key = `${d}|${unit}|${source}|${masked}`;
      const gap = gaps.get(key);
      if (gap) gap.n++;
      else if (gaps.size < MAX_PENDING_GAPS) gaps.set(key, { day: d, unit, source, text: masked, n: 1 });
    },
    flush,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        flush().catch(() => undefined);
      }, opts.flushMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
}
