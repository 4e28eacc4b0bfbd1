// Pure helpers about the shape of MongoDB filter and update documents, shared by both
// adapters so they reject the same malformed input with a plain Error (never a crash).
import type { Doc, Filter, Update } from './port.js';

/** Update operators both adapters accept (MongoDB's field update and array operators). */
export const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$setOnInsert',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$pop',
]);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function assertFilter(filter: unknown): asserts filter is Filter {
  if (!isPlainObject(filter)) throw new Error('filter must be a plain object');
}

/** An update document must consist of known `$` operators whose arguments are objects. */
export function assertUpdate(update: unknown): asserts update is Update {
  if (!isPlainObject(update)) throw new Error('update must be a plain object');
  const ops = Object.keys(update);
  if (ops.length === 0) throw new Error('update document must not be empty');
  for (const op of ops) {
    if (!op.startsWith('$')) throw new Error(`update document requires $ operators, got field "${op}"`);
    if (!UPDATE_OPERATORS.has(op)) throw new Error(`unknown update operator ${op}`);
    if (!isPlainObject(update[op])) throw new Error(`argument of ${op} must be an object`);
  }
}

/** A replacement document is a whole document: no `$` operators at its top level. */
export function assertReplacement(doc: unknown): asserts doc is Doc {
  if (!isPlainObject(doc)) throw new Error('replacement must be a plain object');
  for (const key of Object.keys(doc)) {
    if (key.startsWith('$')) throw new Error(`replacement document must not contain operators (${key})`);
  }
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'));
}

/**
 * The equality conditions of a filter, as MongoDB uses them to seed an upserted document:
 * `{a: 1}`, `{a: {$eq: 1}}`, `{'b.c': 2}` and the same inside `$and`.
 */
export function equalityFields(filter: Filter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) Object.assign(out, equalityFields(part));
      continue;
    }
    if (key.startsWith('$')) continue;
    if (!isOperatorObject(value)) {
      if (!(value instanceof RegExp)) out[key] = value;
    } else if (Object.keys(value).length === 1 && '$eq' in value) {
      out[key] = value.$eq;
    }
  }
  return out;
}

/** Sets a dotted path on a plain object, creating intermediate objects. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!isPlainObject(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Reads a dotted path; `undefined` when any step is missing. Arrays are returned as is. */
export function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Default index name, as MongoDB builds it: `field_1_other_-1`. */
export function indexName(keys: Record<string, 1 | -1>): string {
  return Object.entries(keys)
    .map(([k, d]) => `${k}_${d}`)
    .join('_');
}
