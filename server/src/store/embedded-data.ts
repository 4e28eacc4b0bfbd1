// Copying documents in and out of the embedded store. Stored objects are never shared
// with callers, so a caller mutating a result (or its input later) cannot change the
// store behind its back. Only BSON-like values are accepted, the same as MongoDB.
import { isPlainObject } from './query-shape.js';

/**
 * Deep copy of a value headed for storage. Undefined object fields are dropped (the
 * MongoDB adapter runs with `ignoreUndefined`), undefined array items become null.
 */
export function toStorable(value: unknown, path = ''): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
    return value;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`invalid date at ${path || 'document'}`);
    return new Date(value.getTime());
  }
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (Array.isArray(value)) {
    return value.map((item, i) => (item === undefined ? null : toStorable(item, `${path}.${i}`)));
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      out[key] = toStorable(item, path ? `${path}.${key}` : key);
    }
    return out;
  }
  throw new Error(`unsupported value of type ${typeof value} at ${path || 'document'}`);
}

/** Fast deep copy of data that already went through toStorable. */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Uint8Array) return new Uint8Array(value) as T;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = cloneData(item);
  return out as T;
}

/** Structural equality of stored data (key order ignored), to report modifiedCount honestly. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => key in b && sameData(a[key], b[key]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}
