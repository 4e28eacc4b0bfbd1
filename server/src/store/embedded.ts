// Embedded store: documents live durably in one LMDB environment under `dir` (key
// [collection, _id]), with an in-memory copy per collection for reads. Filters, updates,
// projections and pipelines are evaluated by mingo, so repositories send the very same
// MongoDB documents here and to the MongoDB adapter.
//
// Concurrency: every operation does its read-modify-write synchronously (no await in
// between) and only then awaits the LMDB commit, so operations are atomic within the one
// process. A write resolves only after LMDB has committed and synced it to disk; reads
// may see a write a few milliseconds before it is acknowledged (like MongoDB's "local"
// read concern). If a commit ever fails the store stops (fail-stop) instead of guessing
// which in-memory state is true: restart the process to reload from disk.
import { randomUUID } from 'node:crypto';
import { type Database, open, type RootDatabase } from 'lmdb';
import { Aggregator, update as mingoUpdate, ProcessingMode, Query } from 'mingo';
import { cloneData, sameData, toStorable } from './embedded-data.js';
import { isIndexableScalar, MemIndex } from './embedded-index.js';
import {
  type Collection,
  type Doc,
  DuplicateKeyError,
  type Filter,
  type FindOneAndUpdateOptions,
  type FindOptions,
  type IndexSpec,
  type Sort,
  type Store,
  type Update,
  type UpdateResult,
} from './port.js';
import {
  assertFilter,
  assertReplacement,
  assertUpdate,
  equalityFields,
  getPath,
  indexName,
  isPlainObject,
  setPath,
} from './query-shape.js';

type Stored = Doc & { _id: string };
/** One document's transition: insert (after only), update (both), delete (before only). */
interface Change {
  before?: Stored;
  after?: Stored;
}

class CollectionState {
  readonly docs = new Map<string, Stored>();
  readonly indexes = new Map<string, MemIndex>();
  constructor(readonly name: string) {}
}

function storedDoc(value: unknown): Stored {
  const doc = toStorable(value) as Doc;
  if (typeof doc._id !== 'string' || doc._id === '') throw new Error('_id must be a non-empty string');
  return doc as Stored;
}

/** `_id` first, as MongoDB stores it. */
function withId(id: string, doc: Record<string, unknown>): Record<string, unknown> {
  const { _id: _ignored, ...rest } = doc;
  return { _id: id, ...rest };
}

/** mingo silently ignores $inc/$mul on non-numbers; MongoDB refuses, and so do we. */
function checkArithmetic(doc: Doc, update: Update): void {
  for (const op of ['$inc', '$mul'] as const) {
    const args = update[op] as Record<string, unknown> | undefined;
    if (!args) continue;
    for (const [path, by] of Object.entries(args)) {
      if (typeof by !== 'number') throw new Error(`${op} needs a number for "${path}"`);
      const current = getPath(doc, path);
      if (current !== undefined && typeof current !== 'number') {
        throw new Error(`cannot apply ${op} to the non-numeric field "${path}"`);
      }
    }
  }
}

/** Applies the update operators (except $setOnInsert) in place; true when the document changed. */
function applyOperators(doc: Record<string, unknown>, update: Update, inserting: boolean): boolean {
  const { $setOnInsert, ...ops } = update;
  checkArithmetic(doc, ops);
  let changed = false;
  if (Object.keys(ops).length > 0) {
    changed = mingoUpdate(doc, ops, undefined, undefined, { cloneMode: 'deep' }).length > 0;
  }
  if (inserting && isPlainObject($setOnInsert) && Object.keys($setOnInsert).length > 0) {
    // mingo refuses to touch _id at all; an upsert may choose it through $setOnInsert.
    const { _id, ...onInsert } = $setOnInsert;
    if (_id !== undefined) doc._id = _id;
    if (Object.keys(onInsert).length > 0) mingoUpdate(doc, { $set: onInsert }, undefined, undefined, { cloneMode: 'deep' });
    changed = true;
  }
  return changed;
}

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * A filter of plain `{ path: scalar }` pairs (lookups by key, the common case) is tested
 * directly; building a mingo Query copies its operator tables, which costs more than the test.
 * Returns undefined for a document the fast test cannot judge exactly (an array on the path).
 */
