// Zalo OA webhook signature: X-ZEvent-Signature: mac=<hex>, where
// hex = sha256(app_id + raw body + timestamp + OA secret key), timestamp = the body's field (ms).
import { createHash, timingSafeEqual } from 'node:crypto';

export const MAX_EVENT_AGE_MS = 5 * 60_000;

export function eventMac(appId: string, rawBody: string, timestamp: string, secretKey: string): string {
  return createHash('sha256')
    .update(appId + rawBody + timestamp + secretKey)
    .digest('hex');
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'wrong' | 'stale' };

export function checkSignature(opts: {
  header: string | undefined;
  rawBody: string;
  timestamp: unknown;
  appId: string;
  secretKey: string;
  now?: number;
}): SignatureCheck {
  if (!opts.header) return { ok: false, reason: 'missing' };
  const m = /^mac=([0-9a-f]{64})$/i.exec(opts.header.trim());
  const ts = typeof opts.timestamp === 'number' ? String(opts.timestamp) : typeof opts.timestamp === 'string' ? opts.timestamp : null;
  if (!m || !ts || !/^\d{10,16}$/.test(ts)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(eventMac(opts.appId, opts.rawBody, ts, opts.secretKey), 'hex');
  const given = Buffer.from(m[1]!.toLowerCase(), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'wrong' };
  if (Math.abs((opts.now ?? Date.now()) - Number(ts)) > MAX_EVENT_AGE_MS) return { ok: false, reason: 'stale' };
  return { ok: true };
}
