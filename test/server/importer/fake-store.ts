// A tiny in-memory Store with only what the importer uses (replaceOne upsert, find, count,
// createIndex), for tests that must not depend on the real adapters.
import type { Collection, Doc, Filter, Store, UpdateResult } from '../../../server/src/store/port.js';

function matches(doc: Doc, filter: Filter): boolean {
  return Object.entries(filter).every(([k, v]) => doc[k] === v);
}

export function createFakeStore(): Store & { data: Map<string, Doc[]> } {
  const data = new Map<string, Doc[]>();
  let ids = 0;
  const unsupported = (what: string) => () => {
    throw new Error(`fake store: ${what} not implemented`);
  };
  const collection = <T extends Doc = Doc>(name: string): Collection<T> => {
    if (!data.has(name)) data.set(name, []);
    const docs = data.get(name)! as T[];
    return {
      name,
      async replaceOne(filter: Filter, doc: T, options?: { upsert?: boolean }): Promise<UpdateResult> {
        const i = docs.findIndex((d) => matches(d, filter));
        if (i >= 0) {
          docs[i] = { ...structuredClone(doc), _id: docs[i]!._id };
          return { matchedCount: 1, modifiedCount: 1, upsertedId: null };
        }
        if (!options?.upsert) return { matchedCount: 0, modifiedCount: 0, upsertedId: null };
        const _id = String(++ids);
        docs.push({ ...structuredClone(doc), _id });
        return { matchedCount: 0, modifiedCount: 0, upsertedId: _id };
      },
      async find(filter: Filter = {}) {
        return docs.filter((d) => matches(d, filter)).map((d) => structuredClone(d));
      },
      async findOne(filter: Filter) {
        const d = docs.find((x) => matches(x, filter));
        return d ? structuredClone(d) : null;
      },
      async count(filter: Filter = {}) {
        return docs.filter((d) => matches(d, filter)).length;
      },
      async createIndex() {},
      insertOne: unsupported('insertOne'),
      insertMany: unsupported('insertMany'),
      updateOne: unsupported('updateOne'),
      updateMany: unsupported('updateMany'),
      findOneAndUpdate: unsupported('findOneAndUpdate'),
      deleteOne: unsupported('deleteOne'),
      deleteMany: unsupported('deleteMany'),
      aggregate: unsupported('aggregate'),
    } as Collection<T>;
  };
  return {
    kind: 'embedded',
    data,
    collection,
    nextSequence: unsupported('nextSequence'),
    insertAtomically: unsupported('insertAtomically'),
    ping: async () => true,
    close: async () => {},
  };
}
