// MongoDB adapter over the official driver. Documents get string `_id`s (randomUUID),
// also on upserts, so both adapters hand out the same kind of ids.
//
// insertAtomically uses a transaction when the deployment supports one (replica set,
// sharded cluster, Atlas). On a standalone server it falls back to ordered inserts and,
// when one fails, deletes what it had inserted (compensation). That fallback is atomic
// against failed writes but not against a crash in the middle of the batch, and readers
// may briefly see the first documents: run a replica set (even a single node) in
// production.
import { randomUUID } from 'node:crypto';
import {
  type Db,
  type Document,
  MongoClient,
  type Collection as MongoCollection,
  type Filter as MongoFilter,
  type UpdateFilter,
} from 'mongodb';
import {
  type Collection,
  type Doc,
  DuplicateKeyError,
  type Filter,
  type FindOneAndUpdateOptions,
  type FindOptions,
  type IndexSpec,
  type Store,
  type Update,
  type UpdateResult,
} from './port.js';
import { assertFilter, assertReplacement, assertUpdate, equalityFields, isPlainObject } from './query-shape.js';

/** Our documents as the driver sees them: string ids, any fields. */
type MDoc = { _id: string; [key: string]: unknown };
type Raw = MongoCollection<MDoc>;

function duplicateKey(error: unknown): Record<string, unknown> | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as {
    code?: number;
    keyValue?: Record<string, unknown>;
    writeErrors?: { code?: number; errmsg?: string; err?: { keyValue?: Record<string, unknown> } }[];
    errmsg?: string;
    message?: string;
  };
  const first = Array.isArray(e.writeErrors) ? e.writeErrors[0] : undefined;
  if (e.code !== 11000 && first?.code !== 11000) return null;
  if (e.keyValue) return e.keyValue;
  if (first?.err?.keyValue) return first.err.keyValue;
  // Older servers only describe the key in the message: "... dup key: { code: "X" }".
  const text = first?.errmsg ?? e.errmsg ?? e.message ?? '';
  const match = /dup key: (\{.*\})/.exec(text);
  return match ? { dupKey: match[1] } : {};
}

/** Runs a driver call, turning E11000 into the port's DuplicateKeyError. */
async function mapped<R>(collection: string | (() => string), run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    const key = duplicateKey(error);
    if (key) throw new DuplicateKeyError(typeof collection === 'string' ? collection : collection(), key);
    throw error;
  }
}

/** `_id` first, generated when missing. */
function withId(doc: Doc): MDoc {
  const { _id, ...rest } = doc;
  if (_id !== undefined && (typeof _id !== 'string' || _id === '')) throw new Error('_id must be a non-empty string');
  return { _id: _id ?? randomUUID(), ...rest };
}

/**
 * Gives an upsert a string `_id` unless the filter (or the update itself) decides it;
 * otherwise MongoDB would generate an ObjectId.
 */
function withUpsertId(filter: Filter, update: Update): Update {
  if ('_id' in filter || '_id' in equalityFields(filter)) return update;
  const onInsert = isPlainObject(update.$setOnInsert) ? update.$setOnInsert : {};
  const set = isPlainObject(update.$set) ? update.$set : {};
  if ('_id' in onInsert || '_id' in set) return update;
  return { ...update, $setOnInsert: { ...onInsert, _id: randomUUID() } };
}

function limitOf(limit: number | undefined): number | undefined {
  if (limit === undefined || limit === 0) return undefined;
  return Math.abs(limit);
}

class MongoStoreCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly raw: Raw,
    readonly name: string,
  ) {}

  async insertOne(doc: T): Promise<T & { _id: string }> {
    assertReplacement(doc);
    const stored = withId(doc);
    await mapped(this.name, () => this.raw.insertOne({ ...stored }));
    return stored as unknown as T & { _id: string };
  }

  /** Ordered: documents before the first failing one stay inserted. */
  async insertMany(docs: T[]): Promise<number> {
    if (!Array.isArray(docs)) throw new Error('insertMany needs an array of documents');
    if (docs.length === 0) return 0;
    for (const doc of docs) assertReplacement(doc);
    const result = await mapped(this.name, () => this.raw.insertMany(docs.map(withId), { ordered: true }));
    return result.insertedCount;
  }

  async findOne(filter: Filter, options: Pick<FindOptions, 'sort' | 'projection'> = {}): Promise<T | null> {
    assertFilter(filter);
    return (await this.raw.findOne(filter as MongoFilter<MDoc>, {
      sort: options.sort,
      projection: options.projection,
    })) as unknown as T | null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    return (await this.raw
      .find(filter as MongoFilter<MDoc>, {
        sort: options.sort,
        skip: options.skip,
        limit: limitOf(options.limit),
        projection: options.projection,
      })
      .toArray()) as unknown as T[];
  }

  count(filter: Filter = {}): Promise<number> {
    assertFilter(filter);
    return this.raw.countDocuments(filter as MongoFilter<MDoc>);
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    assertFilter(filter);
    assertUpdate(update);
    const upsert = options.upsert === true;
    const result = await mapped(this.name, () =>
      this.raw.updateOne(filter as MongoFilter<MDoc>, (upsert ? withUpsertId(filter, update) : update) as UpdateFilter<MDoc>, { upsert }),
    );
    return {
      matchedCount: result.matchedCount,
      modifiedCount: result.modifiedCount,
      upsertedId: result.upsertedId === null ? null : String(result.upsertedId),
    };
  }

  async updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    assertFilter(filter);
    assertUpdate(update);
    const result = await mapped(this.name, () => this.raw.updateMany(filter as MongoFilter<MDoc>, update as UpdateFilter<MDoc>));
    return { matchedCount: result.matchedCount, modifiedCount: result.modifiedCount, upsertedId: null };
  }

  async findOneAndUpdate(filter: Filter, update: Update, options: FindOneAndUpdateOptions = {}): Promise<T | null> {
    assertFilter(filter);
    assertUpdate(update);
    const upsert = options.upsert === true;
    return (await mapped(this.name, () =>
      this.raw.findOneAndUpdate(
        filter as MongoFilter<MDoc>,
        (upsert ? withUpsertId(filter, update) : update) as UpdateFilter<MDoc>,
        // The port's default is the document after the update (the driver's is before).
        { sort: options.sort, upsert, returnDocument: options.returnDocument ?? 'after' },
      ),
    )) as unknown as T | null;
  }

  async replaceOne(filter: Filter, doc: T, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    assertFilter(filter);
    assertReplacement(doc);
    const replace = (replacement: MDoc, upsert: boolean) =>
      mapped(this.name, () => this.raw.replaceOne(filter as MongoFilter<MDoc>, replacement, { upsert }));
    const filterId = equalityFields(filter)._id;
    const native = !options.upsert || doc._id !== undefined || filterId !== undefined;
    const result = native
      ? await replace(doc as MDoc, options.upsert === true)
      : // A replacement without any _id would get an ObjectId; try to replace, else insert one.
        await replace(doc as MDoc, false).then(async (r) => {
          if (r.matchedCount > 0) return r;
          const stored = withId(doc);
          await mapped(this.name, () => this.raw.insertOne(stored));
          return { matchedCount: 0, modifiedCount: 0, upsertedId: stored._id };
        });
    return {
      matchedCount: result.matchedCount,
      modifiedCount: result.modifiedCount,
      upsertedId: result.upsertedId === null || result.upsertedId === undefined ? null : String(result.upsertedId),
    };
  }

  async deleteOne(filter: Filter): Promise<number> {
    assertFilter(filter);
    return (await this.raw.deleteOne(filter as MongoFilter<MDoc>)).deletedCount;
  }

  async deleteMany(filter: Filter): Promise<number> {
    assertFilter(filter);
    return (await this.raw.deleteMany(filter as MongoFilter<MDoc>)).deletedCount;
  }

  async aggregate<R = Doc>(pipeline: Record<string, unknown>[]): Promise<R[]> {
    if (!Array.isArray(pipeline) || !pipeline.every(isPlainObject)) {
      throw new Error('pipeline must be an array of stage objects');
    }
    return (await this.raw.aggregate(pipeline as Document[]).toArray()) as R[];
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    if (!isPlainObject(spec) || !isPlainObject(spec.keys) || Object.keys(spec.keys).length === 0) {
      throw new Error('index spec needs at least one key');
    }
    const options = { unique: spec.unique === true, ...(spec.name ? { name: spec.name } : {}) };
    await mapped(this.name, () => this.raw.createIndex(spec.keys, options));
  }
}

