// Ticks on "papers to bring", remembered on the device per procedure code, so a person can
// gather papers over several days. Ticks are stored by document key (group + name), so a
// list that changes later does not tick the wrong paper.
import { readJson, removeKey, writeJson } from '@/lib/storage.js';

const key = (code: string) => `checklist.${code}`;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function documentKey(groupTitle: string, documentName: string): string {
  return `${groupTitle.trim()}::${documentName.trim()}`;
}

export function loadTicks(code: string): Set<string> {
  return new Set(readJson(key(code), isStringArray) ?? []);
}

export function saveTicks(code: string, ticks: ReadonlySet<string>): void {
  if (ticks.size === 0) removeKey(key(code));
  else writeJson(key(code), [...ticks]);
}

export function toggleTick(code: string, docKey: string, checked: boolean): Set<string> {
  const ticks = loadTicks(code);
  if (checked) ticks.add(docKey);
  else ticks.delete(docKey);
  saveTicks(code, ticks);
  return ticks;
}

export function clearTicks(code: string): void {
  removeKey(key(code));
}
