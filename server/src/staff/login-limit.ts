// Login throttling kept in the store, so every server instance counts the same failures:
// failed attempts per IP in fixed windows, and per username AND address with back-off (after
// maxPerUser failures the pair is locked for one window, each further failure doubles it, up
// to a day). Locking a username alone would let anyone lock a colleague out from elsewhere;
// the pair does not. A blocked key is refused before the password is even checked, so a
// correct guess during the block reveals nothing.
import { createHash } from 'node:crypto';
import type { Store } from '../store/port.js';

export interface LoginLimitOptions {
  windowMs: number;
  maxPerIp: number;
  maxPerUser: number;
}

const COLLECTION = 'staff_login_failures';
const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 24);
const key = (kind: 'ip', value: string, windowStart: number) => `${kind}:${hash(value)}:${windowStart}`;
const pairKey = (ip: string, username: string) => `pair:${hash(`${username.trim().toLowerCase()}\0${ip}`)}`;
const MAX_LOCK_MS = 24 * 3600_000;

export function loginLimiter(store: Store, opts: LoginLimitOptions, now = () => Date.now()) {
  const col = store.collection(COLLECTION);
  const window = () => Math.floor(now() / opts.windowMs) * opts.windowMs;
  const ipKey = (ip: string) => {
    const w = window();
    return { id: key('ip', ip, w), resetAt: w + opts.windowMs };
  };
  return {
    /** Seconds to wait when blocked, or 0. */
    async blockedFor(ip: string, username: string): Promise<number> {
      const k = ipKey(ip);
      const [a, pair] = await Promise.all([col.findOne({ _id: k.id }), col.findOne({ _id: pairKey(ip, username) })]);
      const waits = [0];
      if (((a?.count as number) ?? 0) >= opts.maxPerIp) waits.push(k.resetAt - now());
      if (typeof pair?.lockedUntil === 'string') waits.push(Date.parse(pair.lockedUntil) - now());
      const wait = Math.max(...waits);
      return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : 0;
    },
    async recordFailure(ip: string, username: string): Promise<void> {
      const k = ipKey(ip);
      await col.findOneAndUpdate(
        { _id: k.id },
        { $inc: { count: 1 }, $set: { expiresAt: new Date(k.resetAt).toISOString() } },
        { upsert: true },
      );
      const id = pairKey(ip, username);
      const prior = await col.findOne({ _id: id });
      // Failures long past (a window after the last lock ended) start again from zero.
      const stale = prior && Date.parse(prior.expiresAt as string) < now();
      const count = (stale ? 0 : ((prior?.count as number) ?? 0)) + 1;
      const lockMs = count >= opts.maxPerUser ? Math.min(MAX_LOCK_MS, opts.windowMs * 2 ** (count - opts.maxPerUser)) : 0;
      const lockedUntil = lockMs ? new Date(now() + lockMs).toISOString() : null;
      const expiresAt = new Date(now() + Math.max(lockMs, 0) + opts.windowMs).toISOString();
      await col.updateOne({ _id: id }, { $set: { count, lockedUntil, expiresAt } }, { upsert: true });
      // Old windows and forgotten pairs are useless: drop them as we go.
      await col.deleteMany({ expiresAt: { $lt: new Date(now() - opts.windowMs).toISOString() } });
    },
    /** A successful login clears the failures of that username from that address (not the IP's). */
    async clearUser(ip: string, username: string): Promise<void> {
      await col.deleteOne({ _id: pairKey(ip, username) });
    },
  };
}
export type LoginLimiter = ReturnType<typeof loginLimiter>;