function equalityTest(filter: Filter): ((doc: Stored) => boolean | undefined) | null {
  const pairs: [string[], Scalar][] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('$') || !isScalar(value)) return null;
    pairs.push([key.split('.'), value]);
  }
  return (doc) => {
    for (const [path, value] of pairs) {
      let v: unknown = doc;
      for (const part of path) {
        if (Array.isArray(v)) return undefined;
        v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
      }
      if (Array.isArray(v)) return undefined;
      if (v !== value) return false;
    }
    return true;
  };
}

/**
 * The paths of a plain inclusion projection (`{ a: 1, 'b.c': 1 }`, optionally `_id: 0`), or null
 * for anything else (exclusions, operators, a path inside another), which mingo evaluates.
 */
function inclusionPaths(projection: Record<string, unknown>): { paths: string[][]; id: boolean } | null {
  let id = true;
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(projection)) {
    if (key === '_id' && (value === 0 || value === false)) {
      id = false;
      continue;
    }
    if (value !== 1 && value !== true) return null;
    if (key.startsWith('$') || key.includes('$') || key === '') return null;
    if (key !== '_id') paths.push(key.split('.'));
  }
  const keys = paths.map((p) => p.join('.'));
  if (keys.some((k) => keys.some((other) => other !== k && other.startsWith(`${k}.`)))) return null;
  return { paths, id };
}

/**
 * An inclusion projection of one document through plain objects only (as MongoDB and mingo do:
 * a missing, null or scalar step leaves the field out, an object on the way stays, even empty).
 * Undefined when a step is an array.
 * Values are copied: the result shares nothing with the stored document.
 */
function projectPlain(doc: Stored, inclusion: { paths: string[][]; id: boolean }): Doc | undefined {
  const out: Record<string, unknown> = {};
  for (const path of inclusion.paths) {
    let src: unknown = doc;
    let dst = out;
    for (let i = 0; i < path.length; i++) {
      if (Array.isArray(src)) return undefined;
      if (!isPlainObject(src)) break;
      const key = path[i] as string;
      const value = src[key];
      if (value === undefined) break;
      if (i === path.length - 1) {
        if (Array.isArray(value) && path.length > 1) return undefined;
        dst[key] = cloneData(value);
        break;
      }
      if (Array.isArray(value)) return undefined;
      if (!isPlainObject(value)) break;
      let next = dst[key] as Record<string, unknown> | undefined;
      if (!next) {
        next = {};
        dst[key] = next;
      }
      dst = next;
      src = value;
    }
  }
  if (inclusion.id) out._id = doc._id;
  return out as Doc;
}

