// The last procedures viewed, kept on the device so they open without a network.
import { readJson, writeJson } from '@/lib/storage.js';
import type { Procedure } from '@/types/api.js';

const KEY = 'procedures.recent';
export const RECENT_LIMIT = 20;

interface Entry {
  savedAt: string;
  procedure: Procedure;
}

const isEntries = (v: unknown): v is Entry[] =>
  Array.isArray(v) && v.every((e) => typeof e === 'object' && e !== null && typeof (e as Entry).procedure?.code === 'string');

export function loadRecent(): Entry[] {
  return readJson(KEY, isEntries) ?? [];
}

/** Most recent first; the oldest falls off past the limit. When the device is full, keep fewer. */
export function rememberProcedure(procedure: Procedure, now = new Date()): void {
  let entries = [{ savedAt: now.toISOString(), procedure }, ...loadRecent().filter((e) => e.procedure.code !== procedure.code)].slice(
    0,
    RECENT_LIMIT,
  );
  while (entries.length > 0 && !writeJson(KEY, entries)) entries = entries.slice(0, entries.length - 1);
}

export function cachedProcedure(code: string): Entry | null {
  return loadRecent().find((e) => e.procedure.code === code) ?? null;
}