class MongoStore implements Store {
  readonly kind = 'mongodb' as const;

  constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly transactions: boolean,
  ) {}

  collection<T extends Doc = Doc>(name: string): Collection<T> {
    if (typeof name !== 'string' || name === '') throw new Error('collection name must be a non-empty string');
    return new MongoStoreCollection<T>(this.db.collection<MDoc>(name), name);
  }

  async nextSequence(name: string): Promise<number> {
    const counters = this.db.collection<{ _id: string; seq: number }>('counters');
    const bump = () => counters.findOneAndUpdate({ _id: name }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' });
    let doc: { seq: number } | null;
    try {
      doc = await bump();
    } catch (error) {
      // Two first-ever calls can race on the upsert; the loser retries as an update.
      if (!duplicateKey(error)) throw error;
      doc = await bump();
    }
    if (!doc) throw new Error(`sequence ${name} was not returned`);
    return doc.seq;
  }

  /**
   * Nothing to wait for: a write is visible to other requests only once the server acknowledged
   * it (transactions commit as a whole; the driver's default write concern is majority).
   */
  async flush(): Promise<void> {}

  async insertAtomically(writes: { collection: string; doc: Doc }[]): Promise<void> {
    if (!Array.isArray(writes)) throw new Error('insertAtomically needs an array of writes');
    const prepared = writes.map(({ collection, doc }) => {
      if (typeof collection !== 'string' || collection === '') throw new Error('write needs a collection name');
      assertReplacement(doc);
      return { collection, doc: withId(doc) };
    });
    if (prepared.length === 0) return;
    if (this.transactions) {
      // Map E11000 outside the callback: withTransaction decides on retries from the
      // driver's own error labels, which a DuplicateKeyError does not carry.
      let current = '';
      const session = this.client.startSession();
      try {
        await mapped(
          () => current,
          () =>
            session.withTransaction(async () => {
              for (const { collection, doc } of prepared) {
                current = collection;
                await this.db.collection<MDoc>(collection).insertOne({ ...doc }, { session });
              }
            }),
        );
      } finally {
        await session.endSession();
      }
      return;
    }
    const done: typeof prepared = [];
    try {
      for (const write of prepared) {
        await mapped(write.collection, () => this.db.collection<MDoc>(write.collection).insertOne({ ...write.doc }));
        done.push(write);
      }
    } catch (error) {
      // Standalone server: undo what this batch inserted, newest first.
      for (const { collection, doc } of done.reverse()) {
        await this.db
          .collection<MDoc>(collection)
          .deleteOne({ _id: doc._id })
          .catch(() => undefined);
      }
      throw error;
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.db.command({ ping: 1 });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** Connects to MongoDB; `dbName` defaults to the database named in the URI (driver default "test"). */
export async function createMongoStore(uri: string, dbName?: string): Promise<Store> {
  const client = new MongoClient(uri, { ignoreUndefined: true });
  await client.connect();
  try {
    const db = client.db(dbName);
    const hello = await db.admin().command({ hello: 1 });
    // Transactions need a replica set member or a mongos router.
    const transactions = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
    return new MongoStore(client, db, transactions);
  } catch (error) {
    await client.close();
    throw error;
  }
}
