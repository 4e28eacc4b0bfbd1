// Guessing the tracking proof (4 phone digits, an erase code) is capped per tracking code across
// every address: after MAX_FAILURES wrong answers the code is locked, and each further wrong
// answer doubles the lock (15 min, 30 min … up to a day). While locked even the right answer
// waits, so spreading guesses over many addresses gains nothing. Failures are forgotten a day
// after the last one. Unknown codes count the same way, so a lock says nothing about existence.
import { AppError } from '../lib/errors.js';
import type { Store } from '../store/port.js';

export const TRACKING_ATTEMPTS = 'tracking_attempts';
const MAX_FAILURES = 5;
const BASE_LOCK_MS = 15 * 60_000;
const MAX_LOCK_MS = 24 * 3600_000;
const FORGET_MS = 24 * 3600_000;

interface AttemptDoc {
  [k: string]: unknown;
  _id: string;
  failures: number;
  lastAt: string;
  lockedUntil: string | null;
}

export const trackingLocked = (retryAfterS: number) =>
  new AppError(
    429,
    'Quá nhiều yêu cầu',
    `Mã theo dõi này đang tạm khóa vì đã nhập sai nhiều lần. Vui lòng thử lại sau khoảng ${Math.max(1, Math.ceil(retryAfterS / 60))} phút, hoặc gọi đường dây nóng.`,
    { retryAfter: retryAfterS },
  );

export type TrackingGuard = ReturnType<typeof trackingGuard>;

export function trackingGuard(store: Store, now = () => new Date()) {
  const col = store.collection<AttemptDoc>(TRACKING_ATTEMPTS);
  return {
    /** Throws 429 while the code is locked. */
    async check(code: string): Promise<void> {
      const doc = await col.findOne({ _id: code });
      const until = doc?.lockedUntil ? Date.parse(doc.lockedUntil) : 0;
      const left = until - now().getTime();
      if (left > 0) throw trackingLocked(Math.ceil(left / 1000));
    },
    /** Records a wrong proof; locks from the MAX_FAILURES-th on, doubling each time. */
    async fail(code: string): Promise<void> {
      const t = now();
      const prior = await col.findOne({ _id: code });
      const stale = prior && t.getTime() - Date.parse(prior.lastAt) > FORGET_MS;
      const doc = stale
        ? await col.findOneAndUpdate({ _id: code }, { $set: { failures: 1, lastAt: t.toISOString(), lockedUntil: null } })
        : await col.findOneAndUpdate(
            { _id: code },
            { $inc: { failures: 1 }, $set: { lastAt: t.toISOString() }, $setOnInsert: { lockedUntil: null } },
            { upsert: true },
          );
      const failures = doc?.failures ?? 1;
      if (failures >= MAX_FAILURES) {
        const lockMs = Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - MAX_FAILURES));
        await col.updateOne({ _id: code }, { $set: { lockedUntil: new Date(t.getTime() + lockMs).toISOString() } });
      }
    },
    /** Forgets counters untouched for a day and more (retention job). */
    async purge(): Promise<number> {
      return col.deleteMany({ lastAt: { $lt: new Date(now().getTime() - FORGET_MS).toISOString() } });
    },
  };
}
