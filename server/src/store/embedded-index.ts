// In-memory indexes for the embedded store: a map from the encoded key of the indexed
// fields to the ids holding it. Unique indexes enforce MongoDB's rule (a missing field
// counts as null); all indexes serve equality lookups so hot paths never scan.
import type { Doc, IndexSpec } from './port.js';
import { getPath } from './query-shape.js';

/** Encodes one value so that values MongoDB considers equal get the same string. */
export function encodeValue(value: unknown): string {
  if (value === undefined || value === null) return 'z';
  switch (typeof value) {
    case 'string':
      return `s${value}`;
    case 'number':
    case 'bigint':
      return `n${String(value)}`;
    case 'boolean':
      return `b${value}`;
  }
  if (value instanceof Date) return `d${value.getTime()}`;
  return `o${JSON.stringify(value)}`;
}

/** Values the planner may look up in an index (equality on these is exact). */
export function isIndexableScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date;
}

export class MemIndex {
  readonly fields: string[];
  readonly unique: boolean;
  private readonly map = new Map<string, Set<string>>();
  /** Documents whose indexed field holds an array: equality on arrays matches elements, so the index can't answer. */
  private arrayDocs = 0;

  constructor(
    readonly name: string,
    readonly spec: IndexSpec,
  ) {
    this.fields = Object.keys(spec.keys);
    this.unique = spec.unique === true;
  }

  keyOf(doc: Doc): string {
    if (this.fields.length === 1) return encodeValue(getPath(doc, this.fields[0] as string));
    return JSON.stringify(this.fields.map((f) => encodeValue(getPath(doc, f))));
  }

  /** The indexed values of a document, as the `key` of a DuplicateKeyError. */
  keyObject(doc: Doc): Record<string, unknown> {
    return Object.fromEntries(this.fields.map((f) => [f, getPath(doc, f) ?? null]));
  }

  /** True when any step of an indexed path is an array (`a.b` over `a: [{b}]` too). */
  private hasArray(doc: Doc): boolean {
    return this.fields.some((field) => {
      let node: unknown = doc;
      for (const part of field.split('.')) {
        if (Array.isArray(node)) return true;
        if (node === null || typeof node !== 'object') return false;
        node = (node as Record<string, unknown>)[part];
      }
      return Array.isArray(node);
    });
  }

  owners(key: string): ReadonlySet<string> | undefined {
    return this.map.get(key);
  }

  add(doc: Doc & { _id: string }): void {
    const key = this.keyOf(doc);
    let ids = this.map.get(key);
    if (!ids) {
      ids = new Set();
      this.map.set(key, ids);
    }
    ids.add(doc._id);
    if (this.hasArray(doc)) this.arrayDocs++;
  }

  remove(doc: Doc & { _id: string }): void {
    const key = this.keyOf(doc);
    const ids = this.map.get(key);
    if (ids) {
      ids.delete(doc._id);
      if (ids.size === 0) this.map.delete(key);
    }
    if (this.hasArray(doc)) this.arrayDocs--;
  }

  /**
   * Ids matching the equality conditions of a filter, or undefined when this index
   * cannot answer it (a field without a plain scalar equality, or array-valued fields).
   */
  lookup(equalities: Map<string, unknown>): ReadonlySet<string> | undefined {
    if (this.arrayDocs > 0) return undefined;
    const values: unknown[] = [];
    for (const field of this.fields) {
      if (!equalities.has(field)) return undefined;
      values.push(equalities.get(field));
    }
    const key = values.length === 1 ? encodeValue(values[0]) : JSON.stringify(values.map(encodeValue));
    return this.map.get(key) ?? new Set();
  }
}
