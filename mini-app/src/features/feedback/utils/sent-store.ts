// What this device sent: tracking code, subject, date, the last 4 phone digits and the erase code,
// so "Phản ánh của tôi" opens a status and erases without retyping. Only the last 4 digits, never
// the whole number.
import { readJson, writeJson } from '@/lib/storage.js';

export interface SentItem {
  trackingCode: string;
  subject: string;
  /** ISO time sent */
  sentAt: string;
  /** YYYY-MM-DD */
  dueAt: string;
  phoneLast4: string;
  /** The erase code the server gave once at submission. */
  eraseCode?: string;
}

const KEY = 'feedback.sent';
const MAX = 50;

const isList = (v: unknown): v is SentItem[] =>
  Array.isArray(v) && v.every((i) => typeof i?.trackingCode === 'string' && typeof i?.phoneLast4 === 'string');

export const loadSent = (): SentItem[] => readJson(KEY, isList) ?? [];

export function rememberSent(item: SentItem): void {
  const rest = loadSent().filter((i) => i.trackingCode !== item.trackingCode);
  writeJson(KEY, [item, ...rest].slice(0, MAX));
}

export const sentLast4 = (code: string): string | null => loadSent().find((i) => i.trackingCode === code)?.phoneLast4 ?? null;
export const sentEraseCode = (code: string): string | null => loadSent().find((i) => i.trackingCode === code)?.eraseCode ?? null;

export function forgetSent(code: string): void {
  writeJson(
    KEY,
    loadSent().filter((i) => i.trackingCode !== code),
  );
}

// Answers this device rated (the tracking page does not return the rating): code → stars.
const RATED = 'feedback.rated';
const isRated = (v: unknown): v is Record<string, number> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const ratedStars = (code: string): number | null => readJson(RATED, isRated)?.[code] ?? null;
export const rememberRated = (code: string, stars: number): void => {
  writeJson(RATED, { ...(readJson(RATED, isRated) ?? {}), [code]: stars });
};