function limitOf(limit: number | undefined): number | undefined {
  if (limit === undefined || limit === 0) return undefined; // MongoDB: 0 means no limit
  if (!Number.isFinite(limit)) throw new Error('limit must be a finite number');
  return Math.abs(limit);
}

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private readonly states = new Map<string, CollectionState>();
  private readonly counters = new Map<string, number>();
  private failure: Error | null = null;
  private closed = false;
  /** The last LMDB batch submitted: batches commit in order, so it settles after all earlier ones. */
  private lastCommit: Promise<boolean> = Promise.resolve(true);

  private constructor(
    private readonly env: RootDatabase,
    private readonly docsDb: Database,
    private readonly metaDb: Database,
  ) {}

  static async open(dir: string): Promise<EmbeddedStore> {
    // overlappingSync off: a commit's promise resolves only once it is synced to disk.
    const env = open({ path: dir, maxDbs: 4, overlappingSync: false });
    const store = new EmbeddedStore(env, env.openDB({ name: 'docs' }), env.openDB({ name: 'meta' }));
    store.load();
    return store;
  }

  private load(): void {
    for (const { key, value } of this.metaDb.getRange()) {
      const [kind, a, b] = key as [string, string, string?];
      if (kind === 'seq') this.counters.set(a, value as number);
      if (kind === 'index' && b) this.state(a).indexes.set(b, new MemIndex(b, value as IndexSpec));
    }
    for (const { key, value } of this.docsDb.getRange()) {
      const [name, id] = key as [string, string];
      const state = this.state(name);
      const doc = value as Stored;
      state.docs.set(id, doc);
      for (const index of state.indexes.values()) index.add(doc);
    }
  }

  private state(name: string): CollectionState {
    let state = this.states.get(name);
    if (!state) {
      state = new CollectionState(name);
      this.states.set(name, state);
    }
    return state;
  }

  private guard(): void {
    if (this.closed) throw new Error('embedded store is closed');
    if (this.failure) throw new Error(`embedded store stopped after a failed write: ${this.failure.message}`);
  }

  collection<T extends Doc = Doc>(name: string): Collection<T> {
    if (typeof name !== 'string' || name === '') throw new Error('collection name must be a non-empty string');
    return new EmbeddedCollection<T>(this, name);
  }

  // ---- reads -------------------------------------------------------------------------

  /** Documents that may match: an index answers equality on indexed fields, else all. */
  private candidates(state: CollectionState, filter: Filter): Iterable<Stored> {
    const id = filter._id;
    const idEq = isPlainObject(id) && Object.keys(id).length === 1 && '$eq' in id ? id.$eq : id;
    if (typeof idEq === 'string') {
      const doc = state.docs.get(idEq);
      return doc ? [doc] : [];
    }
    if (isPlainObject(id) && Object.keys(id).length === 1 && Array.isArray(id.$in)) {
      const ids = id.$in;
      if (ids.every((v) => typeof v === 'string')) {
        return [...new Set(ids as string[])].flatMap((v) => state.docs.get(v) ?? []);
      }
    }
    const equalities = new Map<string, unknown>();
    for (const [key, value] of Object.entries(filter)) {
      if (key.startsWith('$')) continue;
      if (isIndexableScalar(value)) equalities.set(key, value);
      else if (isPlainObject(value) && Object.keys(value).length === 1 && isIndexableScalar(value.$eq)) {
        equalities.set(key, value.$eq);
      }
    }
    if (equalities.size > 0) {
      let best: ReadonlySet<string> | undefined;
      for (const index of state.indexes.values()) {
        const ids = index.lookup(equalities);
        if (ids && (!best || ids.size < best.size)) best = ids;
      }
      if (best) return [...best].flatMap((v) => state.docs.get(v) ?? []);
    }
    return state.docs.values();
  }

  /** Matching stored documents (not copies), in sort order, skipped and limited. */
  private match(state: CollectionState, filter: Filter, options: FindOptions = {}): Stored[] {
    assertFilter(filter);
    const limit = limitOf(options.limit);
    if (options.skip !== undefined && !(options.skip >= 0)) throw new Error('skip must be >= 0');
    const fast = options.sort ? null : equalityTest(filter);
    let compiled: Query | undefined;
    const query = () => {
      compiled ??= new Query(filter, {});
      return compiled;
    };
    if (!fast) query(); // a bad operator fails even on an empty collection
    if (!options.sort) {
      // Natural order: stop as soon as enough documents matched.
      const out: Stored[] = [];
      let skip = options.skip ?? 0;
      for (const doc of this.candidates(state, filter)) {
        if (!(fast?.(doc) ?? query().test(doc))) continue;
        if (skip > 0) {
          skip--;
          continue;
        }
        out.push(doc);
        if (limit !== undefined && out.length >= limit) break;
      }
      return out;
    }
    let cursor = query()
      .find<Stored>([...this.candidates(state, filter)])
      .sort(options.sort as Sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (limit !== undefined) cursor = cursor.limit(limit);
    return cursor.all();
  }

  find(name: string, filter: Filter, options: FindOptions = {}): Doc[] {
    this.guard();
    const docs = this.match(this.state(name), filter, options);
    if (!options.projection || Object.keys(options.projection).length === 0) return docs.map(cloneData);
    // Projection after sort/skip/limit: the sort may use fields the projection drops.
    const inclusion = inclusionPaths(options.projection);
    if (inclusion) {
      // Reports project a few fields out of many documents: walk the paths directly; a
      // document with an array on a path goes through mingo (element-wise projection).
      const out: Doc[] = [];
      let mingo: Query | undefined;
      for (const doc of docs) {
        const projected = projectPlain(doc, inclusion);
        if (projected) out.push(projected);
        else {
          mingo ??= new Query({}, {});
          out.push(cloneData(mingo.find<Doc>([doc], options.projection).all()[0] as Doc));
        }
      }
      return out;
    }
    return new Query({}, {}).find<Doc>(docs, options.projection).all().map(cloneData);
  }

  count(name: string, filter: Filter): number {
    this.guard();
    assertFilter(filter);
    const state = this.state(name);
    if (Object.keys(filter).length === 0) return state.docs.size;
    return this.match(state, filter).length;
  }

  aggregate(name: string, pipeline: Record<string, unknown>[]): unknown[] {
    this.guard();
    if (!Array.isArray(pipeline) || !pipeline.every(isPlainObject)) {
      throw new Error('pipeline must be an array of stage objects');
    }
    for (const stage of pipeline) {
      if ('$out' in stage || '$merge' in stage) throw new Error('$out and $merge are not supported');
    }
    const state = this.state(name);
    const first = pipeline[0]?.$match;
    const source = isPlainObject(first) ? [...this.candidates(state, first)] : [...state.docs.values()];
    // mingo's stages ($addFields, $unset …) modify their input in place unless told to clone.
    const aggregator = new Aggregator(pipeline, {
      processingMode: ProcessingMode.CLONE_INPUT,
      collectionResolver: (other: string) => [...this.state(other).docs.values()].map(cloneData),
    });
    return aggregator.run(source).map(cloneData);
  }

  // ---- writes ------------------------------------------------------------------------

  /** Throws DuplicateKeyError if applying the changes would break a unique index or _id. */
  private checkUnique(state: CollectionState, changes: Change[]): void {
    const leaving = new Set<string>();
    for (const c of changes) if (c.before) leaving.add(c.before._id);
    const newIds = new Set<string>();
    for (const c of changes) {
      if (!c.after || c.before) continue;
      const id = c.after._id;
      if (state.docs.has(id) || newIds.has(id)) throw new DuplicateKeyError(state.name, { _id: id });
      newIds.add(id);
    }
    for (const index of state.indexes.values()) {
      if (!index.unique) continue;
      const claimed = new Map<string, string>();
      for (const c of changes) {
        if (!c.after) continue;
        const key = index.keyOf(c.after);
        const id = c.after._id;
        for (const owner of index.owners(key) ?? []) {
          if (owner !== id && !leaving.has(owner)) throw new DuplicateKeyError(state.name, index.keyObject(c.after));
        }
        const other = claimed.get(key);
        if (other !== undefined && other !== id) throw new DuplicateKeyError(state.name, index.keyObject(c.after));
        claimed.set(key, id);
      }
    }
  }

  private apply(state: CollectionState, changes: Change[]): void {
    for (const c of changes) {
      if (c.before) for (const index of state.indexes.values()) index.remove(c.before);
      if (c.before && !c.after) state.docs.delete(c.before._id);
      if (c.after) {
        state.docs.set(c.after._id, c.after); // same id keeps its place in natural order
        for (const index of state.indexes.values()) index.add(c.after);
      }
    }
  }

  /** Commits changes (and counters) in one LMDB transaction; resolves once synced. */
  private async persist(writes: { name: string; changes: Change[] }[], meta: [key: string[], value: unknown][] = []): Promise<void> {
    let committed: Promise<boolean>;
    try {
      committed = this.env.batch(() => {
        for (const { name, changes } of writes) {
          for (const c of changes) {
            if (c.after) this.docsDb.put([name, c.after._id], c.after);
            else if (c.before) this.docsDb.remove([name, c.before._id]);
          }
        }
        for (const [key, value] of meta) this.metaDb.put(key, value);
      });
      this.lastCommit = committed;
    } catch (error) {
      this.failure = error as Error;
      throw error;
    }
    try {
      if ((await committed) === false) throw new Error('LMDB batch was not committed');
    } catch (error) {
      this.failure = error as Error;
      throw error;
    }
  }

  /** Validate, apply in memory, then persist: the synchronous part is the atomic part. */
  private write(state: CollectionState, changes: Change[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    this.checkUnique(state, changes);
    this.apply(state, changes);
    return this.persist([{ name: state.name, changes }]);
  }

  async insertOne(name: string, doc: Doc): Promise<Stored> {
    this.guard();
    assertReplacement(doc);
    const state = this.state(name);
    const after = storedDoc(withId(doc._id ?? randomUUID(), doc));
    await this.write(state, [{ after }]);
    return cloneData(after);
  }

  /** Ordered, like MongoDB: documents before the first failing one stay inserted. */
  async insertMany(name: string, docs: Doc[]): Promise<number> {
    this.guard();
    if (!Array.isArray(docs)) throw new Error('insertMany needs an array of documents');
    const state = this.state(name);
    const done: Change[] = [];
    let failure: unknown;
    for (const doc of docs) {
      try {
        assertReplacement(doc);
        const change = { after: storedDoc(withId(doc._id ?? randomUUID(), doc)) };
        this.checkUnique(state, [change]);
        this.apply(state, [change]);
        done.push(change);
      } catch (error) {
        failure = error;
        break;
      }
    }
    if (done.length > 0) await this.persist([{ name, changes: done }]);
    if (failure) throw failure;
    return done.length;
  }

  /** The document an update turns `doc` into, or null when nothing changes. */
  private updatedDoc(doc: Stored, update: Update): Stored | null {
    const next = cloneData(doc) as Record<string, unknown>;
    if (!applyOperators(next, update, false)) return null;
    const after = storedDoc(next);
    if (after._id !== doc._id) throw new Error('_id is immutable');
    return sameData(after, doc) ? null : after;
  }

  /** The document an upsert inserts: the filter's equality fields, then the update. */
  private upsertDoc(filter: Filter, update: Update): Stored {
    const seed: Record<string, unknown> = {};
    const equalities = equalityFields(filter);
    for (const [path, value] of Object.entries(equalities)) setPath(seed, path, cloneData(value));
    applyOperators(seed, update, true);
    if ('_id' in equalities && seed._id !== equalities._id) throw new Error('_id is immutable');
    return storedDoc(withId((seed._id as string | undefined) ?? randomUUID(), seed));
  }

  async updateOne(name: string, filter: Filter, update: Update, upsert = false): Promise<UpdateResult> {
    this.guard();
    assertUpdate(update);
    const state = this.state(name);
    const [target] = this.match(state, filter, { limit: 1 });
    if (target) {
      const after = this.updatedDoc(target, update);
      if (after) await this.write(state, [{ before: target, after }]);
      return { matchedCount: 1, modifiedCount: after ? 1 : 0, upsertedId: null };
    }
    if (!upsert) return { matchedCount: 0, modifiedCount: 0, upsertedId: null };
    const after = this.upsertDoc(filter, update);
    await this.write(state, [{ after }]);
    return { matchedCount: 0, modifiedCount: 0, upsertedId: after._id };
  }

  /** All matching documents change, or (on a unique violation) none does. */
  async updateMany(name: string, filter: Filter, update: Update): Promise<UpdateResult> {
    this.guard();
    assertUpdate(update);
    const state = this.state(name);
    const targets = this.match(state, filter);
    const changes: Change[] = [];
    for (const before of targets) {
      const after = this.updatedDoc(before, update);
      if (after) changes.push({ before, after });
    }
    await this.write(state, changes);
    return { matchedCount: targets.length, modifiedCount: changes.length, upsertedId: null };
  }

  async findOneAndUpdate(name: string, filter: Filter, update: Update, options: FindOneAndUpdateOptions = {}): Promise<Doc | null> {
    this.guard();
    assertUpdate(update);
    const state = this.state(name);
    const returnAfter = options.returnDocument !== 'before';
    const [target] = this.match(state, filter, { limit: 1, sort: options.sort });
    if (target) {
      const after = this.updatedDoc(target, update);
      if (after) await this.write(state, [{ before: target, after }]);
      return cloneData(returnAfter ? (after ?? target) : target);
    }
    if (!options.upsert) return null;
    const after = this.upsertDoc(filter, update);
    await this.write(state, [{ after }]);
    return returnAfter ? cloneData(after) : null;
  }

  async replaceOne(name: string, filter: Filter, doc: Doc, upsert = false): Promise<UpdateResult> {
    this.guard();
    assertReplacement(doc);
    const state = this.state(name);
    const [target] = this.match(state, filter, { limit: 1 });
    if (target) {
      if (doc._id !== undefined && doc._id !== target._id) throw new Error('_id is immutable');
      const after = storedDoc(withId(target._id, doc));
      const changed = !sameData(after, target);
      if (changed) await this.write(state, [{ before: target, after }]);
      return { matchedCount: 1, modifiedCount: changed ? 1 : 0, upsertedId: null };
    }
    if (!upsert) return { matchedCount: 0, modifiedCount: 0, upsertedId: null };
    const filterId = equalityFields(filter)._id;
    const id = doc._id ?? (typeof filterId === 'string' ? filterId : randomUUID());
    const after = storedDoc(withId(id, doc));
    await this.write(state, [{ after }]);
    return { matchedCount: 0, modifiedCount: 0, upsertedId: after._id };
  }

  async delete(name: string, filter: Filter, many: boolean): Promise<number> {
    this.guard();
    const state = this.state(name);
    const targets = this.match(state, filter, many ? {} : { limit: 1 });
    await this.write(
      state,
      targets.map((before) => ({ before })),
    );
    return targets.length;
  }

  async createIndex(name: string, spec: IndexSpec): Promise<void> {
    this.guard();
    if (!isPlainObject(spec) || !isPlainObject(spec.keys) || Object.keys(spec.keys).length === 0) {
      throw new Error('index spec needs at least one key');
    }
    for (const dir of Object.values(spec.keys)) {
      if (dir !== 1 && dir !== -1) throw new Error('index key directions must be 1 or -1');
    }
    const state = this.state(name);
    const fields = Object.keys(spec.keys).join(',');
    const unique = spec.unique === true;
    const indexId = spec.name ?? indexName(spec.keys);
    for (const existing of state.indexes.values()) {
      const same = existing.fields.join(',') === fields && existing.unique === unique;
      if (same) return; // idempotent, as repositories create their indexes at every boot
      if (existing.name === indexId) throw new Error(`index ${indexId} already exists with other options`);
    }
    const index = new MemIndex(indexId, { keys: { ...spec.keys }, unique, name: indexId });
    for (const doc of state.docs.values()) {
      if (unique && (index.owners(index.keyOf(doc))?.size ?? 0) > 0) {
        throw new DuplicateKeyError(name, index.keyObject(doc));
      }
      index.add(doc);
    }
    state.indexes.set(indexId, index);
    await this.persist([], [[['index', name, indexId], index.spec]]);
  }

  async nextSequence(name: string): Promise<number> {
    this.guard();
    const value = (this.counters.get(name) ?? 0) + 1;
    this.counters.set(name, value);
    // Not awaited: LMDB commits batches in submission order, so the counter is durable no later
    // than any write the caller then makes with the number. A number lost in a crash was never
    // stored anywhere, so handing it out again is harmless as long as nothing acknowledged it:
    // whoever answers with a number another request wrote calls flush() first (idempotent
    // replays do). This saves intake one disk sync.
    // A failed commit is recorded by persist() and stops the store.
    this.persist([], [[['seq', name], value]]).catch(() => {});
    return value;
  }

  /** All inserts in one LMDB transaction; every unique index is checked before any write. */
  async insertAtomically(writes: { collection: string; doc: Doc }[]): Promise<void> {
    this.guard();
    if (!Array.isArray(writes)) throw new Error('insertAtomically needs an array of writes');
    const byCollection = new Map<string, Change[]>();
    for (const { collection, doc } of writes) {
      if (typeof collection !== 'string' || collection === '') throw new Error('write needs a collection name');
      assertReplacement(doc);
      const changes = byCollection.get(collection) ?? [];
      changes.push({ after: storedDoc(withId(doc._id ?? randomUUID(), doc)) });
      byCollection.set(collection, changes);
    }
    for (const [name, changes] of byCollection) this.checkUnique(this.state(name), changes);
    for (const [name, changes] of byCollection) this.apply(this.state(name), changes);
    await this.persist([...byCollection].map(([name, changes]) => ({ name, changes })));
  }

  async flush(): Promise<void> {
    this.guard();
    if ((await this.lastCommit) === false) throw new Error('LMDB batch was not committed');
    this.guard();
  }

  async ping(): Promise<boolean> {
    return !this.closed && !this.failure;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.env.close(); // waits for queued writes to commit
  }
}

class EmbeddedCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly store: EmbeddedStore,
    readonly name: string,
  ) {}

  async insertOne(doc: T): Promise<T & { _id: string }> {
    return (await this.store.insertOne(this.name, doc)) as T & { _id: string };
  }
  insertMany(docs: T[]): Promise<number> {
    return this.store.insertMany(this.name, docs);
  }
  async findOne(filter: Filter, options: Pick<FindOptions, 'sort' | 'projection'> = {}): Promise<T | null> {
    return (this.store.find(this.name, filter, { ...options, limit: 1 })[0] as T | undefined) ?? null;
  }
  async find(filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.store.find(this.name, filter, options) as T[];
  }
  async count(filter: Filter = {}): Promise<number> {
    return this.store.count(this.name, filter);
  }
  updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    return this.store.updateOne(this.name, filter, update, options.upsert === true);
  }
  updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    return this.store.updateMany(this.name, filter, update);
  }
  async findOneAndUpdate(filter: Filter, update: Update, options?: FindOneAndUpdateOptions): Promise<T | null> {
    return (await this.store.findOneAndUpdate(this.name, filter, update, options)) as T | null;
  }
  replaceOne(filter: Filter, doc: T, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    return this.store.replaceOne(this.name, filter, doc, options.upsert === true);
  }
  deleteOne(filter: Filter): Promise<number> {
    return this.store.delete(this.name, filter, false);
  }
  deleteMany(filter: Filter): Promise<number> {
    return this.store.delete(this.name, filter, true);
  }
  async aggregate<R = Doc>(pipeline: Record<string, unknown>[]): Promise<R[]> {
    return this.store.aggregate(this.name, pipeline) as R[];
  }
  createIndex(spec: IndexSpec): Promise<void> {
    return this.store.createIndex(this.name, spec);
  }
}

/** Opens (or creates) the embedded store in `dir`; the directory is created if missing. */
export function createEmbeddedStore(dir: string): Promise<Store> {
  return EmbeddedStore.open(dir);
}
