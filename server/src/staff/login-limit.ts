// Login throttling kept in the store, so every server instance counts the same failures:
// failed attempts per IP and per username in fixed windows. A blocked key is refused before
// the password is even checked, so a correct guess during the block reveals nothing.
import { createHash } from 'node:crypto';
import type { Store } from '../store/port.js';

export interface LoginLimitOptions {
  windowMs: number;
  maxPerIp: number;
  maxPerUser: number;
}

const COLLECTION = 'staff_login_failures';
const key = (kind: 'ip' | 'user', value: string, windowStart: number) =>
  `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 24)}:${windowStart}`;

export function loginLimiter(store: Store, opts: LoginLimitOptions, now = () => Date.now()) {
  const col = store.collection(COLLECTION);
  const window = () => Math.floor(now() / opts.windowMs) * opts.windowMs;
  const keys = (ip: string, username: string) => {
    const w = window();
    return { ip: key('ip', ip, w), user: key('user', username.trim().toLowerCase(), w), resetAt: w + opts.windowMs };
  };
  return {
    /** Seconds to wait when blocked, or 0. */
    async blockedFor(ip: string, username: string): Promise<number> {
      const k = keys(ip, username);
      const [a, b] = await Promise.all([col.findOne({ _id: k.ip }), col.findOne({ _id: k.user })]);
      const blocked = ((a?.count as number) ?? 0) >= opts.maxPerIp || ((b?.count as number) ?? 0) >= opts.maxPerUser;
      return blocked ? Math.max(1, Math.ceil((k.resetAt - now()) / 1000)) : 0;
    },
    async recordFailure(ip: string, username: string): Promise<void> {
      const k = keys(ip, username);
      const expiresAt = new Date(k.resetAt).toISOString();
      for (const id of [k.ip, k.user])
        await col.findOneAndUpdate({ _id: id }, { $inc: { count: 1 }, $set: { expiresAt } }, { upsert: true });
      // Old windows are useless: drop them as we go.
      await col.deleteMany({ expiresAt: { $lt: new Date(now() - opts.windowMs).toISOString() } });
    },
    /** A successful login clears that username's failures (not the IP's). */
    async clearUser(username: string): Promise<void> {
      await col.deleteOne({ _id: keys('', username).user });
    },
  };
}
export type LoginLimiter = ReturnType<typeof loginLimiter>;
