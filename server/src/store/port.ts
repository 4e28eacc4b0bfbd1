// The one narrow port every repository talks to. Both adapters (embedded LMDB + mingo,
// and MongoDB) take the very same MongoDB-style filter and update documents.

export type Doc = Record<string, unknown> & { _id?: string };
export type Filter = Record<string, unknown>;
export type Update = Record<string, unknown>;
export type Sort = Record<string, 1 | -1>;
export type Projection = Record<string, 0 | 1>;

export interface FindOptions {
  sort?: Sort;
  skip?: number;
  limit?: number;
  projection?: Projection;
}

export interface FindOneAndUpdateOptions {
  sort?: Sort;
  upsert?: boolean;
  /** Return the document after the update (default) or before it. */
  returnDocument?: 'before' | 'after';
}

export interface IndexSpec {
  keys: Record<string, 1 | -1>;
  unique?: boolean;
  name?: string;
}

export interface UpdateResult {
  matchedCount: number;
  modifiedCount: number;
  upsertedId: string | null;
}

export interface Collection<T extends Doc = Doc> {
  readonly name: string;
  insertOne(doc: T): Promise<T & { _id: string }>;
  insertMany(docs: T[]): Promise<number>;
  findOne(filter: Filter, options?: Pick<FindOptions, 'sort' | 'projection'>): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<UpdateResult>;
  updateMany(filter: Filter, update: Update): Promise<UpdateResult>;
  /** Atomic read-modify-write: the basis for claims with a lease. */
  findOneAndUpdate(filter: Filter, update: Update, options?: FindOneAndUpdateOptions): Promise<T | null>;
  replaceOne(filter: Filter, doc: T, options?: { upsert?: boolean }): Promise<UpdateResult>;
  deleteOne(filter: Filter): Promise<number>;
  deleteMany(filter: Filter): Promise<number>;
  aggregate<R = Doc>(pipeline: Record<string, unknown>[]): Promise<R[]>;
  createIndex(spec: IndexSpec): Promise<void>;
}

export interface Store {
  readonly kind: 'embedded' | 'mongodb';
  collection<T extends Doc = Doc>(name: string): Collection<T>;
  /**
   * Atomic counter: returns the next value of the named sequence (1, 2, 3 …). The new value is
   * durable no later than the caller's next acknowledged write (embedded) or at once (MongoDB).
   */
  nextSequence(name: string): Promise<number>;
  /**
   * Writes several documents atomically: either all inserts happen or none.
   * Used for "feedback + its outbox deliveries" and idempotency records.
   */
  insertAtomically(writes: { collection: string; doc: Doc }[]): Promise<void>;
  /**
   * Resolves once every write this process has started so far is durable. Reads may see a
   * concurrent write before it is durable (embedded): call this before acknowledging anything
   * derived from a document another request wrote (an idempotent replay, a reused number).
   */
  flush(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Thrown by both adapters when a unique index would be violated. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly key: Record<string, unknown>,
  ) {
    super(`duplicate key in ${collection}: ${JSON.stringify(key)}`);
    this.name = 'DuplicateKeyError';
  }
}
