// A random id for this device, made once and kept on it: the server allows one survey answer per
// device per day. It is not linked to a person, a phone number or a Zalo account.
import { readJson, writeJson } from '@/lib/storage.js';

const KEY = 'survey.device';
const SENT = 'survey.sent';
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(v);

export function deviceId(): string {
  const known = readJson(KEY, isId);
  if (known) return known;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  writeJson(KEY, id);
  return id;
}

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
export const sentToday = () => readJson(SENT, (v): v is string => typeof v === 'string') === today();
export const rememberSent = () => writeJson(SENT, today());
